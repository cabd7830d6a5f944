// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Runbook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace slipway::ui {

// The runbook on paper for the deployment bridge call: a title block (release, window in UTC
// and in the release's zone, pattern and rationale, ready state and who marked it, planned
// end against the window, the critical path), the forward steps with their planned start and
// end, critical steps marked, owners, dependencies and rollback pairs; the rollback steps;
// script references; cutover TTLs; migration rehearsals; the rollback triggers; and, when the
// runbook has been run, what happened: step statuses with times, triggers that fired and the
// go/no-go decisions. Laid out by QTextDocument from HTML in which every user string is
// escaped; every page carries a footer with the release and "Page N of M".
class RunbookReportWriter {
    Q_DECLARE_TR_FUNCTIONS(RunbookReportWriter)

public:
    struct Input {
        Runbook runbook;
        QString releaseLabel;
        qint64 windowStartUtc = 0; // 0: the release has no window yet
        qint64 windowEndUtc = 0;
        QString windowZone = QStringLiteral("UTC");
        std::optional<RunbookRun> run; // the latest run, if any
        qint64 generatedAt = 0;        // UTC seconds
    };
    struct Stats {
        int pages = 0;
    };

    // The document as HTML; `pointsToPixels` converts the report's sizes for the device.
    static QString html(const Input& input, qreal pointsToPixels = 1.0);

    // Written complete or not at all (OutputFile).
    static Result<Stats> writePdf(const Input& input, const QString& outPath);
    static QByteArray toPdf(const Input& input, Stats* stats = nullptr);
    // Onto a printer or another paged device whose page layout is already set.
    static Stats paint(const Input& input, QPagedPaintDevice& device);
};

} // namespace slipway::ui
