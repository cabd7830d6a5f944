// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeItem.h"

#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <array>
#include <cmath>
#include <utility>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScopeItem)
};

constexpr std::array<std::pair<ScopeKind, const char*>, 5> kKinds{{
    {ScopeKind::Feature, "feature"},
    {ScopeKind::Fix, "fix"},
    {ScopeKind::Patch, "patch"},
    {ScopeKind::TechDebt, "tech_debt"},
    {ScopeKind::Regulatory, "regulatory"},
}};

constexpr std::array<std::pair<ScopePriority, const char*>, 4> kPriorities{{
    {ScopePriority::Critical, "critical"},
    {ScopePriority::High, "high"},
    {ScopePriority::Medium, "medium"},
    {ScopePriority::Low, "low"},
}};

constexpr std::array<std::pair<ScopeStatus, const char*>, 5> kStatuses{{
    {ScopeStatus::Proposed, "proposed"},
    {ScopeStatus::Committed, "committed"},
    {ScopeStatus::InProgress, "in_progress"},
    {ScopeStatus::Done, "done"},
    {ScopeStatus::Deferred, "deferred"},
}};

template <typename Enum, std::size_t N>
const char* keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [e, key] : table) {
        if (e == value)
            return key;
    }
    return "";
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<std::pair<Enum, const char*>, N>& table,
                            QStringView key) {
    for (const auto& [e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

bool hasControl(const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 0x20)
            return true;
    }
    return false;
}

} // namespace

QString toKey(ScopeKind kind) {
    return QString::fromLatin1(keyOf(kKinds, kind));
}
QString toKey(ScopePriority priority) {
    return QString::fromLatin1(keyOf(kPriorities, priority));
}
QString toKey(ScopeStatus status) {
    return QString::fromLatin1(keyOf(kStatuses, status));
}
std::optional<ScopeKind> scopeKindFromKey(QStringView key) {
    return fromKey(kKinds, key);
}
std::optional<ScopePriority> scopePriorityFromKey(QStringView key) {
    return fromKey(kPriorities, key);
}
std::optional<ScopeStatus> scopeStatusFromKey(QStringView key) {
    return fromKey(kStatuses, key);
}

QString displayName(ScopeKind kind) {
    switch (kind) {
    case ScopeKind::Feature:
        return Text::tr("Feature");
    case ScopeKind::Fix:
        return Text::tr("Fix");
    case ScopeKind::Patch:
        return Text::tr("Patch");
    case ScopeKind::TechDebt:
        return Text::tr("Tech debt");
    case ScopeKind::Regulatory:
        return Text::tr("Regulatory");
    }
    return {};
}

QString displayName(ScopePriority priority) {
    switch (priority) {
    case ScopePriority::Critical:
        return Text::tr("Critical");
    case ScopePriority::High:
        return Text::tr("High");
    case ScopePriority::Medium:
        return Text::tr("Medium");
    case ScopePriority::Low:
        return Text::tr("Low");
    }
    return {};
}

QString displayName(ScopeStatus status) {
    switch (status) {
    case ScopeStatus::Proposed:
        return Text::tr("Proposed");
    case ScopeStatus::Committed:
        return Text::tr("Committed");
    case ScopeStatus::InProgress:
        return Text::tr("In progress");
    case ScopeStatus::Done:
        return Text::tr("Done");
    case ScopeStatus::Deferred:
        return Text::tr("Deferred");
    }
    return {};
}

bool ScopeItem::sameContent(const ScopeItem& o) const {
    return title == o.title && kind == o.kind && priority == o.priority &&
           stakeholder == o.stakeholder && effort == o.effort && status == o.status &&
           releaseId == o.releaseId && externalKey == o.externalKey &&
           description == o.description && labels == o.labels;
}

QList<FieldProblem> validateScopeItem(const ScopeItem& item) {
    QList<FieldProblem> problems;
    const QString title = item.title.trimmed();
    if (title.isEmpty())
        problems.append({QStringLiteral("title"), Text::tr("The title is empty.")});
    else if (item.title.size() > ScopeLimits::kTitle)
        problems.append(
            {QStringLiteral("title"), Text::tr("The title is %1 characters long; keep it under %2.")
                                          .arg(item.title.size())
                                          .arg(ScopeLimits::kTitle)});
    if (!std::isfinite(item.effort) || item.effort < 0 || item.effort > ScopeLimits::kEffort)
        problems.append({QStringLiteral("effort"),
                         Text::tr("The effort must be a number of points from 0 to %1.")
                             .arg(ScopeLimits::kEffort, 0, 'f', 0)});
    if (item.externalKey.size() > ScopeLimits::kExternalKey || hasControl(item.externalKey) ||
        item.externalKey != item.externalKey.trimmed())
        problems.append({QStringLiteral("externalKey"),
                         Text::tr("The external key must be one line of at most %1 characters, "
                                  "without surrounding spaces.")
                             .arg(ScopeLimits::kExternalKey)});
    if (item.stakeholder.size() > ScopeLimits::kStakeholder || hasControl(item.stakeholder))
        problems.append({QStringLiteral("stakeholder"),
                         Text::tr("The stakeholder must be one line of at most %1 characters.")
                             .arg(ScopeLimits::kStakeholder)});
    if (item.description.size() > ScopeLimits::kDescription)
        problems.append({QStringLiteral("description"),
                         Text::tr("The description is %1 characters long; keep it under %2.")
                             .arg(item.description.size())
                             .arg(ScopeLimits::kDescription)});
    for (const QString& label : item.labels) {
        if (label.isEmpty() || label.size() > ScopeLimits::kLabel || hasControl(label) ||
            label.contains(u';')) {
            problems.append(
                {QStringLiteral("labels"),
                 Text::tr("Labels must be non-empty, at most %1 characters, on one line "
                          "and without ';'.")
                     .arg(ScopeLimits::kLabel)});
            break;
        }
    }
    return problems;
}

QJsonObject toJson(const ScopeItem& s) {
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("kind"), toKey(s.kind)},
        {QStringLiteral("priority"), toKey(s.priority)},
        {QStringLiteral("stakeholder"), s.stakeholder},
        {QStringLiteral("effort"), s.effort},
        {QStringLiteral("status"), toKey(s.status)},
        {QStringLiteral("release_id"), s.releaseId > 0 ? QJsonValue(s.releaseId) : QJsonValue()},
        {QStringLiteral("external_key"), s.externalKey},
        {QStringLiteral("description"), s.description},
        {QStringLiteral("labels"), QJsonArray::fromStringList(s.labels)},
        {QStringLiteral("row_version"), s.rowVersion},
    };
}

QByteArray toAuditJsonUtf8(const ScopeItem& s) {
    // Keys in QJsonObject's (sorted) order.
    QByteArray out;
    out.reserve(256 + 6 * (s.title.size() + s.description.size() + s.stakeholder.size()));
    out += "{\"description\":";
    appendJsonString(out, s.description);
    out += ",\"effort\":";
    out += std::isfinite(s.effort)
               ? QByteArray::number(s.effort, 'g', QLocale::FloatingPointShortest)
               : QByteArray("null");
    out += ",\"external_key\":";
    appendJsonString(out, s.externalKey);
    out += ",\"id\":";
    out += QByteArray::number(s.id);
    out += ",\"kind\":\"";
    out += keyOf(kKinds, s.kind);
    out += "\",\"labels\":[";
    for (qsizetype i = 0; i < s.labels.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, s.labels[i]);
    }
    out += "],\"priority\":\"";
    out += keyOf(kPriorities, s.priority);
    out += "\",\"release_id\":";
    out += s.releaseId > 0 ? QByteArray::number(s.releaseId) : QByteArray("null");
    out += ",\"row_version\":";
    out += QByteArray::number(s.rowVersion);
    out += ",\"stakeholder\":";
    appendJsonString(out, s.stakeholder);
    out += ",\"status\":\"";
    out += keyOf(kStatuses, s.status);
    out += "\",\"title\":";
    appendJsonString(out, s.title);
    out += '}';
    return out;
}

QString toAuditJson(const ScopeItem& s) {
    return QString::fromUtf8(toAuditJsonUtf8(s));
}

} // namespace slipway
