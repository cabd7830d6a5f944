// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentCsvMapping.h"

#include "CsvColumnMap.h"
#include "IncidentCsvValues.h"

#include "domain/FieldLimits.h"
#include "domain/InputText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace slipway {
namespace {

using Field = IncidentCsvMapping::Field;
using DayOrder = IncidentCsvMapping::DayOrder;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(IncidentCsvMapping)
};

// The values of the columns that repeat as one shared string each (see SharedValuesScope). One
// per mapping thread; past kMaxValues distinct values of a field it stops remembering.
class SharedValues {
public:
    QString get(Field field, QByteArrayView bytes) {
        auto& known = m_known[size_t(field)];
        const std::string_view key(bytes.data(), size_t(bytes.size()));
        if (const auto it = known.find(key); it != known.end())
            return it->second;
        QString value = QString::fromUtf8(bytes);
        if (known.size() < kMaxValues) {
            const std::string& stored = m_keys.emplace_back(key);
            known.emplace(std::string_view(stored), value);
        }
        return value;
    }

private:
    static constexpr size_t kMaxValues = 4096;
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    std::deque<std::string> m_keys; // what the views of m_known point into
    std::array<std::unordered_map<std::string_view, QString, Hash, std::equal_to<>>,
               size_t(Field::Count)>
        m_known;
};

// The calling thread's SharedValues while a SharedValuesScope lives on it; none otherwise.
thread_local SharedValues* t_sharedValues = nullptr;

constexpr const char* kFieldNames[] = {
    "number",        "title", "opened",   "resolved",    "priority", "urgency",
    "severity",      "state", "category", "config_item", "service",  "assignment_group",
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
// (Name)". The category is the incident's own category field if there is one, else its first
// label, else its root cause.
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
    {Field::Category, "Labels"},
    {Field::Category, "Custom field (Root cause)"},
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
    {Field::Priority, "priority_name"},
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
                const int a = incident_csv::digits(v, i, 2);
                if (a < 0 || i >= v.size() || v[i] != '/')
                    continue;
                ++i;
                const int b = incident_csv::digits(v, i, 2);
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

    auto map = CsvColumnMap::parse(table, mapSpec, fieldNames(),
                                   QStringLiteral("Ticket=number,Raised=opened"), fileName);
    if (!map)
        return map.error();
    map->applyTo(m.m_columns);
    // A column --map names as the outage counts minutes, whatever its name says.
    for (int c : map->columnsOf(int(Field::OutageMinutes)))
        m.m_secondsColumn[c] = false;

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

IncidentCsvMapping::SharedValuesScope::SharedValuesScope() {
    t_sharedValues = new SharedValues;
}

IncidentCsvMapping::SharedValuesScope::~SharedValuesScope() {
    delete t_sharedValues;
    t_sharedValues = nullptr;
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
        return InputText::singleLine(m_header.value(columns(f).value(0)).trimmed(), 60);
    };
    const auto text = [&](Field f, QString& into) {
        const QByteArrayView v = firstField(table, row, f);
        if (m_source == IncidentSource::ServiceNow && v.startsWith('{'))
            into = incident_csv::referenceValue(QString::fromUtf8(v));
        else if (t_sharedValues && f != Field::Number && f != Field::Title)
            into = t_sharedValues->get(f, v);
        else
            into = QString::fromUtf8(v);
    };
    text(Field::Number, i.number);
    if (i.number.isEmpty())
        out.problems << Text::tr("no incident number (%1 is empty)").arg(columnName(Field::Number));
    text(Field::Title, i.title);
    text(Field::Priority, i.priority);
    text(Field::State, i.state);
    if (m_source == IncidentSource::ServiceNow || m_source == IncidentSource::Other)
        i.state = incident_csv::serviceNowState(i.state);
    text(Field::Category, i.category);
    text(Field::ConfigItem, i.configItem);
    text(Field::Service, i.service);
    text(Field::AssignmentGroup, i.assignmentGroup);

    // A time without its zone is in m_zone; UTC when none was set.
    const auto inZone = [this](qint64 secs, bool zoned) {
        if (zoned || !m_zone.isValid())
            return secs;
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        return QDateTime(utc.date(), utc.time(), m_zone).toSecsSinceEpoch();
    };
    bool zoned = false;
    const QByteArrayView opened = firstField(table, row, Field::Opened);
    i.openedAt = 0;
    if (opened.isEmpty()) {
        out.problems << Text::tr("no opening time (%1 is empty)").arg(columnName(Field::Opened));
    } else if (const auto at = parseTimestamp(opened, m_dayOrder, &zoned)) {
        i.openedAt = inZone(*at, zoned);
    } else {
        out.problems << Text::tr("%1 %2 is not a date and time Slipway reads (e.g. 2026-11-01 "
                                 "14:05:00, 2026-11-01T14:05:00Z, 11/1/2026 2:05 PM)")
                            .arg(columnName(Field::Opened),
                                 InputText::quoted(QString::fromUtf8(opened)));
    }
    i.resolvedAt.reset();
    if (const QByteArrayView resolved = firstField(table, row, Field::Resolved);
        !resolved.isEmpty()) {
        if (const auto at = parseTimestamp(resolved, m_dayOrder, &zoned))
            i.resolvedAt = inZone(*at, zoned);
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
        const QString value = f == Field::Priority ? i.priority : QString::fromUtf8(v);
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
        if (const auto minutes = incident_csv::outageMinutes(v, m_secondsColumn.value(column)))
            i.outageMinutes = *minutes;
        else
            out.problems << Text::tr("%1 %2 is not a duration (minutes, or e.g. 1h 30m, "
                                     "01:30:00)")
                                .arg(InputText::singleLine(m_header.value(column).trimmed(), 60),
                                     InputText::quoted(QString::fromUtf8(v)));
        break;
    }
    // validateIncident words each problem, translating a label per field; most rows have
    // none, so it is asked only when one of its rules could fail.
    const bool suspect =
        i.openedAt <= 0 || (i.resolvedAt && *i.resolvedAt < i.openedAt) || i.severity < 1 ||
        i.severity > 5 || i.outageMinutes < 0 || i.title.size() > FieldLimits::kNote ||
        std::max({i.number.size(), i.priority.size(), i.state.size(), i.category.size(),
                  i.configItem.size(), i.service.size(), i.assignmentGroup.size()}) >
            FieldLimits::kName;
    if (out.problems.isEmpty() && suspect) {
        for (const FieldProblem& p : validateIncident(i))
            out.problems << (p.message.endsWith(u'.') ? p.message.chopped(1) : p.message);
    }
}

} // namespace slipway
