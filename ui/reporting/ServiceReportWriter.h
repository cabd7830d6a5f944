// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ServiceReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace slipway::ui {

// The service report for a service review, on paper or as CSV: the DORA-style figures
// (deployment frequency, lead time, change failure rate, time to restore), availability,
// changes by risk and type, capacity, and a chart of deployments per week. The PDF's HTML
// escapes every user string; the CSV's cells are formula-neutralised (CsvWriter).
class ServiceReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ServiceReportWriter)

public:
    struct Input {
        ServiceReport report;
        qint64 generatedAt = 0;
        QString fileName; // the Slipway file read
    };
    struct Stats {
        int pages = 0; // 0 for CSV
        int rows = 0;  // CSV data rows
    };

    static QString html(const Input& input, qreal pointsToPixels = 1.0);
    static QByteArray toPdf(const Input& input, Stats* stats = nullptr);
    // Long format, one figure a row: section, name, week, value, available.
    static QByteArray csv(const Input& input, int* rows = nullptr);
    // PDF or CSV by the file's suffix; written complete or not at all (OutputFile).
    static Result<Stats> write(const Input& input, const QString& outPath);
};

} // namespace slipway::ui
