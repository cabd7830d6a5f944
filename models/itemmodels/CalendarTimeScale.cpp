// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarTimeScale.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace slipway {
namespace {

qint64 approxSecs(CalendarTimeScale::Unit unit) {
    using U = CalendarTimeScale::Unit;
    switch (unit) {
    case U::Minutes15:
        return 900;
    case U::Hour:
        return 3600;
    case U::Hours3:
        return 3 * 3600;
    case U::Hours6:
        return 6 * 3600;
    case U::Hours12:
        return 12 * 3600;
    case U::Day:
        return 86400;
    case U::Week:
        return 7 * 86400;
    case U::Month:
        return 31 * 86400;
    case U::Quarter:
        return 92 * 86400;
    case U::Year:
        return 366 * 86400;
    }
    return 86400;
}

// The first boundary of `unit` at or before `t`, in the zone's local calendar.
QDateTime floorTo(const QDateTime& t, CalendarTimeScale::Unit unit) {
    using U = CalendarTimeScale::Unit;
    const QDate d = t.date();
    const QTimeZone zone = t.timeZone();
    switch (unit) {
    case U::Minutes15:
    case U::Hour:
    case U::Hours3:
    case U::Hours6:
    case U::Hours12:
    case U::Day:
        return QDateTime(d, QTime(0, 0), zone);
    case U::Week:
        return QDateTime(d.addDays(1 - d.dayOfWeek()), QTime(0, 0), zone);
    case U::Month:
        return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), zone);
    case U::Quarter:
        return QDateTime(QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1), QTime(0, 0), zone);
    case U::Year:
        return QDateTime(QDate(d.year(), 1, 1), QTime(0, 0), zone);
    }
    return t;
}

QDateTime step(const QDateTime& t, CalendarTimeScale::Unit unit) {
    using U = CalendarTimeScale::Unit;
    switch (unit) {
    case U::Minutes15:
    case U::Hour:
    case U::Hours3:
    case U::Hours6:
    case U::Hours12:
        return t.addSecs(approxSecs(unit));
    case U::Day:
        return t.addDays(1);
    case U::Week:
        return t.addDays(7);
    case U::Month:
        return t.addMonths(1);
    case U::Quarter:
        return t.addMonths(3);
    case U::Year:
        return t.addYears(1);
    }
    return t.addDays(1);
}

QString label(const QDateTime& t, CalendarTimeScale::Unit unit, const QLocale& locale) {
    using U = CalendarTimeScale::Unit;
    const QDate d = t.date();
    switch (unit) {
    case U::Minutes15:
    case U::Hour:
    case U::Hours3:
    case U::Hours6:
    case U::Hours12:
        return locale.toString(t.time(), QStringLiteral("HH:mm"));
    case U::Day:
        return locale.toString(d, QStringLiteral("ddd d"));
    case U::Week:
        return QCoreApplication::translate("CalendarTimeScale", "W%1 · %2")
            .arg(d.weekNumber())
            .arg(locale.toString(d, QStringLiteral("d MMM")));
    case U::Month:
        return locale.toString(d, QStringLiteral("MMM yyyy"));
    case U::Quarter:
        return QCoreApplication::translate("CalendarTimeScale", "Q%1 %2")
            .arg((d.month() - 1) / 3 + 1)
            .arg(d.year());
    case U::Year:
        return QString::number(d.year());
    }
    return {};
}

} // namespace

qint64 CalendarTimeScale::spanOf(Zoom zoom) {
    switch (zoom) {
    case Zoom::Day:
        return 86400;
    case Zoom::Week:
        return 7 * 86400;
    case Zoom::Month:
        return 31 * 86400;
    case Zoom::Quarter:
        return 92 * 86400;
    case Zoom::Year:
        return 366 * 86400;
    }
    return 7 * 86400;
}

qreal CalendarTimeScale::secondsPerPixelFor(Zoom zoom, int width) {
    return std::clamp(qreal(spanOf(zoom)) / qMax(width, 100), kMinSecondsPerPixel,
                      kMaxSecondsPerPixel);
}

CalendarTimeScale::Zoom CalendarTimeScale::nearestZoom(qreal secondsPerPixel, int width) {
    const double span = secondsPerPixel * qMax(width, 100);
    Zoom best = Zoom::Week;
    double bestDistance = 1e300;
    for (Zoom z : {Zoom::Day, Zoom::Week, Zoom::Month, Zoom::Quarter, Zoom::Year}) {
        const double distance = std::abs(std::log(span / double(spanOf(z))));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = z;
        }
    }
    return best;
}

void CalendarTimeScale::setSecondsPerPixel(qreal value) {
    m_secsPerPixel = std::clamp(value, kMinSecondsPerPixel, kMaxSecondsPerPixel);
}

CalendarTimeScale::Unit CalendarTimeScale::minorUnit(int minSpacing) const {
    for (Unit u : {Unit::Minutes15, Unit::Hour, Unit::Hours3, Unit::Hours6, Unit::Hours12,
                   Unit::Day, Unit::Week, Unit::Month, Unit::Quarter}) {
        // Week and month labels ("W49 · 30 Nov", "Dec 2026") need more room than times.
        const qreal needed = u == Unit::Week    ? minSpacing * 1.7
                             : u == Unit::Month ? minSpacing * 1.3
                                                : minSpacing;
        if (qreal(approxSecs(u)) / m_secsPerPixel >= needed)
            return u;
    }
    return Unit::Year;
}

CalendarTimeScale::Unit CalendarTimeScale::majorUnit(Unit minor) {
    switch (minor) {
    case Unit::Minutes15:
    case Unit::Hour:
    case Unit::Hours3:
    case Unit::Hours6:
    case Unit::Hours12:
        return Unit::Day;
    case Unit::Day:
    case Unit::Week:
        return Unit::Month;
    case Unit::Month:
    case Unit::Quarter:
    case Unit::Year:
        return Unit::Year;
    }
    return Unit::Year;
}

QList<CalendarTimeScale::Tick> CalendarTimeScale::ticks(const Interval& range, Unit unit,
                                                        const QTimeZone& zone,
                                                        const QLocale& locale) {
    QList<Tick> out;
    if (range.isEmpty())
        return out;
    QDateTime t = floorTo(QDateTime::fromSecsSinceEpoch(range.start, zone), unit);
    // Sub-day units start from local midnight; skip to the last boundary before the range.
    const qint64 unitSecs = approxSecs(unit);
    if (unitSecs < 86400) {
        const qint64 behind = range.start - t.toSecsSinceEpoch();
        if (behind > unitSecs)
            t = t.addSecs((behind / unitSecs) * unitSecs);
    }
    for (int guard = 0; guard < 2000; ++guard) {
        const qint64 utc = t.toSecsSinceEpoch();
        if (utc >= range.end)
            break;
        out.append({utc, label(t, unit, locale)});
        const QDateTime next = step(t, unit);
        if (next.toSecsSinceEpoch() <= utc)
            break;
        t = next;
    }
    return out;
}

} // namespace slipway
