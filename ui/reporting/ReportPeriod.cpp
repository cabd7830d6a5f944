// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPeriod.h"

#include <QDateTime>

namespace slipway::ui {

QString ReportPeriod::text(qint64 fromUtc, qint64 toUtc) {
    const QDateTime from = QDateTime::fromSecsSinceEpoch(fromUtc, Qt::UTC);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(toUtc, Qt::UTC);
    const QString day = QStringLiteral("d MMM yyyy");
    if (from.time() == QTime(0, 0) && to.time() == QTime(0, 0) && toUtc > fromUtc)
        return tr("%1 – %2").arg(from.date().toString(day), to.date().addDays(-1).toString(day));
    const QString minute = QStringLiteral("d MMM yyyy HH:mm");
    return tr("%1 – %2 UTC").arg(from.toString(minute), to.toString(minute));
}

QStringList ReportPeriod::months(qint64 fromUtc, qint64 toUtc) {
    QStringList out;
    if (toUtc <= fromUtc)
        return out;
    const QDate first = QDateTime::fromSecsSinceEpoch(fromUtc, Qt::UTC).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(toUtc - 1, Qt::UTC).date();
    for (QDate m(first.year(), first.month(), 1); m <= last && out.size() < 1200;
         m = m.addMonths(1))
        out << m.toString(QStringLiteral("yyyy-MM"));
    return out;
}

} // namespace slipway::ui
