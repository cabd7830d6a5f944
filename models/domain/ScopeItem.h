// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Release.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

enum class ScopeKind { Feature, Fix, Patch, TechDebt, Regulatory };
enum class ScopePriority { Critical, High, Medium, Low };
enum class ScopeStatus { Proposed, Committed, InProgress, Done, Deferred };

// Stable keys as stored in the database and written to CSV ("tech_debt", "in_progress").
QString toKey(ScopeKind kind);
QString toKey(ScopePriority priority);
QString toKey(ScopeStatus status);
std::optional<ScopeKind> scopeKindFromKey(QStringView key);
std::optional<ScopePriority> scopePriorityFromKey(QStringView key);
std::optional<ScopeStatus> scopeStatusFromKey(QStringView key);

// Translated names for the screens ("Tech debt", "In progress").
QString displayName(ScopeKind kind);
QString displayName(ScopePriority priority);
QString displayName(ScopeStatus status);

// One thing that may go into a release: a feature, fix, patch, tech debt or regulatory
// item. In no release (releaseId 0) it sits in the backlog.
struct ScopeItem {
    qint64 id = 0; // 0 until stored
    QString title;
    ScopeKind kind = ScopeKind::Feature;
    ScopePriority priority = ScopePriority::Medium;
    QString stakeholder;
    double effort = 0; // points, the unit of a release's capacity
    ScopeStatus status = ScopeStatus::Proposed;
    qint64 releaseId = 0;
    QString externalKey; // the id in the tool it came from ("PAY-142", "AB#4"); may be empty
    QString description;
    QStringList labels;

    qint64 rowVersion = 0;
    // Place within its board column: ascending, ties by priority then id (ScopeRankRule).
    double rank = 0;

    // The fields a user edits, compared (not the id, stamps or row version).
    bool sameContent(const ScopeItem& other) const;
};

// Limits the storage and the screens rely on.
struct ScopeLimits {
    static constexpr qsizetype kTitle = 500;
    static constexpr qsizetype kExternalKey = 100;
    static constexpr qsizetype kStakeholder = 200;
    static constexpr qsizetype kDescription = 65536;
    static constexpr qsizetype kLabel = 100;
    static constexpr double kEffort = 1e6;
};

// Domain validation shared by the editor, the services and the importers.
QList<FieldProblem> validateScopeItem(const ScopeItem& item);

// The audit log's before/after picture of an item (stable keys; release_id null in the backlog).
QJsonObject toJson(const ScopeItem& item);
// Exactly QJsonDocument(toJson(item)).toJson(Compact) as text, without building the object:
// imports write one per item, and QJsonObject costs more than the rest of the row.
QString toAuditJson(const ScopeItem& item);
QByteArray toAuditJsonUtf8(const ScopeItem& item); // the same, as UTF-8

} // namespace slipway
