// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsReader.h"

#include "Utf8Check.h"
#include "domain/FieldLimits.h"
#include "domain/InputText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <libical/ical.h>

#include <cstring>
#include <memory>
#include <tuple>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(IcsReader)
};

struct ComponentFree {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
struct ParserFree {
    void operator()(icalparser* p) const { icalparser_free(p); }
};

QString text(const char* s) {
    return s ? QString::fromUtf8(s) : QString();
}

// A zone name as an IANA id: IANA as is, Windows names through Qt's CLDR table, anything
// else through the location a VTIMEZONE declares.
QString ianaZone(const QString& tzid, icaltimezone* zone) {
    // "/mozilla.org/20050126_1/Europe/London" style prefixes: the longest valid tail wins.
    const QStringList parts = tzid.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString tail = parts.mid(i).join(u'/');
        if (tail.contains(u'/') || i == parts.size() - 1) {
            if (QTimeZone(tail.toUtf8()).isValid())
                return tail;
        }
    }
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8());
    if (!windows.isEmpty())
        return QString::fromLatin1(windows);
    if (zone) {
        QString location = text(icaltimezone_get_location(zone));
        if (QTimeZone(location.toUtf8()).isValid())
            return location;
    }
    return {};
}

// The lines of BEGIN:VEVENT, in order, so messages can point into the file.
QList<int> eventLines(const QByteArray& bytes) {
    QList<int> lines;
    int line = 1;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype nl = bytes.indexOf('\n', pos);
        if (nl < 0)
            nl = bytes.size();
        const QByteArray l = bytes.mid(pos, nl - pos).trimmed();
        if (l.compare("BEGIN:VEVENT", Qt::CaseInsensitive) == 0)
            lines.append(line);
        ++line;
        pos = nl + 1;
    }
    return lines;
}

struct TimeValue {
    qint64 utc = 0;
    bool valid = false;
    bool date = false;
    QString zone; // IANA, empty when floating or UTC
};

TimeValue convert(icaltimetype t, icalproperty* prop, const QString& calendarZone) {
    TimeValue v;
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return v;
    v.valid = true;
    v.date = t.is_date;
    QString tzid;
    if (prop) {
        if (icalparameter* p = icalproperty_get_first_parameter(prop, ICAL_TZID_PARAMETER))
            tzid = text(icalparameter_get_tzid(p));
    }
    if (icaltime_is_utc(t)) {
        v.utc = icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone());
        v.zone = calendarZone;
        return v;
    }
    // Prefer our own tz database through the IANA name; fall back to the file's VTIMEZONE.
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-const-cast): libical's zone API is not const
    auto* zone = const_cast<icaltimezone*>(t.zone);
    const QString iana = tzid.isEmpty() ? calendarZone : ianaZone(tzid, zone);
    if (!iana.isEmpty()) {
        const QTimeZone qz(iana.toUtf8());
        const QDateTime local(QDate(t.year, t.month, t.day),
                              t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, t.second), qz);
        v.utc = local.toSecsSinceEpoch();
        v.zone = iana;
        return v;
    }
    if (t.zone) {
        v.utc = icaltime_as_timet_with_zone(t, t.zone);
        return v;
    }
    v.utc = icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone()); // floating
    return v;
}

// Exchange 2010 sometimes writes DTSTART;TZID="Zone:20200609T090000": the value sits
// inside the quoted parameter and libical drops the property. Put the colon back outside.
QByteArray repairQuotedTzids(const QByteArray& bytes) {
    static const QRegularExpression broken(
        QStringLiteral("^((?:DTSTART|DTEND|EXDATE|RECURRENCE-ID)[^:\\r\\n]*;TZID=)\"([^\":\\r\\n]+)"
                       ":([0-9TZ,]+)\"(\\r?)$"),
        QRegularExpression::MultilineOption);
    QString text = QString::fromUtf8(bytes);
    if (!text.contains(QLatin1String("TZID=\"")))
        return bytes;
    text.replace(broken, QStringLiteral("\\1\\2:\\3\\4"));
    return text.toUtf8();
}

// Feeds libical one physical line at a time. libical's own string reader looks for the next
// newline again for every 1 KiB piece it hands out, which is quadratic in a line's length.
struct LineFeed {
    const char* pos = nullptr;
    const char* end = nullptr;
    const char* lineEnd = nullptr; // one past the '\n' of the current line (or `end`)
};

char* nextPiece(char* out, size_t size, void* data) {
    auto* feed = static_cast<LineFeed*>(data);
    if (feed->pos >= feed->end || size < 2)
        return nullptr;
    if (feed->lineEnd <= feed->pos) {
        const void* nl = std::memchr(feed->pos, '\n', size_t(feed->end - feed->pos));
        feed->lineEnd = nl ? static_cast<const char*>(nl) + 1 : feed->end;
    }
    const size_t n = qMin(size - 1, size_t(feed->lineEnd - feed->pos));
    std::memcpy(out, feed->pos, n);
    out[n] = '\0';
    feed->pos += n;
    return out;
}

// The longest content line once folded lines are joined (RFC 5545 3.1), and where it starts.
struct LongestLine {
    qsizetype length = 0;
    int line = 0;
};

// Where components nest deeper than any calendar needs (VCALENDAR > VEVENT > VALARM, or
// VTIMEZONE > STANDARD): the line of the first BEGIN past `limit` levels, or 0.
int tooDeepAt(const QByteArray& bytes, int limit) {
    int depth = 0;
    int line = 1;
    for (qsizetype pos = 0; pos < bytes.size();) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        const qsizetype stop = nl < 0 ? bytes.size() : nl;
        const QByteArrayView l(bytes.constData() + pos, stop - pos);
        if (l.size() >= 6 && qstrnicmp(l.data(), "BEGIN:", 6) == 0) {
            if (++depth > limit)
                return line;
        } else if (l.size() >= 4 && qstrnicmp(l.data(), "END:", 4) == 0) {
            --depth;
        }
        ++line;
        pos = stop + 1;
    }
    return 0;
}

LongestLine longestUnfoldedLine(const QByteArray& bytes) {
    LongestLine longest;
    qsizetype current = 0;
    int currentStart = 1;
    int line = 1;
    qsizetype pos = 0;
    const qsizetype n = bytes.size();
    while (pos < n) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        const qsizetype stop = nl < 0 ? n : nl;
        qsizetype length = stop - pos;
        if (length > 0 && bytes.at(stop - 1) == '\r')
            --length;
        const bool continuation = length > 0 && (bytes.at(pos) == ' ' || bytes.at(pos) == '\t');
        if (continuation) {
            current += length - 1;
        } else {
            current = length;
            currentStart = line;
        }
        if (current > longest.length)
            longest = {current, currentStart};
        ++line;
        pos = stop + 1;
    }
    return longest;
}

} // namespace

Result<IcsCalendar> IcsReader::read(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Kind::Usage, Text::tr("%1 does not exist.").arg(path)};
    if (info.size() > kMaxBytes)
        return Error{Error::Kind::Usage, Text::tr("%1 is %2 MB; calendars over %3 MB are refused.")
                                             .arg(path)
                                             .arg(info.size() / (qint64(1024) * 1024))
                                             .arg(kMaxBytes / (qint64(1024) * 1024))};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io,
                     Text::tr("%1 cannot be read: %2.").arg(path, f.errorString())};
    return parse(f.readAll(), path);
}

Result<IcsCalendar> IcsReader::parse(const QByteArray& raw, const QString& fileName) {
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QByteArray head = bytes.left(64).trimmed();
    if (!head.startsWith("BEGIN:VCALENDAR"))
        return Error{
            Error::Kind::Usage,
            Text::tr("%1 line 1: not an iCalendar file (it must start with BEGIN:VCALENDAR).")
                .arg(fileName)};
    if (const qsizetype bad = Utf8Check::firstBadByte(bytes.constData(), bytes.size()); bad >= 0) {
        if (bytes.at(bad) == '\0')
            return Error{Error::Kind::Usage,
                         Text::tr("%1 line %2: binary data (a NUL byte) in a calendar file.")
                             .arg(fileName)
                             .arg(Utf8Check::lineOf(bytes, bad))};
        return Error{
            Error::Kind::Usage,
            Text::tr("%1 line %2: not valid UTF-8 text; save the calendar as UTF-8 and import "
                     "it again.")
                .arg(fileName)
                .arg(Utf8Check::lineOf(bytes, bad))};
    }
    if (const int line = tooDeepAt(bytes, kMaxDepth); line > 0)
        return Error{Error::Kind::Usage,
                     Text::tr("%1 line %2: components nested more than %3 deep; not a calendar "
                              "Slipway reads.")
                         .arg(fileName)
                         .arg(line)
                         .arg(kMaxDepth)};
    if (const LongestLine longest = longestUnfoldedLine(bytes); longest.length > kMaxLineBytes)
        return Error{
            Error::Kind::Usage,
            Text::tr("%1 line %2: a line of %3 bytes; calendar lines over %4 bytes are refused.")
                .arg(fileName)
                .arg(longest.line)
                .arg(longest.length)
                .arg(kMaxLineBytes)};
    if (!bytes.contains("END:VCALENDAR"))
        return Error{Error::Kind::Usage,
                     Text::tr("%1 line %2: the file ends before END:VCALENDAR (truncated?).")
                         .arg(fileName)
                         .arg(bytes.count('\n') + 1)};

    bytes = repairQuotedTzids(bytes);
    icalerror_set_errors_are_fatal(0);
    LineFeed feed{bytes.constData(), bytes.constData() + bytes.size(), nullptr};
    std::unique_ptr<icalparser, ParserFree> parser(icalparser_new());
    icalparser_set_gen_data(parser.get(), &feed);
    std::unique_ptr<icalcomponent, ComponentFree> root(icalparser_parse(parser.get(), nextPiece));
    if (!root)
        return Error{Error::Kind::Usage,
                     Text::tr("%1: libical could not read the calendar.").arg(fileName)};
    icalcomponent* calendar = root.get();
    if (icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT)
        calendar = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
    if (!calendar)
        return Error{Error::Kind::Usage, Text::tr("%1: no VCALENDAR in the file.").arg(fileName)};

    IcsCalendar out;
    if (icalproperty* p = icalcomponent_get_first_property(calendar, ICAL_PRODID_PROPERTY))
        out.productId = text(icalproperty_get_prodid(p));
    QString calendarZone;
    for (icalproperty* p = icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(calendar, ICAL_X_PROPERTY)) {
        if (qstrcmp(icalproperty_get_x_name(p), "X-WR-TIMEZONE") == 0)
            calendarZone = ianaZone(text(icalproperty_get_x(p)), nullptr);
    }

    const QList<int> lines = eventLines(bytes);
    int index = 0;
    QList<IcsEvent> overrides;
    for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT), ++index) {
        IcsEvent ev;
        ev.line = index < lines.size() ? lines[index] : 0;
        ev.uid = text(icalcomponent_get_uid(e));
        ev.summary = text(icalcomponent_get_summary(e)).trimmed();
        ev.description = text(icalcomponent_get_description(e));
        const QString where = Text::tr("%1 line %2").arg(fileName).arg(ev.line);
        for (const auto& [field, value, limit] :
             {std::tuple{QStringLiteral("SUMMARY"), ev.summary, FieldLimits::kName},
              std::tuple{QStringLiteral("UID"), ev.uid, FieldLimits::kName},
              std::tuple{QStringLiteral("DESCRIPTION"), ev.description, FieldLimits::kText}}) {
            if (const QString problem = FieldLimits::tooLong(field, value, limit);
                !problem.isEmpty())
                return Error{Error::Kind::Usage, Text::tr("%1: %2.").arg(where, problem)};
        }
        const QString name =
            ev.summary.isEmpty() ? Text::tr("(no summary)") : InputText::singleLine(ev.summary, 60);

        // libical drops what it cannot read and leaves an X-LIC-ERROR: a dropped rule or
        // time would change the period's meaning, so those refuse the file.
        for (icalproperty* x = icalcomponent_get_first_property(e, ICAL_XLICERROR_PROPERTY); x;
             x = icalcomponent_get_next_property(e, ICAL_XLICERROR_PROPERTY)) {
            const QString problem = text(icalproperty_get_xlicerror(x));
            static const QRegularExpression vital(
                QStringLiteral("\\b(RRULE|DTSTART|DTEND|DURATION|EXDATE|RECURRENCE-ID)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            if (vital.match(problem).hasMatch())
                return Error{Error::Kind::Usage,
                             Text::tr("%1: event \"%2\": %3.")
                                 .arg(where, name, InputText::singleLine(problem.trimmed(), 120))};
            out.notes << Text::tr("%1: event \"%2\": %3 (ignored).")
                             .arg(where, name, InputText::singleLine(problem.trimmed(), 120));
        }
        icalproperty* dtstartProp = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
        const TimeValue start = convert(icalcomponent_get_dtstart(e), dtstartProp, calendarZone);
        if (!start.valid)
            return Error{Error::Kind::Usage,
                         Text::tr("%1: event \"%2\" has no valid DTSTART.").arg(where, name)};
        ev.startUtc = start.utc;
        ev.allDay = start.date;
        ev.zone = start.zone.isEmpty() ? QStringLiteral("UTC") : start.zone;
        icalproperty* dtendProp = icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY);
        if (dtendProp) {
            const TimeValue end = convert(icalcomponent_get_dtend(e), dtendProp, calendarZone);
            if (!end.valid)
                return Error{Error::Kind::Usage,
                             Text::tr("%1: event \"%2\" has an invalid DTEND.").arg(where, name)};
            ev.endUtc = end.utc;
        } else if (icalproperty* d = icalcomponent_get_first_property(e, ICAL_DURATION_PROPERTY)) {
            ev.endUtc = ev.startUtc + icaldurationtype_as_int(icalproperty_get_duration(d));
        } else {
            ev.endUtc = ev.startUtc + (ev.allDay ? 86400 : 0); // RFC 5545 3.6.1
        }
        if (ev.endUtc <= ev.startUtc) {
            out.skipped << Text::tr("%1: event \"%2\" lasts no time; left out.").arg(where, name);
            continue;
        }
        if (icalproperty* r = icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY)) {
            // Keep the rule as written; libical has already checked it parses.
            ev.rrule = text(icalproperty_get_value_as_string(r));
        }
        for (icalproperty* x = icalcomponent_get_first_property(e, ICAL_EXDATE_PROPERTY); x;
             x = icalcomponent_get_next_property(e, ICAL_EXDATE_PROPERTY)) {
            const icaltimetype t = icalproperty_get_datetime_with_component(x, e);
            const TimeValue ex = convert(t, x, calendarZone);
            if (!ex.valid)
                continue;
            if (ex.date) {
                // A date leaves out that day's occurrence, at the series' local start time.
                const QTimeZone zone(ev.zone.toUtf8());
                const QTime at = QDateTime::fromSecsSinceEpoch(ev.startUtc, zone).time();
                ev.exdates.append(
                    QDateTime(QDate(t.year, t.month, t.day), at, zone).toSecsSinceEpoch());
            } else {
                ev.exdates.append(ex.utc);
            }
        }
        icalproperty* ridProp = icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY);
        if (ridProp) {
            const TimeValue rid = convert(icalcomponent_get_recurrenceid(e), ridProp, calendarZone);
            ev.recurrenceIdUtc = rid.valid ? rid.utc : 0;
            if (icalcomponent_get_status(e) == ICAL_STATUS_CANCELLED) {
                overrides.append(ev); // only takes its occurrence away
                continue;
            }
            overrides.append(ev);
        }
        out.events.append(ev);
    }
    // A moved or cancelled occurrence replaces its original: leave that one out.
    QHash<QString, qsizetype> masters;
    for (qsizetype i = 0; i < out.events.size(); ++i) {
        if (out.events[i].recurrenceIdUtc == 0 && !out.events[i].rrule.isEmpty())
            masters.insert(out.events[i].uid, i);
    }
    for (const IcsEvent& o : std::as_const(overrides)) {
        const auto it = masters.constFind(o.uid);
        if (it != masters.cend() && o.recurrenceIdUtc != 0)
            out.events[*it].exdates.append(o.recurrenceIdUtc);
    }
    return out;
}

} // namespace slipway
