// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvTable.h"
#include "domain/Incident.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <optional>

namespace slipway {

// One CSV record as an incident, and why it cannot be imported, if it cannot.
struct IncidentCsvRow {
    int line = 0;
    Incident incident;
    QStringList problems; // one reason each, without the file and line
};

// Which columns of a service-desk export feed which incident field. Recognises ServiceNow
// list exports and Table API dumps (column names or display names), Jira Service Management
// issue exports and PagerDuty incident exports (the web list and the analytics report);
// `--map` overrides or completes any of them. Values are normalised here: timestamps (ISO
// 8601, ServiceNow's "YYYY-MM-DD HH:MM:SS", spreadsheet "M/D/YYYY H:MM" with the day order
// decided once per file, Jira's "dd/MMM/yy h:mm AM", Unix seconds), severity 1-5 from the
// tool's priority or urgency words, ServiceNow's coded states and reference fields.
class IncidentCsvMapping {
public:
    enum class Field {
        Number,
        Title,
        Opened,
        Resolved,
        Priority,
        Urgency,
        Severity,
        State,
        Category,
        ConfigItem,
        Service,
        AssignmentGroup,
        OutageMinutes,
        Count
    };
    // How day/month dates with slashes are read: decided per file from its own dates.
    enum class DayOrder { MonthFirst, DayFirst };

    // `mapSpec` is "Column=field,Column=field" (field names as fieldNames() lists; "ignore"
    // drops a recognised column). Errors name the file and say what to write instead.
    static Result<IncidentCsvMapping> forTable(const CsvTable& table, const QString& mapSpec,
                                               const QString& fileName);
    static QStringList fieldNames();

    IncidentSource source() const { return m_source; }
    // "ServiceNow", "Jira Service Management", "PagerDuty" or "custom".
    QString sourceName() const;
    DayOrder dayOrder() const { return m_dayOrder; }
    // What the reader decided for the whole file (the day order of slashed dates), for the
    // import's notes.
    const QStringList& notes() const { return m_notes; }
    bool provides(Field field) const { return !columns(field).isEmpty(); }
    // The zone of times the file writes without an offset (ServiceNow's list export writes the
    // exporting user's zone); UTC unless set. Unix times and times with an offset keep theirs.
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }

    // Maps record `row` into `out`, reusing its strings' storage.
    void mapRow(const CsvTable& table, qsizetype row, IncidentCsvRow& out) const;
    IncidentCsvRow mapRow(const CsvTable& table, qsizetype row) const;

    // While one lives, mapRow on its thread gives each repeated value (priority, state,
    // category, configuration item, service, group: a few hundred distinct words in 100,000
    // rows) one shared string instead of a string allocated, and later freed, per cell.
    class SharedValuesScope {
    public:
        SharedValuesScope();
        ~SharedValuesScope();
        SharedValuesScope(const SharedValuesScope&) = delete;
        SharedValuesScope& operator=(const SharedValuesScope&) = delete;
    };

    // A timestamp as service desks write it, as UTC seconds; none when it does not parse.
    // `zoned`, when given, says whether the text named its zone (an offset, Z, UTC, or Unix
    // time); otherwise the time was read as UTC.
    static std::optional<qint64> parseTimestamp(QByteArrayView text, DayOrder order,
                                                bool* zoned = nullptr);
    // 1 (highest) … 5 from "1 - Critical", "P2", "High", "3"; none when not recognised.
    static std::optional<int> severityFrom(QStringView text);

private:
    const QList<int>& columns(Field field) const { return m_columns[size_t(field)]; }
    QByteArrayView firstField(const CsvTable& table, qsizetype row, Field field) const;
    void detect(const CsvTable& table);
    void decideDayOrder(const CsvTable& table, const QString& fileName);

    IncidentSource m_source = IncidentSource::Other;
    std::array<QList<int>, size_t(Field::Count)> m_columns;
    QList<bool> m_secondsColumn; // per column: an outage column counting seconds
    QStringList m_header;
    QStringList m_notes;
    DayOrder m_dayOrder = DayOrder::MonthFirst;
    QTimeZone m_zone; // invalid: UTC
};

} // namespace slipway
