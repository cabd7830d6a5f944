// SPDX-License-Identifier: GPL-3.0-or-later
// The values of service-desk exports as Slipway stores them: timestamps, severity, ServiceNow's
// coded states and reference fields, outage durations.
#include "IncidentCsvValues.h"
#include "IncidentCsvMapping.h"

#include <cmath>

namespace slipway {
namespace {

int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : -1;
}

// Reads up to `max` digits at `i`; -1 when there is none.
int digitsAt(QByteArrayView s, qsizetype& i, int max) {
    int value = -1;
    for (int n = 0; n < max && i < s.size() && digit(s[i]) >= 0; ++n, ++i)
        value = (value < 0 ? 0 : value * 10) + digit(s[i]);
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date.
qint64 daysFromCivil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool validDate(int y, int m, int d) {
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1970 || y > 2200 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1])
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m != 2 || d <= 28 || leap;
}

int monthFromName(QByteArrayView s) {
    static constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                              "jul", "aug", "sep", "oct", "nov", "dec"};
    if (s.size() < 3)
        return -1;
    for (int m = 0; m < 12; ++m) {
        bool same = true;
        for (int k = 0; k < 3; ++k)
            same = same && (s[k] | 0x20) == kMonths[m][k];
        if (same)
            return m + 1;
    }
    return -1;
}

// The time of day and zone after a date: " 14:05", "T14:05:09.123Z", " 2:05 PM",
// "+01:00", " -0500", " UTC". Answers seconds from midnight minus the offset.
std::optional<qint64> timeOfDay(QByteArrayView s, qsizetype i, bool& zoned) {
    if (i >= s.size())
        return 0;
    if (s[i] != ' ' && s[i] != 'T' && s[i] != 't')
        return std::nullopt;
    ++i;
    while (i < s.size() && s[i] == ' ')
        ++i;
    const int h = digitsAt(s, i, 2);
    if (h < 0 || i >= s.size() || s[i] != ':')
        return std::nullopt;
    ++i;
    const int mi = digitsAt(s, i, 2);
    int sec = 0;
    if (mi < 0 || mi > 59)
        return std::nullopt;
    if (i < s.size() && s[i] == ':') {
        ++i;
        sec = digitsAt(s, i, 2);
        if (sec < 0 || sec > 60)
            return std::nullopt;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) { // fractions are dropped
            ++i;
            while (i < s.size() && digit(s[i]) >= 0)
                ++i;
        }
    }
    int hour = h;
    while (i < s.size() && s[i] == ' ')
        ++i;
    if (i + 1 < s.size() && (s[i + 1] == 'M' || s[i + 1] == 'm') &&
        (s[i] == 'A' || s[i] == 'a' || s[i] == 'P' || s[i] == 'p')) {
        if (h < 1 || h > 12)
            return std::nullopt;
        const bool pm = s[i] == 'P' || s[i] == 'p';
        hour = (h % 12) + (pm ? 12 : 0);
        i += 2;
        while (i < s.size() && s[i] == ' ')
            ++i;
    }
    if (hour > 23)
        return std::nullopt;
    qint64 offset = 0;
    if (i < s.size()) {
        const QByteArrayView zone = s.sliced(i);
        zoned = true;
        if (zone == "Z" || zone == "z" || zone == "UTC" || zone == "GMT") {
            i = s.size();
        } else if (s[i] == '+' || s[i] == '-') {
            const int sign = s[i] == '-' ? -1 : 1;
            ++i;
            const int oh = digitsAt(s, i, 2);
            if (i < s.size() && s[i] == ':')
                ++i;
            const int om = i < s.size() ? digitsAt(s, i, 2) : 0;
            if (oh < 0 || oh > 14 || om < 0 || om > 59)
                return std::nullopt;
            offset = sign * (oh * 3600 + om * 60);
        }
        if (i != s.size())
            return std::nullopt;
    }
    return hour * 3600 + mi * 60 + sec - offset;
}

QStringView trimmedView(const QString& s) {
    return QStringView(s).trimmed();
}

} // namespace

namespace incident_csv {

int digits(QByteArrayView s, qsizetype& i, int max) {
    return digitsAt(s, i, max);
}

// ServiceNow's Table API read through pandas writes reference fields as a Python dict:
// "{'link': 'https://…/api/now/table/sys_user/…', 'value': '681c…'}", with display_value
// when the values were asked for. The display value is the name; else the sys_id.
QString referenceValue(const QString& cell) {
    const QStringView s = trimmedView(cell);
    if (!s.startsWith(u'{') || !s.endsWith(u'}'))
        return cell;
    const auto valueOf = [&](QStringView key) -> std::optional<QString> {
        qsizetype at = s.indexOf(key);
        if (at < 0)
            return std::nullopt;
        at += key.size();
        while (at < s.size() && (s[at] == u' ' || s[at] == u':'))
            ++at;
        if (at >= s.size() || (s[at] != u'\'' && s[at] != u'"'))
            return std::nullopt;
        const QChar quote = s[at];
        const qsizetype end = s.indexOf(quote, at + 1);
        if (end < 0)
            return std::nullopt;
        return s.mid(at + 1, end - at - 1).toString();
    };
    if (auto display = valueOf(u"'display_value'"))
        return *display;
    if (auto value = valueOf(u"'value'"))
        return *value;
    return cell;
}

QString serviceNowState(const QString& text) {
    const QStringView t = trimmedView(text);
    if (t.size() != 1)
        return text;
    switch (t[0].unicode()) {
    case u'1':
        return QStringLiteral("New");
    case u'2':
        return QStringLiteral("In Progress");
    case u'3':
        return QStringLiteral("On Hold");
    case u'6':
        return QStringLiteral("Resolved");
    case u'7':
        return QStringLiteral("Closed");
    case u'8':
        return QStringLiteral("Canceled");
    default:
        return text;
    }
}

// Minutes from "5400" (a seconds column), "90" (minutes), "01:30:00", "1h 30m", "2d 4h".
std::optional<int> outageMinutes(QByteArrayView text, bool seconds) {
    const QByteArrayView t = text.trimmed();
    if (t.isEmpty())
        return 0;
    bool ok = false;
    const double plain = QByteArray(t.data(), t.size()).toDouble(&ok);
    if (ok)
        return plain >= 0 && plain < 1e9
                   ? std::optional<int>(int(std::lround(seconds ? plain / 60.0 : plain)))
                   : std::nullopt;
    qint64 total = 0;
    qsizetype i = 0;
    if (t.contains(':')) {
        int parts[3] = {0, 0, 0};
        int n = 0;
        while (i < t.size() && n < 3) {
            const int v = digitsAt(t, i, 6);
            if (v < 0)
                return std::nullopt;
            parts[n++] = v;
            if (i < t.size() && t[i] == ':')
                ++i;
            else
                break;
        }
        if (i != t.size() || n < 2)
            return std::nullopt;
        total = n == 3 ? parts[0] * 3600LL + parts[1] * 60 + parts[2]
                       : parts[0] * 3600LL + parts[1] * 60;
        return int((total + 30) / 60);
    }
    while (i < t.size()) {
        while (i < t.size() && t[i] == ' ')
            ++i;
        const int v = digitsAt(t, i, 7);
        if (v < 0)
            return std::nullopt;
        while (i < t.size() && t[i] == ' ')
            ++i;
        const char unit = i < t.size() ? char(t[i] | 0x20) : 'm';
        const qint64 scale = unit == 'd'   ? 86400
                             : unit == 'h' ? 3600
                             : unit == 'm' ? 60
                             : unit == 's' ? 1
                                           : -1;
        if (scale < 0)
            return std::nullopt;
        total += v * scale;
        while (i < t.size() && ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z'))
            ++i;
    }
    return total < 0 || total > qint64(1) << 40 ? std::nullopt
                                                : std::optional<int>(int((total + 30) / 60));
}

} // namespace incident_csv

std::optional<qint64> IncidentCsvMapping::parseTimestamp(QByteArrayView text, DayOrder order,
                                                         bool* zoned) {
    bool named = false;
    if (!zoned)
        zoned = &named;
    *zoned = false;
    const QByteArrayView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    // Unix seconds (or milliseconds), with an optional fraction.
    if (digit(s[0]) >= 0) {
        qsizetype d = 0;
        while (d < s.size() && digit(s[d]) >= 0)
            ++d;
        if ((d == s.size() || (s[d] == '.' && d + 1 < s.size())) && d >= 9 && d <= 13) {
            bool ok = false;
            const qint64 whole = QByteArray(s.data(), d).toLongLong(&ok);
            for (qsizetype k = d + 1; k < s.size(); ++k) {
                if (digit(s[k]) < 0)
                    return std::nullopt;
            }
            if (!ok)
                return std::nullopt;
            *zoned = true;
            return d >= 12 ? whole / 1000 : whole;
        }
    }
    int y = -1, m = -1, d = -1;
    const int first = digitsAt(s, i, 4);
    if (first < 0)
        return std::nullopt;
    if (i == 4 && i < s.size() && s[i] == '-') { // 2026-11-01
        y = first;
        ++i;
        m = digitsAt(s, i, 2);
        if (i >= s.size() || s[i] != '-')
            return std::nullopt;
        ++i;
        d = digitsAt(s, i, 2);
    } else if (i <= 2 && i < s.size() && s[i] == '/') {
        ++i;
        if (i < s.size() && digit(s[i]) < 0) { // Jira: 06/Dec/24 9:15 AM
            d = first;
            const qsizetype nameStart = i;
            while (i < s.size() && s[i] != '/')
                ++i;
            m = monthFromName(s.sliced(nameStart, i - nameStart));
        } else {
            const int second = digitsAt(s, i, 2);
            const bool monthFirst = order == DayOrder::MonthFirst;
            m = monthFirst ? first : second;
            d = monthFirst ? second : first;
        }
        if (i >= s.size() || s[i] != '/')
            return std::nullopt;
        ++i;
        const qsizetype yearStart = i;
        y = digitsAt(s, i, 4);
        if (y >= 0 && i - yearStart == 2)
            y += 2000;
        else if (i - yearStart != 4)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!validDate(y, m, d))
        return std::nullopt;
    const auto time = timeOfDay(s, i, *zoned);
    if (!time)
        return std::nullopt;
    return daysFromCivil(y, m, d) * 86400 + *time;
}

std::optional<int> IncidentCsvMapping::severityFrom(QStringView text) {
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if ((t[0] == u'P' || t[0] == u'p' || t[0] == u'S' || t[0] == u's') && t.size() >= 2 &&
        t[1].isDigit())
        t = t.sliced(1);                                  // P2, S1
    else if (t.startsWith(u"sev", Qt::CaseInsensitive)) { // SEV-2, Sev 1
        t = t.sliced(3);
        while (!t.isEmpty() && (t[0] == u'-' || t[0] == u' '))
            t = t.sliced(1);
    }
    if (!t.isEmpty() && t[0].isDigit()) { // "1 - Critical", "3", "2.0"
        const int n = t[0].digitValue();
        const bool alone = t.size() == 1 || !t[1].isDigit();
        return alone && n >= 1 && n <= 5 ? std::optional<int>(n) : std::nullopt;
    }
    static constexpr struct {
        const char16_t* word;
        int severity;
    } kWords[] = {{u"critical", 1}, {u"highest", 1}, {u"blocker", 1},  {u"urgent", 1}, {u"high", 2},
                  {u"major", 2},    {u"medium", 3},  {u"moderate", 3}, {u"normal", 3}, {u"low", 4},
                  {u"minor", 4},    {u"lowest", 5},  {u"planning", 5}, {u"trivial", 5}};
    for (const auto& w : kWords) {
        if (t.compare(QStringView(w.word), Qt::CaseInsensitive) == 0)
            return w.severity;
    }
    return std::nullopt;
}

} // namespace slipway
