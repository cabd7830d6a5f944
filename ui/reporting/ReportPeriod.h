// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway::ui {

// A report's period [fromUtc, toUtc) as its pages name it.
class ReportPeriod {
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    // "1 Oct 2026 – 31 Dec 2026" when both ends are midnights (the last day shown is the one
    // before the end), else both times: "1 Oct 2026 06:00 – 2 Oct 2026 18:00 UTC".
    static QString text(qint64 fromUtc, qint64 toUtc);
    // "2026-10", "2026-11", …: every month the period touches, oldest first.
    static QStringList months(qint64 fromUtc, qint64 toUtc);
};

} // namespace slipway::ui
