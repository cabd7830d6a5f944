// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Release.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace slipway {

enum class AssumptionStatus { Open, Confirmed, Broken };

// Something the release plan takes for granted, who checks it and by when.
struct Assumption {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString statement;
    QString owner;
    QDate dueDate; // a calendar date; null when none
    AssumptionStatus status = AssumptionStatus::Open;
    QString dependsOn; // the third party or external system it rests on
    QString impact;    // what happens to the release if it breaks
    qint64 rowVersion = 0;
};

QString toKey(AssumptionStatus status);
std::optional<AssumptionStatus> assumptionStatusFromKey(const QString& key);
QString displayName(AssumptionStatus status);
QStringList allAssumptionStatusKeys();

QList<FieldProblem> validateAssumption(const Assumption& assumption);
QJsonObject toJson(const Assumption& assumption);

} // namespace slipway
