// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Interval.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace slipway {

// A period that repeats by an RFC 5545 RRULE, e.g. a quarter-end close
// (FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-3,-2,-1).
// Occurrences keep their wall-clock time in `zone`, so a freeze from 18:00 to 08:00 stays
// 18:00 to 08:00 local on both sides of a daylight-saving change.
struct RecurringPeriod {
    qint64 firstStartUtc = 0; // the first occurrence (DTSTART), UTC
    qint64 firstEndUtc = 0;
    QString zone = QStringLiteral("UTC"); // IANA zone the rule runs in
    QString rrule;                        // empty: the first occurrence only
    QList<QDateTime> exdates;             // occurrence starts to leave out (any zone)
};

class Recurrence {
public:
    // Checks an RRULE without expanding it; the error says what libical could not read.
    static Result<void> validate(const QString& rrule);

    // Every occurrence that overlaps [range.start, range.end), in order, at most `limit`.
    static Result<QList<Interval>> expand(const RecurringPeriod& period, const Interval& range,
                                          int limit = 100000);
};

} // namespace slipway
