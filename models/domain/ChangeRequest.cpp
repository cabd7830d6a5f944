// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeRequest.h"

#include "FieldLimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChangeRequest)
};

} // namespace

QString toKey(ChangeType type) {
    switch (type) {
    case ChangeType::Standard:
        return QStringLiteral("standard");
    case ChangeType::Normal:
        return QStringLiteral("normal");
    case ChangeType::Emergency:
        return QStringLiteral("emergency");
    }
    return {};
}

std::optional<ChangeType> changeTypeFromKey(const QString& key) {
    for (ChangeType t : {ChangeType::Standard, ChangeType::Normal, ChangeType::Emergency})
        if (toKey(t) == key)
            return t;
    return std::nullopt;
}

QString displayName(ChangeType type) {
    switch (type) {
    case ChangeType::Standard:
        return Text::tr("Standard");
    case ChangeType::Normal:
        return Text::tr("Normal");
    case ChangeType::Emergency:
        return Text::tr("Emergency");
    }
    return {};
}

bool ChangeRequest::hasTag(const QString& tag) const {
    return tags.contains(tag, Qt::CaseInsensitive);
}

QList<FieldProblem> validateChangeRequest(const ChangeRequest& c) {
    QList<FieldProblem> problems;
    if (c.ticket.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("ticket"), Text::tr("A change request needs a ticket id.")});
    if (c.summary.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("summary"), Text::tr("Say in a line what the change does.")});
    if (c.requestedBy.trimmed().isEmpty())
        problems.append({QStringLiteral("requestedBy"), Text::tr("Say who requests the change.")});
    if ((c.plannedStart > 0) != (c.plannedEnd > 0) ||
        (c.plannedStart > 0 && c.plannedEnd <= c.plannedStart))
        problems.append({QStringLiteral("plannedEnd"),
                         Text::tr("A planned window needs a start and an end after it.")});
    for (const QString& tag : c.tags)
        if (tag.trimmed().isEmpty() || tag.contains(u' '))
            problems.append(
                {QStringLiteral("tags"), Text::tr("Tags are single words, not \"%1\".").arg(tag)});
    FieldLimits::check(
        problems,
        {{"ticket", QT_TRANSLATE_NOOP("FieldLimits", "The ticket"), c.ticket, FieldLimits::kName},
         {"summary", QT_TRANSLATE_NOOP("FieldLimits", "The summary"), c.summary,
          FieldLimits::kNote},
         {"implementationPlan", QT_TRANSLATE_NOOP("FieldLimits", "The implementation plan"),
          c.implementationPlan, FieldLimits::kText},
         {"rollbackPlan", QT_TRANSLATE_NOOP("FieldLimits", "The rollback plan"), c.rollbackPlan,
          FieldLimits::kText},
         {"requestedBy", QT_TRANSLATE_NOOP("FieldLimits", "The requester"), c.requestedBy,
          FieldLimits::kName},
         {"serviceOwner", QT_TRANSLATE_NOOP("FieldLimits", "The service owner"), c.serviceOwner,
          FieldLimits::kName}});
    return problems;
}

QStringList normalisedTags(const QString& text) {
    QStringList tags;
    for (const QString& t :
         text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        const QString tag = t.toLower();
        if (!tags.contains(tag))
            tags << tag;
    }
    tags.sort();
    return tags;
}

QJsonObject toJson(const ChangeRequest& c) {
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("ticket"), c.ticket},
        {QStringLiteral("release_id"), c.releaseId > 0 ? QJsonValue(c.releaseId) : QJsonValue()},
        {QStringLiteral("summary"), c.summary},
        {QStringLiteral("type"), toKey(c.type)},
        {QStringLiteral("risk_answers"), c.riskAnswers},
        {QStringLiteral("risk_score"), c.riskScore},
        {QStringLiteral("risk_level"), toKey(c.riskLevel)},
        {QStringLiteral("risk_drivers"), QJsonArray::fromStringList(c.riskDrivers)},
        {QStringLiteral("implementation_plan"), c.implementationPlan},
        {QStringLiteral("rollback_plan"), c.rollbackPlan},
        {QStringLiteral("requested_by"), c.requestedBy},
        {QStringLiteral("requested_at"), c.requestedAt},
        {QStringLiteral("service_owner"), c.serviceOwner},
        {QStringLiteral("planned_start"),
         c.plannedStart > 0 ? QJsonValue(c.plannedStart) : QJsonValue()},
        {QStringLiteral("planned_end"), c.plannedEnd > 0 ? QJsonValue(c.plannedEnd) : QJsonValue()},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("row_version"), c.rowVersion},
    };
}

} // namespace slipway
