// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarTimeScale.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace slipway {
namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

qint64 approxSecs(CalendarTimeScale::Unit unit) {
    using U = CalendarTimeScale::Unit;
    switch (unit) {
    case U::Minutes15:
        return 900;
    case U::Hour:
        return 3600;
    case U::Hours3:
        return 3 * kHour;
    case U::Hours6:
        return 6 * kHour;
    case U::Hours12:
        return 12 * kHour;
    case U::Day:
        return 86400;
    case U::Week:
        return 7 * kDay;
    case U::Month:
        return 31 * kDay;
    case U::Quarter:
        return 92 * kDay;
    case U::Year:
        return 366 * kDay;
    }
    return 86400;
}

qint64 floorDiv(qint64 a, qint64 b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

QDate dateOf(qint64 local) {
    return QDate(1970, 1, 1).addDays(floorDiv(local, 86400));
}

qint64 localOf(const QDate& d) {
    return (d.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400;
}

// A zone's UTC offsets over a span, read once: steps of (from UTC, offset).
class Offsets {
public:
    Offsets(const QTimeZone& zone, const Interval& span) {
        const QDateTime begin = QDateTime::fromSecsSinceEpoch(span.start, Qt::UTC);
        m_from.append(std::numeric_limits<qint64>::min());
        m_offset.append(zone.isValid() ? zone.offsetFromUtc(begin) : 0);
        if (!zone.isValid())
            return;
        const auto transitions =
            zone.transitions(begin, QDateTime::fromSecsSinceEpoch(span.end, Qt::UTC));
        for (const QTimeZone::OffsetData& t : transitions) {
            m_from.append(t.atUtc.toSecsSinceEpoch());
            m_offset.append(t.offsetFromUtc);
        }
    }
    int at(qint64 utc) const {
        qsizetype i = m_from.size() - 1;
        while (i > 0 && m_from[i] > utc)
            --i;
        return m_offset[i];
    }
    qint64 toUtc(qint64 local) const { return local - at(local - at(local)); }

private:
    QList<qint64> m_from;
    QList<int> m_offset;
};

// The first boundary of `unit` at or before wall-clock time `local`.
qint64 floorTo(qint64 local, CalendarTimeScale::Unit unit) {
    using U = CalendarTimeScale::Unit;
    const QDate d = dateOf(local);
    switch (unit) {
    case U::Minutes15:
    case U::Hour:
    case U::Hours3:
    case U::Hours6:
    case U::Hours12:
        return floorDiv(local, approxSecs(unit)) * approxSecs(unit);
    case U::Day:
        return localOf(d);
    case U::Week:
        return localOf(d.addDays(1 - d.dayOfWeek()));
    case U::Month:
        return localOf(QDate(d.year(), d.month(), 1));
    case U::Quarter:
        return localOf(QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1));
    case U::Year:
        return localOf(QDate(d.year(), 1, 1));
    }
    return local;
}

qint64 step(qint64 local, CalendarTimeScale::Unit unit) {
    using U = CalendarTimeScale::Unit;
    switch (unit) {
    case U::Minutes15:
    case U::Hour:
    case U::Hours3:
    case U::Hours6:
    case U::Hours12:
    case U::Day:
    case U::Week:
        return local + approxSecs(unit);
    case U::Month:
        return localOf(dateOf(local).addMonths(1));
    case U::Quarter:
        return localOf(dateOf(local).addMonths(3));
    case U::Year:
        return localOf(dateOf(local).addYears(1));
    }
    return local + 86400;
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
        return 7 * kDay;
    case Zoom::Month:
        return 31 * kDay;
    case Zoom::Quarter:
        return 92 * kDay;
    case Zoom::Year:
        return 366 * kDay;
    }
    return 7 * kDay;
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

int CalendarTimeScale::dayOfWeek(qint64 local) {
    return int((floorDiv(local, 86400) % 7 + 7 + 3) % 7) + 1; // 1970-01-01 was a Thursday
}

QList<CalendarTimeScale::Tick> CalendarTimeScale::ticks(const Interval& range, Unit unit,
                                                        const QTimeZone& zone,
                                                        const QLocale& locale, bool withLabels) {
    QList<Tick> out;
    if (range.isEmpty())
        return out;
    // From a year back: the first year or quarter boundary may be that far before the range.
    const Offsets offsets(zone, {range.start - 370 * kDay, range.end + 2 * kDay});
    qint64 local = floorTo(range.start + offsets.at(range.start), unit);
    for (int guard = 0; guard < 4000; ++guard) {
        const qint64 utc = offsets.toUtc(local);
        if (utc >= range.end)
            break;
        out.append({utc, local,
                    withLabels ? label(QDateTime::fromSecsSinceEpoch(local, Qt::UTC), unit, locale)
                               : QString()});
        local = step(local, unit);
    }
    return out;
}

} // namespace slipway
