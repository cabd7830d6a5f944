// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalVer.h"

#include "domain/InputText.h"

#include <QCoreApplication>

#include <limits>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CalVer)
};

using Segment = CalVer::Segment;

struct SegmentName {
    const char16_t* token;
    Segment segment;
};

constexpr SegmentName kSegments[] = {
    {u"YYYY", Segment::FullYear},     {u"YY", Segment::ShortYear},   {u"0Y", Segment::PaddedYear},
    {u"MM", Segment::ShortMonth},     {u"0M", Segment::PaddedMonth}, {u"WW", Segment::ShortWeek},
    {u"0W", Segment::PaddedWeek},     {u"DD", Segment::ShortDay},    {u"0D", Segment::PaddedDay},
    {u"MAJOR", Segment::Major},       {u"MINOR", Segment::Minor},    {u"MICRO", Segment::Micro},
    {u"MODIFIER", Segment::Modifier},
};

// Where a segment may stand: a scheme runs year, month or week, day, MAJOR, MINOR, MICRO,
// MODIFIER, each at most once. Dates first makes the order of the text the order in time.
enum Rank { Year, MonthOrWeek, Day, MajorRank, MinorRank, MicroRank, ModifierRank };

Rank rankOf(Segment s) {
    switch (s) {
    case Segment::FullYear:
    case Segment::ShortYear:
    case Segment::PaddedYear:
        return Year;
    case Segment::ShortMonth:
    case Segment::PaddedMonth:
    case Segment::ShortWeek:
    case Segment::PaddedWeek:
        return MonthOrWeek;
    case Segment::ShortDay:
    case Segment::PaddedDay:
        return Day;
    case Segment::Major:
        return MajorRank;
    case Segment::Minor:
        return MinorRank;
    case Segment::Micro:
        return MicroRank;
    case Segment::Modifier:
        break;
    }
    return ModifierRank;
}

bool isDateSegment(Segment s) {
    return rankOf(s) <= Day;
}
bool isWeek(Segment s) {
    return s == Segment::ShortWeek || s == Segment::PaddedWeek;
}
bool isMonth(Segment s) {
    return s == Segment::ShortMonth || s == Segment::PaddedMonth;
}
bool isPadded(Segment s) {
    return s == Segment::PaddedYear || s == Segment::PaddedMonth || s == Segment::PaddedWeek ||
           s == Segment::PaddedDay;
}

QString tokenOf(Segment s) {
    for (const SegmentName& n : kSegments) {
        if (n.segment == s)
            return QString::fromUtf16(n.token);
    }
    return {};
}

QString nameOf(Segment s) {
    switch (rankOf(s)) {
    case Year:
        return Text::tr("the year");
    case MonthOrWeek:
        return isWeek(s) ? Text::tr("the week") : Text::tr("the month");
    case Day:
        return Text::tr("the day");
    case MajorRank:
        return Text::tr("MAJOR");
    case MinorRank:
        return Text::tr("MINOR");
    case MicroRank:
        return Text::tr("MICRO");
    case ModifierRank:
        break;
    }
    return Text::tr("the modifier");
}

bool allDigits(QStringView s) {
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

bool isAlnum(QChar c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Weeks in an ISO 8601 week-numbering year: 28 December always lies in its last week.
int isoWeeks(int year) {
    return QDate(year, 12, 28).weekNumber();
}

// Modifiers compare as text, with runs of digits as numbers (rc2 < rc10); digits rank below
// letters, as numeric pre-release identifiers do in SemVer.
int naturalCompare(QStringView a, QStringView b) {
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool ad = a[i].isDigit(), bd = b[j].isDigit();
        if (ad != bd)
            return ad ? -1 : 1;
        qsizetype ie = i, je = j;
        while (ie < a.size() && a[ie].isDigit() == ad)
            ++ie;
        while (je < b.size() && b[je].isDigit() == bd)
            ++je;
        QStringView ra = a.mid(i, ie - i), rb = b.mid(j, je - j);
        if (ad) {
            while (ra.size() > 1 && ra.front() == u'0')
                ra = ra.mid(1);
            while (rb.size() > 1 && rb.front() == u'0')
                rb = rb.mid(1);
            if (ra.size() != rb.size())
                return ra.size() < rb.size() ? -1 : 1;
        }
        if (const int c = ra.compare(rb); c != 0)
            return c < 0 ? -1 : 1;
        i = ie;
        j = je;
    }
    if ((i < a.size()) != (j < b.size()))
        return i < a.size() ? 1 : -1;
    return 0;
}

struct Piece {
    QStringView text;
    qsizetype at = 0; // index of its first character in the whole text
    QChar separator;  // the one before it; null for the first
};

QList<Piece> split(const QString& text) {
    QList<Piece> pieces;
    qsizetype start = 0;
    QChar separator;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u'.' || text[i] == u'-') {
            pieces.append({QStringView(text).mid(start, i - start), start, separator});
            if (i < text.size())
                separator = text[i];
            start = i + 1;
        }
    }
    return pieces;
}

} // namespace

Result<CalVer> CalVer::fromFormat(const QString& format) {
    const auto fail = [&](const QString& what, qsizetype at) {
        return Error{Error::Kind::Validation,
                     Text::tr("%1 is not a CalVer scheme: %2 (character %3)")
                         .arg(InputText::quoted(format), what, QString::number(at + 1))};
    };
    if (format.isEmpty())
        return Error{Error::Kind::Validation,
                     Text::tr("A CalVer scheme is required (e.g. YYYY.MM.MICRO).")};
    CalVer scheme;
    scheme.m_format = format;
    const QList<Piece> pieces = split(format);
    for (const Piece& piece : pieces) {
        if (piece.text.isEmpty())
            return fail(Text::tr("a segment is missing"), piece.at);
        std::optional<Segment> found;
        for (const SegmentName& n : kSegments) {
            if (piece.text == QStringView(n.token))
                found = n.segment;
        }
        if (!found)
            return fail(Text::tr("%1 is not a segment; use YYYY, YY, 0Y, MM, 0M, WW, 0W, DD, 0D, "
                                 "MAJOR, MINOR, MICRO or MODIFIER")
                            .arg(InputText::quoted(piece.text)),
                        piece.at);
        if (scheme.m_segments.isEmpty() && rankOf(*found) != Year)
            return fail(Text::tr("it must start with the year (YYYY, YY or 0Y)"), piece.at);
        if (!scheme.m_segments.isEmpty()) {
            const Segment before = scheme.m_segments.last();
            if (rankOf(before) == rankOf(*found))
                return fail(Text::tr("%1 and %2 cannot both be in one scheme")
                                .arg(tokenOf(before), tokenOf(*found)),
                            piece.at);
            if (rankOf(before) > rankOf(*found))
                return fail(
                    Text::tr("%1 cannot come after %2; the order is year, month or week, day, "
                             "MAJOR, MINOR, MICRO, MODIFIER")
                        .arg(tokenOf(*found), tokenOf(before)),
                    piece.at);
            if (rankOf(*found) == Day && !isMonth(before))
                return fail(Text::tr("a day needs a month (MM or 0M) before it"), piece.at);
            scheme.m_separators.append(piece.separator);
        }
        scheme.m_segments.append(*found);
    }
    return scheme;
}

Result<CalVerVersion> CalVer::parse(const QString& text) const {
    const auto fail = [&](const QString& what, qsizetype at) {
        return Error{Error::Kind::Validation,
                     Text::tr("%1 does not fit %2: %3 (character %4)")
                         .arg(InputText::quoted(text), m_format, what, QString::number(at + 1))};
    };
    if (text.isEmpty())
        return Error{Error::Kind::Validation,
                     Text::tr("A version in the form %1 is required.").arg(m_format)};
    const QList<Piece> pieces = split(text);
    const qsizetype needed = hasModifier() ? m_segments.size() - 1 : m_segments.size();
    if (pieces.size() < needed || pieces.size() > m_segments.size()) {
        const qsizetype at =
            pieces.size() > m_segments.size() ? pieces[m_segments.size()].at - 1 : text.size();
        return fail(Text::tr("it has %1 parts where the scheme has %2")
                        .arg(QString::number(pieces.size()), QString::number(m_segments.size())),
                    at);
    }
    CalVerVersion v;
    int year = 0, month = 0;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Piece& piece = pieces[i];
        const Segment s = m_segments[i];
        if (i > 0 && piece.separator != m_separators[i - 1])
            return fail(Text::tr("expected '%1' before %2").arg(m_separators[i - 1], nameOf(s)),
                        piece.at - 1);
        if (piece.text.isEmpty())
            return fail(Text::tr("%1 is missing").arg(nameOf(s)), piece.at);
        if (s == Segment::Modifier) {
            for (qsizetype k = 0; k < piece.text.size(); ++k) {
                if (!isAlnum(piece.text[k]))
                    return fail(Text::tr("'%1' is not allowed in the modifier")
                                    .arg(InputText::singleLine(piece.text.mid(k, 1))),
                                piece.at + k);
            }
            v.modifier = piece.text.toString();
            continue;
        }
        if (!allDigits(piece.text))
            return fail(Text::tr("%1 must be a number, not %2")
                            .arg(nameOf(s), InputText::quoted(piece.text, 20)),
                        piece.at);
        const bool leadingZero = piece.text.size() > 1 && piece.text.front() == u'0';
        if (s == Segment::FullYear && piece.text.size() != 4)
            return fail(Text::tr("the year must have four digits (YYYY)"), piece.at);
        if (s == Segment::PaddedYear &&
            (piece.text.size() < 2 || (piece.text.size() > 2 && leadingZero)))
            return fail(Text::tr("the year since 2000 must have two digits (0Y), e.g. 06 or 24"),
                        piece.at);
        if ((s == Segment::PaddedMonth || s == Segment::PaddedWeek || s == Segment::PaddedDay) &&
            piece.text.size() != 2)
            return fail(Text::tr("%1 must have two digits (%2)").arg(nameOf(s), tokenOf(s)),
                        piece.at);
        if (!isPadded(s) && leadingZero)
            return fail(Text::tr("%1 has a leading zero (%2 is not zero-padded)")
                            .arg(nameOf(s), tokenOf(s)),
                        piece.at);
        bool ok = false;
        const quint64 n = piece.text.toULongLong(&ok);
        if (!ok)
            return fail(Text::tr("%1 is too large").arg(nameOf(s)), piece.at);
        if (rankOf(s) == Year) {
            if (s != Segment::FullYear && n > 7999)
                return fail(Text::tr("the year is too large"), piece.at);
            year = int(s == Segment::FullYear ? n : 2000 + n);
        } else if (isMonth(s)) {
            if (n < 1 || n > 12)
                return fail(Text::tr("month %1 is not between 1 and 12").arg(QString::number(n)),
                            piece.at);
            month = int(n);
        } else if (isWeek(s)) {
            if (n < 1 || int(n) > isoWeeks(year))
                return fail(Text::tr("week %1 is not between 1 and %2")
                                .arg(QString::number(n), QString::number(isoWeeks(year))),
                            piece.at);
        } else if (rankOf(s) == Day) {
            if (!QDate(year, month, int(qMin<quint64>(n, 99))).isValid())
                return fail(
                    Text::tr("%1-%2 has no day %3")
                        .arg(QString::number(year), QString::number(month), QString::number(n)),
                    piece.at);
        }
        v.numbers.append(n);
    }
    return v;
}

QString CalVer::toString(const CalVerVersion& version) const {
    QString out;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const Segment s = m_segments[i];
        if (s == Segment::Modifier) {
            if (!version.modifier.isEmpty())
                out += m_separators[i - 1] + version.modifier;
            continue;
        }
        if (i > 0)
            out += m_separators[i - 1];
        const quint64 n = i < version.numbers.size() ? version.numbers[i] : 0;
        out +=
            isPadded(s) ? QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')) : QString::number(n);
    }
    return out;
}

int CalVer::compare(const CalVerVersion& a, const CalVerVersion& b) const {
    const qsizetype n = qMin(a.numbers.size(), b.numbers.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (a.numbers[i] != b.numbers[i])
            return a.numbers[i] < b.numbers[i] ? -1 : 1;
    }
    if (a.numbers.size() != b.numbers.size())
        return a.numbers.size() < b.numbers.size() ? -1 : 1;
    if (a.modifier.isEmpty() != b.modifier.isEmpty())
        return a.modifier.isEmpty() ? 1 : -1;
    return naturalCompare(a.modifier, b.modifier);
}

Result<CalVerVersion> CalVer::next(const std::optional<CalVerVersion>& last, QDate date,
                                   Bump bump) const {
    if (!date.isValid())
        return Error{Error::Kind::Validation, Text::tr("A release date is needed to number it.")};
    // With a week segment the year is the ISO week-numbering year, so that 2026.1 is one week
    // even when it starts in December 2025.
    int weekYear = 0;
    const int week = date.weekNumber(&weekYear);
    bool weekly = false;
    for (Segment s : m_segments)
        weekly = weekly || isWeek(s);
    const int year = weekly ? weekYear : date.year();

    CalVerVersion v;
    for (Segment s : m_segments) {
        if (!isDateSegment(s))
            break;
        if (rankOf(s) == Year) {
            if (s == Segment::FullYear && (year < 1000 || year > 9999))
                return Error{
                    Error::Kind::Validation,
                    Text::tr("%1 cannot show the year %2.").arg(m_format, QString::number(year))};
            if (s != Segment::FullYear && year < 2000)
                return Error{Error::Kind::Validation,
                             Text::tr("%1 counts years from 2000 and cannot show %2.")
                                 .arg(m_format, QString::number(year))};
            v.numbers.append(quint64(s == Segment::FullYear ? year : year - 2000));
        } else if (isMonth(s)) {
            v.numbers.append(quint64(date.month()));
        } else if (isWeek(s)) {
            v.numbers.append(quint64(week));
        } else {
            v.numbers.append(quint64(date.day()));
        }
    }
    const qsizetype dates = v.numbers.size();
    qsizetype counters = 0;
    for (Segment s : m_segments)
        counters += (s == Segment::Major || s == Segment::Minor || s == Segment::Micro) ? 1 : 0;

    int period = 1; // a first release starts a period
    if (last) {
        if (last->numbers.size() != dates + counters)
            return Error{Error::Kind::Validation,
                         Text::tr("The last version does not fit %1.").arg(m_format)};
        period = 0;
        for (qsizetype i = 0; i < dates && period == 0; ++i) {
            if (v.numbers[i] != last->numbers[i])
                period = v.numbers[i] < last->numbers[i] ? -1 : 1;
        }
    }
    if (period < 0)
        return Error{Error::Kind::Validation,
                     Text::tr("%1 lies before the period of the last version %2.")
                         .arg(date.toString(Qt::ISODate), toString(*last))};
    if (period > 0) {
        for (qsizetype i = 0; i < counters; ++i)
            v.numbers.append(0);
        return v;
    }
    if (!last->modifier.isEmpty())
        return CalVerVersion{last->numbers, {}};
    if (counters == 0)
        return Error{Error::Kind::Validation,
                     Text::tr("%1 has no counter, so a second release in the period of %2 needs a "
                              "later date.")
                         .arg(m_format, toString(*last))};
    // The counter asked for, else the next finer one the scheme has, else its finest.
    const Segment wanted = bump == Bump::Major   ? Segment::Major
                           : bump == Bump::Minor ? Segment::Minor
                                                 : Segment::Micro;
    qsizetype moved = dates + counters - 1;
    for (qsizetype i = dates; i < dates + counters; ++i) {
        if (rankOf(m_segments[i]) >= rankOf(wanted)) {
            moved = i;
            break;
        }
    }
    v.numbers = last->numbers;
    if (v.numbers[moved] == std::numeric_limits<quint64>::max())
        return Error{Error::Kind::Validation,
                     Text::tr("%1 cannot be counted any higher.").arg(nameOf(m_segments[moved]))};
    ++v.numbers[moved];
    for (qsizetype i = moved + 1; i < dates + counters; ++i)
        v.numbers[i] = 0;
    return v;
}

} // namespace slipway
