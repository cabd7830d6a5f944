// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace slipway {

// Every custom item role in one place, so views, charts and reports read the same data
// from the same models.
enum ItemRole {
    IdRole = Qt::UserRole + 1, // qint64 id of the row's entity
    RowVersionRole,            // qint64 row_version the user saw
    StartTimeRole,             // QDateTime (UTC)
    EndTimeRole,               // QDateTime (UTC)
    TimeZoneRole,              // QString IANA zone the row is shown in
    ReleaseTypeRole,           // int(ReleaseType)
    ReleaseStatusRole,         // int(ReleaseStatus)
    SortRole,                  // raw value to sort by (numbers, UTC times, keys)
    FilterTextRole,            // all searchable text of the row, lower case
    AuditSeqRole,              // qint64 audit sequence number
    BeforeJsonRole,            // QString
    AfterJsonRole,             // QString
    ConflictCountRole,         // int conflicts of a release window
    CalendarRowKindRole,       // int(CalendarModel::RowKind) of a calendar row
    ScopeKindRole,             // int(ScopeKind)
    ScopePriorityRole,         // int(ScopePriority)
    ScopeStatusRole,           // int(ScopeStatus)
    ScopeReleaseIdRole,        // qint64 release of a scope item; 0 in the backlog
    EffortRole,                // double effort points
    StakeholderRole,           // QString
    ExternalKeyRole,           // QString id in the tracker it came from
    DependencyCountRole,       // int items this one needs
    DependencyWarningRole,     // QString why a needed item will not be there; empty if none
    AgendaKindRole,            // int(AgendaItem::Kind) of a CAB agenda item
    ChangeIdRole,              // qint64 change request of an agenda item; 0 for an escalation
    RiskLevelRole,             // int(RiskLevel) of a change; invalid without one
    ApprovalStatusRole,        // int(ApprovalStatus) of a change; invalid without one
    FindingSeverityRole,       // QString SARIF severity key, "none" … "critical"
    FindingCountsRole,         // bool a finding counts against its gate (not suppressed or
                               // marked false positive)
    GateStatusRole,            // int(GateStatus) a row is shown as
};

} // namespace slipway
