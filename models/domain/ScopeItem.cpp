// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeItem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <array>
#include <cmath>
#include <utility>

namespace slipway {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ScopeItem", text);
}

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

template <typename Enum, std::size_t N>
QStringList keysOf(const std::array<std::pair<Enum, const char*>, N>& table) {
    QStringList keys;
    for (const auto& entry : table)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

bool hasControl(const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 0x20)
            return true;
    }
    return false;
}

// QJsonDocument's string escaping: the short escapes, \u00XX for other control characters,
// \uXXXX for a surrogate without its pair, everything else as it is.
void appendJsonString(QString& out, const QString& text) {
    static const char hex[] = "0123456789abcdef";
    out += u'"';
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\' && (c < 0xd800 || c > 0xdfff)) {
            out += QChar(c);
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            out += QChar(c);
            out += text[++i];
            continue;
        }
        out += u'\\';
        switch (c) {
        case u'"':
            out += u'"';
            break;
        case u'\\':
            out += u'\\';
            break;
        case 0x08:
            out += u'b';
            break;
        case 0x0c:
            out += u'f';
            break;
        case 0x0a:
            out += u'n';
            break;
        case 0x0d:
            out += u'r';
            break;
        case 0x09:
            out += u't';
            break;
        default:
            out += u'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                out += QLatin1Char(hex[(c >> shift) & 0xf]);
        }
    }
    out += u'"';
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
        return tr("Feature");
    case ScopeKind::Fix:
        return tr("Fix");
    case ScopeKind::Patch:
        return tr("Patch");
    case ScopeKind::TechDebt:
        return tr("Tech debt");
    case ScopeKind::Regulatory:
        return tr("Regulatory");
    }
    return {};
}

QString displayName(ScopePriority priority) {
    switch (priority) {
    case ScopePriority::Critical:
        return tr("Critical");
    case ScopePriority::High:
        return tr("High");
    case ScopePriority::Medium:
        return tr("Medium");
    case ScopePriority::Low:
        return tr("Low");
    }
    return {};
}

QString displayName(ScopeStatus status) {
    switch (status) {
    case ScopeStatus::Proposed:
        return tr("Proposed");
    case ScopeStatus::Committed:
        return tr("Committed");
    case ScopeStatus::InProgress:
        return tr("In progress");
    case ScopeStatus::Done:
        return tr("Done");
    case ScopeStatus::Deferred:
        return tr("Deferred");
    }
    return {};
}

QStringList allScopeKindKeys() {
    return keysOf(kKinds);
}
QStringList allScopePriorityKeys() {
    return keysOf(kPriorities);
}
QStringList allScopeStatusKeys() {
    return keysOf(kStatuses);
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
        problems.append({QStringLiteral("title"), tr("The title is empty.")});
    else if (item.title.size() > ScopeLimits::kTitle)
        problems.append(
            {QStringLiteral("title"), tr("The title is %1 characters long; keep it under %2.")
                                          .arg(item.title.size())
                                          .arg(ScopeLimits::kTitle)});
    if (!std::isfinite(item.effort) || item.effort < 0 || item.effort > ScopeLimits::kEffort)
        problems.append(
            {QStringLiteral("effort"), tr("The effort must be a number of points from 0 to %1.")
                                           .arg(ScopeLimits::kEffort, 0, 'f', 0)});
    if (item.externalKey.size() > ScopeLimits::kExternalKey || hasControl(item.externalKey) ||
        item.externalKey != item.externalKey.trimmed())
        problems.append({QStringLiteral("externalKey"),
                         tr("The external key must be one line of at most %1 characters, "
                            "without surrounding spaces.")
                             .arg(ScopeLimits::kExternalKey)});
    if (item.stakeholder.size() > ScopeLimits::kStakeholder || hasControl(item.stakeholder))
        problems.append({QStringLiteral("stakeholder"),
                         tr("The stakeholder must be one line of at most %1 characters.")
                             .arg(ScopeLimits::kStakeholder)});
    if (item.description.size() > ScopeLimits::kDescription)
        problems.append({QStringLiteral("description"),
                         tr("The description is %1 characters long; keep it under %2.")
                             .arg(item.description.size())
                             .arg(ScopeLimits::kDescription)});
    for (const QString& label : item.labels) {
        if (label.isEmpty() || label.size() > ScopeLimits::kLabel || hasControl(label) ||
            label.contains(u';')) {
            problems.append({QStringLiteral("labels"),
                             tr("Labels must be non-empty, at most %1 characters, on one line "
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

QString toAuditJson(const ScopeItem& s) {
    // Keys in QJsonObject's (sorted) order.
    QString out;
    out.reserve(160 + s.title.size() + s.description.size());
    out += QLatin1String("{\"description\":");
    appendJsonString(out, s.description);
    out += QLatin1String(",\"effort\":");
    out +=
        std::isfinite(s.effort)
            ? QString::fromLatin1(QByteArray::number(s.effort, 'g', QLocale::FloatingPointShortest))
            : QStringLiteral("null");
    out += QLatin1String(",\"external_key\":");
    appendJsonString(out, s.externalKey);
    out += QLatin1String(",\"id\":") + QString::number(s.id);
    out += QLatin1String(",\"kind\":\"") + QLatin1String(keyOf(kKinds, s.kind));
    out += QLatin1String("\",\"labels\":[");
    for (qsizetype i = 0; i < s.labels.size(); ++i) {
        if (i > 0)
            out += u',';
        appendJsonString(out, s.labels[i]);
    }
    out += QLatin1String("],\"priority\":\"") + QLatin1String(keyOf(kPriorities, s.priority));
    out += QLatin1String("\",\"release_id\":");
    out += s.releaseId > 0 ? QString::number(s.releaseId) : QStringLiteral("null");
    out += QLatin1String(",\"row_version\":") + QString::number(s.rowVersion);
    out += QLatin1String(",\"stakeholder\":");
    appendJsonString(out, s.stakeholder);
    out += QLatin1String(",\"status\":\"") + QLatin1String(keyOf(kStatuses, s.status));
    out += QLatin1String("\",\"title\":");
    appendJsonString(out, s.title);
    out += u'}';
    return out;
}

} // namespace slipway
