// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace slipway {

// A version read against a CalVer scheme: one number per segment other than MODIFIER, in
// the scheme's order, as written (YY 24 stays 24), and the modifier ("rc1"), if any.
struct CalVerVersion {
    QList<quint64> numbers;
    QString modifier;

    bool operator==(const CalVerVersion& other) const = default;
};

// A calendar-versioning scheme such as YYYY.MM.MICRO, YY.0M.MICRO or YYYY.0M.0D, with the
// segments of calver.org. It reads versions against itself, orders them and numbers the next
// release for a date. Pure logic, no storage.
class CalVer {
public:
    enum class Segment {
        FullYear,    // YYYY: 2024
        ShortYear,   // YY: years since 2000, 6, 24, 106
        PaddedYear,  // 0Y: the same, at least two digits, 06, 24, 106
        ShortMonth,  // MM: 1–12
        PaddedMonth, // 0M: 01–12
        ShortWeek,   // WW: ISO 8601 week, 1–53
        PaddedWeek,  // 0W: 01–53
        ShortDay,    // DD: 1–31
        PaddedDay,   // 0D: 01–31
        Major,
        Minor,
        Micro,
        Modifier, // an optional tag ("dev", "rc1"), only last
    };
    // Which counter a release moves; a scheme without it moves its finest counter instead.
    enum class Bump { Major, Minor, Micro };

    static Result<CalVer> fromFormat(const QString& format);

    QString format() const { return m_format; }
    const QList<Segment>& segments() const { return m_segments; }
    bool hasModifier() const {
        return !m_segments.isEmpty() && m_segments.last() == Segment::Modifier;
    }

    Result<CalVerVersion> parse(const QString& text) const;
    QString toString(const CalVerVersion& version) const;
    // Segment by segment in the scheme's order (the year first, so older dates rank lower);
    // a version with a modifier ranks below the same one without it, as a pre-release does.
    int compare(const CalVerVersion& a, const CalVerVersion& b) const;

    // The version for a release on `date` after `last` (none for a first release): in a new
    // period the counters start at 0; in the same period `bump` moves up by one and the finer
    // counters go back to 0; a `last` with a modifier is followed by the same numbers without
    // it. Refuses a date before last's period and a second release in a period when the
    // scheme has no counter.
    Result<CalVerVersion> next(const std::optional<CalVerVersion>& last, QDate date,
                               Bump bump = Bump::Micro) const;

private:
    QString m_format;
    QList<Segment> m_segments;
    QList<QChar> m_separators; // m_separators[i] comes before m_segments[i + 1]
};

} // namespace slipway
