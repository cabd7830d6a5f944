// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Interval.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace slipway {

// The calendar's time axis: UTC seconds to pixels and back, the zoom presets, snapping,
// and the tick marks of a time zone's own calendar (DST-aware) over a visible range.
class CalendarTimeScale {
public:
    enum class Zoom { Day, Week, Month, Quarter, Year };
    enum class Unit { Minutes15, Hour, Hours3, Hours6, Hours12, Day, Week, Month, Quarter, Year };

    struct Tick {
        qint64 utc = 0;
        qint64 local = 0; // the same instant as seconds of the zone's wall clock
        QString label;
    };

    static constexpr qint64 kSnapSecs = qint64(15) * 60;
    static constexpr qreal kMinSecondsPerPixel = 10;
    static constexpr qreal kMaxSecondsPerPixel = 2.0 * 366 * 86400 / 400;

    // How many seconds one pixel shows when `zoom` fits its span into `width` pixels.
    static qreal secondsPerPixelFor(Zoom zoom, int width);
    static qint64 spanOf(Zoom zoom);
    // The preset whose span is closest to what `width` pixels show at `secondsPerPixel`.
    static Zoom nearestZoom(qreal secondsPerPixel, int width);

    void setOrigin(qint64 utc) { m_origin = utc; }
    qreal secondsPerPixel() const { return m_secsPerPixel; }
    void setSecondsPerPixel(qreal value);

    qreal xOf(qint64 utc) const { return qreal(utc - m_origin) / m_secsPerPixel; }
    qint64 timeAt(qreal x) const { return m_origin + qint64(x * m_secsPerPixel); }

    static qint64 snap(qint64 secs) {
        return qint64(std::llround(double(secs) / kSnapSecs)) * kSnapSecs;
    }

    // The finest unit whose ticks stay at least `minSpacing` pixels apart.
    Unit minorUnit(int minSpacing) const;
    // The unit that names a run of minor ticks in the header's top line.
    static Unit majorUnit(Unit minor);
    // Boundaries of `unit` in `zone` that fall inside `range` (plus the one before it).
    // The zone's offsets are read once per call, so a frame's ticks cost no per-tick lookups.
    static QList<Tick> ticks(const Interval& range, Unit unit, const QTimeZone& zone,
                             const QLocale& locale, bool withLabels = true);
    // 1 Monday … 7 Sunday of a wall-clock time from Tick::local.
    static int dayOfWeek(qint64 local);

private:
    qint64 m_origin = 0;
    qreal m_secsPerPixel = 3600;
};

} // namespace slipway
