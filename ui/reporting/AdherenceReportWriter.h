// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CorrectiveAction.h"
#include "domain/Deviation.h"
#include "domain/Result.h"
#include "services/AdherenceService.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace slipway {
class Database;
struct Session;
} // namespace slipway

namespace slipway::ui {

// The adherence review on paper or as CSV, for an auditor: every deviation of a period with
// its corrective actions and their states, counts by kind, by team and month with a trend
// chart, and a sign-off block (the period, when it was generated, the audit chain head as
// `report cab` prints it, lines to sign). As CSV, two files for a spreadsheet: the deviations,
// and beside them (NAME-counts.csv) the counts by team, month and kind. The PDF's HTML escapes
// every user string; the CSV's cells are formula-neutralised (CsvWriter).
class AdherenceReportWriter {
    Q_DECLARE_TR_FUNCTIONS(AdherenceReportWriter)

public:
    struct Input {
        qint64 fromUtc = 0; // [fromUtc, toUtc)
        qint64 toUtc = 0;
        qint64 generatedAt = 0;
        QString fileName; // the Slipway file read, as the sign-off names it
        QList<Deviation> deviations;
        QHash<QString, QList<CorrectiveAction>> actions; // deviation key → its actions
        QList<AdherenceService::Count> counts;
        qint64 chainEntries = 0; // the audit log when the report was read
        QString chainHead;
    };
    struct Stats {
        int pages = 0;      // 0 for CSV
        int rows = 0;       // CSV data rows
        QString countsFile; // CSV: the counts written beside the deviations
        int countRows = 0;  // its data rows
    };

    // Everything but the audit chain head, read through the services.
    static Result<Input> load(Database& db, const Session& session, qint64 fromUtc, qint64 toUtc,
                              qint64 nowUtc);

    static QString html(const Input& input, qreal pointsToPixels = 1.0);
    static QByteArray toPdf(const Input& input, Stats* stats = nullptr);
    // One row per corrective action, or per deviation without one.
    static QByteArray csv(const Input& input, int* rows = nullptr);
    // One row per team, month and kind with deviations: team, month, kind, kind_label, count.
    static QByteArray countsCsv(const Input& input, int* rows = nullptr);
    // Where the counts go beside the deviations' CSV: "review.csv" → "review-counts.csv".
    static QString countsPath(const QString& csvPath);
    // PDF or CSV by the file's suffix (CSV: the deviations and their counts); each file written
    // complete or not at all (OutputFile).
    static Result<Stats> write(const Input& input, const QString& outPath);
};

} // namespace slipway::ui
