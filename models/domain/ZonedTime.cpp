// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZonedTime.h"

namespace slipway::ZonedTime {
namespace {

constexpr qint64 kDay = 86400;

int offsetAt(const QTimeZone& zone, qint64 utcSecs) {
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
}

} // namespace

qint64 toUtc(const QDate& date, const QTime& time, const QTimeZone& zone) {
    const qint64 wall = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    if (!zone.isValid())
        return wall;
    // A day either side of the wanted time lies outside any change of offset near it: the
    // offsets in force before and after are the only ones the wall time can mean.
    const int before = offsetAt(zone, wall - kDay);
    const int after = offsetAt(zone, wall + kDay);
    const qint64 early = wall - std::max(before, after);
    const qint64 late = wall - std::min(before, after);
    const bool earlyFits = offsetAt(zone, early) == wall - early;
    const bool lateFits = offsetAt(zone, late) == wall - late;
    if (earlyFits)
        return early; // also the first of two readings when clocks go back
    if (lateFits)
        return late;
    return wall - before; // skipped: read with the offset before the change
}

QDateTime wallClock(qint64 utcSecs, const QTimeZone& zone) {
    if (!zone.isValid())
        return QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC);
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utcSecs, zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QString format(qint64 utcSecs, const QTimeZone& zone) {
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC);
    const QString text = wallClock(utcSecs, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!zone.isValid())
        return text + QStringLiteral(" UTC");
    const QString abbreviation = zone.abbreviation(at);
    return abbreviation.isEmpty() ? text : text + u' ' + abbreviation;
}

} // namespace slipway::ZonedTime
