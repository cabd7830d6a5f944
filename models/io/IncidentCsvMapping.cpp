// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentCsvMapping.h"

#include "domain/InputText.h"

#include <QCoreApplication>

#include <cmath>

namespace slipway {
namespace {

using Field = IncidentCsvMapping::Field;
using DayOrder = IncidentCsvMapping::DayOrder;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(IncidentCsvMapping)
};

constexpr const char* kFieldNames[] = {
    "number",   "title",    "opened",      "resolved", "priority",         "urgency",
    "severity", "state",    "category",    "config_item", "service", "assignment_group",
    "outage_minutes"};
static_assert(std::size(kFieldNames) == size_t(Field::Count));

struct Column {
    Field field;
    const char* name;
};

// ServiceNow: the list view's "Export > CSV" names columns by field name (number, opened_at)
// or, from some views and the Excel export, by label ("Number", "Opened"); the Table API
// gives field names. Resolved first, then closed: an incident closed without a resolution
// time still ended then. `severity` is ServiceNow's own 1-3 scale, so priority is used.
constexpr Column kServiceNow[] = {
    {Field::Number, "number"},
    {Field::Title, "short_description"},
    {Field::Title, "Short description"},
    {Field::Opened, "opened_at"},
    {Field::Opened, "Opened"},
    {Field::Resolved, "resolved_at"},
    {Field::Resolved, "Resolved"},
    {Field::Resolved, "closed_at"},
    {Field::Resolved, "Closed"},
    {Field::Priority, "priority"},
    {Field::Urgency, "urgency"},
    {Field::State, "state"},
    {Field::State, "incident_state"},
    {Field::State, "Incident state"},
    {Field::Category, "category"},
    {Field::ConfigItem, "cmdb_ci"},
    {Field::ConfigItem, "Configuration item"},
    {Field::Service, "business_service"},
    {Field::Service, "Service"},
    {Field::Service, "Business service"},
    {Field::AssignmentGroup, "assignment_group"},
    {Field::AssignmentGroup, "Assignment group"},
};

// Jira Service Management's "Export > CSV (all fields)": system fields by name (Server and
// Data Center write "Component/s", Cloud "Components"), custom fields as "Custom field
// (Name)". The category is the incident's own category field if there is one, else its root
// cause, else its first label.
constexpr Column kJsm[] = {
    {Field::Number, "Issue key"},
    {Field::Title, "Summary"},
    {Field::Opened, "Created"},
    {Field::Resolved, "Resolved"},
    {Field::Priority, "Priority"},
    {Field::Urgency, "Custom field (Urgency)"},
    {Field::Urgency, "Urgency"},
    {Field::State, "Status"},
    {Field::Category, "Custom field (Category)"},
    {Field::Category, "Custom field (Root cause)"},
    {Field::Category, "Labels"},
    {Field::ConfigItem, "Component/s"},
    {Field::ConfigItem, "Components"},
    {Field::Service, "Custom field (Affected services)"},
    {Field::Service, "Affected services"},
    {Field::AssignmentGroup, "Custom field (Team)"},
    {Field::AssignmentGroup, "Team"},
};

// PagerDuty: the incidents list's "Download CSV" (display names) and the analytics incident
// report (field names as in its API: created_on, seconds_to_resolve).
constexpr Column kPagerDuty[] = {
    {Field::Number, "Incident Number"},
    {Field::Number, "incident_number"},
    {Field::Number, "#"},
    {Field::Title, "Title"},
    {Field::Title, "Description"},
    {Field::Opened, "Created At"},
    {Field::Opened, "created_on"},
    {Field::Opened, "created_at"},
    {Field::Opened, "Created"},
    {Field::Resolved, "Resolved At"},
    {Field::Resolved, "resolved_on"},
    {Field::Resolved, "resolved_at"},
    {Field::Resolved, "Resolved"},
    {Field::Priority, "Priority"},
    {Field::Urgency, "Urgency"},
    {Field::State, "Status"},
    {Field::Service, "Service"},
    {Field::Service, "service_name"},
    {Field::AssignmentGroup, "Escalation Policy"},
    {Field::AssignmentGroup, "escalation_policy_name"},
    {Field::AssignmentGroup, "Team"},
    {Field::AssignmentGroup, "team_name"},
    {Field::OutageMinutes, "seconds_to_resolve"},
    {Field::OutageMinutes, "Duration"},
};

int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : -1;
}

// Reads up to `max` digits at `i`; -1 when there is none.
int number(QByteArrayView s, qsizetype& i, int max) {
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
std::optional<qint64> timeOfDay(QByteArrayView s, qsizetype i) {
    if (i >= s.size())
        return 0;
    if (s[i] != ' ' && s[i] != 'T' && s[i] != 't')
        return std::nullopt;
    ++i;
    while (i < s.size() && s[i] == ' ')
        ++i;
    const int h = number(s, i, 2);
    if (h < 0 || i >= s.size() || s[i] != ':')
        return std::nullopt;
    ++i;
    const int mi = number(s, i, 2);
    int sec = 0;
    if (mi < 0 || mi > 59)
        return std::nullopt;
    if (i < s.size() && s[i] == ':') {
        ++i;
        sec = number(s, i, 2);
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
        if (zone == "Z" || zone == "z" || zone == "UTC" || zone == "GMT") {
            i = s.size();
        } else if (s[i] == '+' || s[i] == '-') {
            const int sign = s[i] == '-' ? -1 : 1;
            ++i;
            const int oh = number(s, i, 2);
            if (i < s.size() && s[i] == ':')
                ++i;
            const int om = i < s.size() ? number(s, i, 2) : 0;
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
        return plain >= 0 && plain < 1e9 ? std::optional<int>(int(std::lround(
                                               seconds ? plain / 60.0 : plain)))
                                         : std::nullopt;
    qint64 total = 0;
    qsizetype i = 0;
    if (t.contains(':')) {
        int parts[3] = {0, 0, 0};
        int n = 0;
        while (i < t.size() && n < 3) {
            const int v = number(t, i, 6);
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
        total = n == 3 ? parts[0] * 3600LL + parts[1] * 60 + parts[2] : parts[0] * 3600LL + parts[1] * 60;
        return int((total + 30) / 60);
    }
    while (i < t.size()) {
        while (i < t.size() && t[i] == ' ')
            ++i;
        const int v = number(t, i, 7);
        if (v < 0)
            return std::nullopt;
        while (i < t.size() && t[i] == ' ')
            ++i;
        const char unit = i < t.size() ? char(t[i] | 0x20) : 'm';
        const qint64 scale = unit == 'd' ? 86400 : unit == 'h' ? 3600 : unit == 'm' ? 60
                                                               : unit == 's' ? 1 : -1;
        if (scale < 0)
            return std::nullopt;
        total += v * scale;
        while (i < t.size() && ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z'))
            ++i;
    }
    return total < 0 || total > qint64(1) << 40 ? std::nullopt
                                                 : std::optional<int>(int((total + 30) / 60));
}

} // namespace

QStringList IncidentCsvMapping::fieldNames() {
    QStringList names;
    for (const char* name : kFieldNames)
        names << QString::fromLatin1(name);
    return names;
}

QString IncidentCsvMapping::sourceName() const {
    return m_source == IncidentSource::Other ? Text::tr("custom") : displayName(m_source);
}

std::optional<qint64> IncidentCsvMapping::parseTimestamp(QByteArrayView text, DayOrder order) {
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
            return d >= 12 ? whole / 1000 : whole;
        }
    }
    int y = -1, m = -1, d = -1;
    const int first = number(s, i, 4);
    if (first < 0)
        return std::nullopt;
    if (i == 4 && i < s.size() && s[i] == '-') { // 2026-11-01
        y = first;
        ++i;
        m = number(s, i, 2);
        if (i >= s.size() || s[i] != '-')
            return std::nullopt;
        ++i;
        d = number(s, i, 2);
    } else if (i <= 2 && i < s.size() && s[i] == '/') {
        ++i;
        if (i < s.size() && digit(s[i]) < 0) { // Jira: 06/Dec/24 9:15 AM
            d = first;
            const qsizetype nameStart = i;
            while (i < s.size() && s[i] != '/')
                ++i;
            m = monthFromName(s.sliced(nameStart, i - nameStart));
        } else {
            const int second = number(s, i, 2);
            const bool monthFirst = order == DayOrder::MonthFirst;
            m = monthFirst ? first : second;
            d = monthFirst ? second : first;
        }
        if (i >= s.size() || s[i] != '/')
            return std::nullopt;
        ++i;
        const qsizetype yearStart = i;
        y = number(s, i, 4);
        if (y >= 0 && i - yearStart == 2)
            y += 2000;
        else if (i - yearStart != 4)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!validDate(y, m, d))
        return std::nullopt;
    const auto time = timeOfDay(s, i);
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
        t = t.sliced(1); // P2, S1
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
    } kWords[] = {{u"critical", 1}, {u"highest", 1}, {u"blocker", 1}, {u"urgent", 1},
                  {u"high", 2},     {u"major", 2},   {u"medium", 3},  {u"moderate", 3},
                  {u"normal", 3},   {u"low", 4},     {u"minor", 4},   {u"lowest", 5},
                  {u"planning", 5}, {u"trivial", 5}};
    for (const auto& w : kWords) {
        if (t.compare(QStringView(w.word), Qt::CaseInsensitive) == 0)
            return w.severity;
    }
    return std::nullopt;
}

void IncidentCsvMapping::detect(const CsvTable& table) {
    const auto has = [&](const char* name) {
        return !table.columnsNamed(QString::fromLatin1(name)).isEmpty();
    };
    const auto take = [&](const auto& columns) {
        for (const Column& c : columns)
            m_columns[size_t(c.field)] += table.columnsNamed(QString::fromLatin1(c.name));
    };
    m_secondsColumn = QList<bool>(table.columnCount(), false);
    if (has("Issue key") && has("Summary")) {
        m_source = IncidentSource::Jsm;
        take(kJsm);
    } else if ((has("incident_number") || has("Incident Number") || has("#")) &&
               (has("Urgency") || has("service_name") || has("Escalation Policy") ||
                has("escalation_policy_name"))) {
        m_source = IncidentSource::PagerDuty;
        take(kPagerDuty);
        for (int c : table.columnsNamed(QStringLiteral("seconds_to_resolve")))
            m_secondsColumn[c] = true;
    } else if (has("number") &&
               (has("opened_at") || has("Opened") || has("short_description") || has("sys_id"))) {
        m_source = IncidentSource::ServiceNow;
        take(kServiceNow);
    } else {
        for (int f = 0; f < int(Field::Count); ++f)
            m_columns[size_t(f)] = table.columnsNamed(QString::fromLatin1(kFieldNames[f]));
        m_source = IncidentSource::Other;
    }
}

// Slashed dates are month first (as US spreadsheets write them) unless the file's own dates
// show the day first: some first number over 12 and no second number over 12.
void IncidentCsvMapping::decideDayOrder(const CsvTable& table, const QString& fileName) {
    qsizetype firstOver12 = 0, secondOver12 = 0, slashed = 0;
    for (Field f : {Field::Opened, Field::Resolved}) {
        for (int column : columns(f)) {
            for (qsizetype row = 0; row < table.rowCount(); ++row) {
                const QByteArrayView v = table.field(row, column).trimmed();
                qsizetype i = 0;
                const int a = number(v, i, 2);
                if (a < 0 || i >= v.size() || v[i] != '/')
                    continue;
                ++i;
                const int b = number(v, i, 2);
                if (b < 0)
                    continue;
                ++slashed;
                firstOver12 += a > 12 ? 1 : 0;
                secondOver12 += b > 12 ? 1 : 0;
            }
        }
    }
    if (slashed == 0)
        return;
    if (firstOver12 > 0 && secondOver12 == 0) {
        m_dayOrder = DayOrder::DayFirst;
        m_notes << Text::tr("%1: dates such as 3/4/2025 were read day first (4 March), as the "
                            "file's other dates show.")
                       .arg(fileName);
    } else if (secondOver12 > 0 && firstOver12 == 0) {
        m_notes << Text::tr("%1: dates such as 3/4/2025 were read month first (US: 4 March is "
                            "3/4), as the file's other dates show.")
                       .arg(fileName);
    } else if (firstOver12 == 0) {
        m_notes << Text::tr("%1: no date in the file shows whether 3/4/2025 means 4 March or 3 "
                            "April; they were read month first (US).")
                       .arg(fileName);
    }
}

Result<IncidentCsvMapping> IncidentCsvMapping::forTable(const CsvTable& table,
                                                        const QString& mapSpec,
                                                        const QString& fileName) {
    IncidentCsvMapping m;
    m.m_header = table.header();
    m.detect(table);

    std::array<bool, size_t(Field::Count)> overridden{};
    for (const QString& raw : mapSpec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = raw.lastIndexOf(u'=');
        const QString column = raw.left(eq).trimmed();
        const QString target = raw.mid(eq + 1).trimmed().toLower();
        if (eq <= 0 || column.isEmpty() || target.isEmpty())
            return Error{Error::Kind::Usage,
                         Text::tr("--map takes COLUMN=FIELD pairs separated by commas, e.g. "
                                  "\"Ticket=number,Raised=opened\"; %1 is not one")
                             .arg(InputText::quoted(raw))};
        const QList<int> indexes = table.columnsNamed(column);
        if (indexes.isEmpty())
            return Error{
                Error::Kind::Usage,
                Text::tr("--map: %1 has no column %2 (its columns: %3)")
                    .arg(fileName, InputText::quoted(column),
                         InputText::singleLine(m.m_header.join(QStringLiteral(", ")), 300))};
        if (target == u"ignore") {
            for (QList<int>& cols : m.m_columns)
                cols.removeIf([&](int c) { return indexes.contains(c); });
            continue;
        }
        const qsizetype field = fieldNames().indexOf(target);
        if (field < 0)
            return Error{
                Error::Kind::Usage,
                Text::tr("--map: unknown field %1; fields are %2 and ignore")
                    .arg(InputText::quoted(target), fieldNames().join(QStringLiteral(", ")))};
        if (!overridden[size_t(field)]) {
            m.m_columns[size_t(field)].clear();
            overridden[size_t(field)] = true;
        }
        m.m_columns[size_t(field)] += indexes;
        if (Field(field) == Field::OutageMinutes) {
            for (int c : indexes)
                m.m_secondsColumn[c] = false;
        }
    }

    if (!m.provides(Field::Number) || !m.provides(Field::Opened))
        return Error{
            Error::Kind::Usage,
            Text::tr("%1 is not a ServiceNow, Jira Service Management or PagerDuty export, or "
                     "lacks its number or opening-time column; say which column holds what "
                     "with --map, e.g. --map \"Ticket=number,Raised=opened\" (its columns: %2)")
                .arg(fileName, InputText::singleLine(m.m_header.join(QStringLiteral(", ")), 300))};
    m.decideDayOrder(table, fileName);
    return m;
}

QByteArrayView IncidentCsvMapping::firstField(const CsvTable& table, qsizetype row,
                                              Field field) const {
    for (int column : columns(field)) {
        const QByteArrayView v = table.field(row, column).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

IncidentCsvRow IncidentCsvMapping::mapRow(const CsvTable& table, qsizetype row) const {
    IncidentCsvRow out;
    mapRow(table, row, out);
    return out;
}

void IncidentCsvMapping::mapRow(const CsvTable& table, qsizetype row, IncidentCsvRow& out) const {
    out.line = table.line(row);
    out.problems.clear();
    Incident& i = out.incident;
    i.source = m_source;
    const auto columnName = [&](Field f) {
        return m_header.value(columns(f).value(0)).trimmed();
    };
    const auto text = [&](Field f, QString& into) {
        const QByteArrayView v = firstField(table, row, f);
        into = QString::fromUtf8(v);
        if (m_source == IncidentSource::ServiceNow && v.startsWith('{'))
            into = referenceValue(into);
    };
    text(Field::Number, i.number);
    if (i.number.isEmpty())
        out.problems << Text::tr("no incident number (%1 is empty)").arg(columnName(Field::Number));
    text(Field::Title, i.title);
    text(Field::Priority, i.priority);
    text(Field::State, i.state);
    if (m_source == IncidentSource::ServiceNow || m_source == IncidentSource::Other)
        i.state = serviceNowState(i.state);
    text(Field::Category, i.category);
    text(Field::ConfigItem, i.configItem);
    text(Field::Service, i.service);
    text(Field::AssignmentGroup, i.assignmentGroup);

    const QByteArrayView opened = firstField(table, row, Field::Opened);
    i.openedAt = 0;
    if (opened.isEmpty()) {
        out.problems << Text::tr("no opening time (%1 is empty)").arg(columnName(Field::Opened));
    } else if (const auto at = parseTimestamp(opened, m_dayOrder)) {
        i.openedAt = *at;
    } else {
        out.problems << Text::tr("%1 %2 is not a date and time Slipway reads (e.g. 2026-11-01 "
                                 "14:05:00, 2026-11-01T14:05:00Z, 11/1/2026 2:05 PM)")
                            .arg(columnName(Field::Opened),
                                 InputText::quoted(QString::fromUtf8(opened)));
    }
    i.resolvedAt.reset();
    if (const QByteArrayView resolved = firstField(table, row, Field::Resolved);
        !resolved.isEmpty()) {
        if (const auto at = parseTimestamp(resolved, m_dayOrder))
            i.resolvedAt = *at;
        else
            out.problems << Text::tr("%1 %2 is not a date and time Slipway reads")
                                .arg(columnName(Field::Resolved),
                                     InputText::quoted(QString::fromUtf8(resolved)));
    }

    // Severity: an explicit severity column, else the priority, else the urgency.
    i.severity = 3;
    bool decided = false;
    for (Field f : {Field::Severity, Field::Priority, Field::Urgency}) {
        const QByteArrayView v = firstField(table, row, f);
        if (v.isEmpty() || decided)
            continue;
        const QString value = QString::fromUtf8(v);
        if (const auto severity = severityFrom(value)) {
            i.severity = *severity;
            decided = true;
        } else {
            out.problems << Text::tr("%1 %2 is not a priority Slipway knows (1-5, \"1 - "
                                     "Critical\", P1-P5, Highest … Lowest, high, low); "
                                     "--map \"%1=ignore\" leaves it out")
                                .arg(columnName(f), InputText::quoted(value));
            decided = true;
        }
    }

    i.outageMinutes = 0;
    for (int column : columns(Field::OutageMinutes)) {
        const QByteArrayView v = table.field(row, column).trimmed();
        if (v.isEmpty())
            continue;
        if (const auto minutes = outageMinutes(v, m_secondsColumn.value(column)))
            i.outageMinutes = *minutes;
        else
            out.problems << Text::tr("%1 %2 is not a duration (minutes, or e.g. 1h 30m, "
                                     "01:30:00)")
                                .arg(m_header.value(column).trimmed(),
                                     InputText::quoted(QString::fromUtf8(v)));
        break;
    }
    if (out.problems.isEmpty()) {
        for (const FieldProblem& p : validateIncident(i))
            out.problems << (p.message.endsWith(u'.') ? p.message.chopped(1) : p.message);
    }
}

} // namespace slipway
