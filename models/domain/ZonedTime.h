// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace slipway::ZonedTime {

// Times typed in a chosen zone and stored in UTC. A time that clocks skip when they go
// forward is read with the offset before the change (02:30 on a spring-forward night is
// 03:30 summer time); a time they show twice when they go back is its first occurrence,
// as RFC 5545 reads such local times. An invalid zone is taken as UTC.
qint64 toUtc(const QDate& date, const QTime& time, const QTimeZone& zone);
// What clocks in `zone` show at `utcSecs`, carried as a UTC-spec date-time so that
// widgets never shift it by the machine's own zone.
QDateTime wallClock(qint64 utcSecs, const QTimeZone& zone);
// "2026-03-29 03:30 CEST": the instant as clocks in `zone` show it, with the zone's
// abbreviation at that moment.
QString format(qint64 utcSecs, const QTimeZone& zone);

} // namespace slipway::ZonedTime
