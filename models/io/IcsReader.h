// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// One VEVENT as a period Slipway can store: UTC bounds of the first occurrence, the IANA
// zone its recurrence runs in, and the occurrences left out.
struct IcsEvent {
    QString uid;
    QString summary;
    QString description;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    bool allDay = false;
    QString zone = QStringLiteral("UTC"); // IANA; Windows names are mapped
    QString rrule;                        // empty: one-off
    QList<qint64> exdates;                // UTC seconds
    qint64 recurrenceIdUtc = 0;           // set on an override of one occurrence
    int line = 0;                         // where BEGIN:VEVENT stands, for messages
};

struct IcsCalendar {
    QString productId;
    QList<IcsEvent> events; // moved occurrences come as one-offs; their originals are EXDATEs
    QStringList skipped;    // events left out, with line numbers and why
    QStringList notes;      // properties libical could not read and that change nothing
};

// Reads iCalendar (RFC 5545) through libical: VTIMEZONE (including Windows zone names),
// RRULE, EXDATE, RECURRENCE-ID overrides, folded lines and UTF-8 text.
class IcsReader {
public:
    static Result<IcsCalendar> read(const QString& path);
    static Result<IcsCalendar> parse(const QByteArray& bytes, const QString& fileName);

    static constexpr qint64 kMaxBytes = qint64(64) * 1024 * 1024;
    // A content line, unfolded: room for the longest text field a period keeps.
    static constexpr qsizetype kMaxLineBytes = qsizetype(1024) * 1024;
    // Components inside components: VCALENDAR > VEVENT > VALARM needs three.
    static constexpr int kMaxDepth = 8;
};

} // namespace slipway
