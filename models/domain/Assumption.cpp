// SPDX-License-Identifier: GPL-3.0-or-later
#include "Assumption.h"

#include "FieldLimits.h"

#include <QCoreApplication>

namespace slipway {

QString toKey(AssumptionStatus status) {
    switch (status) {
    case AssumptionStatus::Open:
        return QStringLiteral("open");
    case AssumptionStatus::Confirmed:
        return QStringLiteral("confirmed");
    case AssumptionStatus::Broken:
        return QStringLiteral("broken");
    }
    return {};
}

std::optional<AssumptionStatus> assumptionStatusFromKey(const QString& key) {
    for (auto s : {AssumptionStatus::Open, AssumptionStatus::Confirmed, AssumptionStatus::Broken}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString displayName(AssumptionStatus status) {
    switch (status) {
    case AssumptionStatus::Open:
        return QCoreApplication::translate("Assumption", "Open");
    case AssumptionStatus::Confirmed:
        return QCoreApplication::translate("Assumption", "Confirmed");
    case AssumptionStatus::Broken:
        return QCoreApplication::translate("Assumption", "Broken");
    }
    return {};
}

QStringList allAssumptionStatusKeys() {
    return {QStringLiteral("open"), QStringLiteral("confirmed"), QStringLiteral("broken")};
}

QList<FieldProblem> validateAssumption(const Assumption& a) {
    QList<FieldProblem> problems;
    if (a.statement.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("statement"),
             QCoreApplication::translate("Assumption", "An assumption needs a statement.")});
    if (a.releaseId <= 0)
        problems.append(
            {QStringLiteral("release"),
             QCoreApplication::translate("Assumption", "An assumption belongs to a release.")});
    FieldLimits::check(
        problems,
        {{"statement", QT_TRANSLATE_NOOP("FieldLimits", "The statement"), a.statement,
          FieldLimits::kNote},
         {"owner", QT_TRANSLATE_NOOP("FieldLimits", "The owner"), a.owner, FieldLimits::kName},
         {"dependsOn", QT_TRANSLATE_NOOP("FieldLimits", "The depends on"), a.dependsOn,
          FieldLimits::kName},
         {"impact", QT_TRANSLATE_NOOP("FieldLimits", "The impact"), a.impact, FieldLimits::kNote}});
    return problems;
}

QJsonObject toJson(const Assumption& a) {
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("release_id"), a.releaseId},
        {QStringLiteral("statement"), a.statement},
        {QStringLiteral("owner"), a.owner},
        {QStringLiteral("due_date"),
         a.dueDate.isValid() ? QJsonValue(a.dueDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("status"), toKey(a.status)},
        {QStringLiteral("depends_on"), a.dependsOn},
        {QStringLiteral("impact"), a.impact},
        {QStringLiteral("row_version"), a.rowVersion},
    };
}

} // namespace slipway
