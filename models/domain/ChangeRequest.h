// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Release.h"
#include "RiskTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

enum class ChangeType { Standard, Normal, Emergency };

QString toKey(ChangeType type); // "standard", "normal", "emergency"
std::optional<ChangeType> changeTypeFromKey(const QString& key);
QString displayName(ChangeType type);

// A request to the Change Advisory Board to let a change (usually a release) go to
// production, with its risk assessment and the plans the board reads before deciding.
struct ChangeRequest {
    qint64 id = 0;
    QString ticket; // "CHG0041234"
    qint64 releaseId = 0;
    QString summary;
    ChangeType type = ChangeType::Normal;
    QJsonObject riskAnswers; // the risk questionnaire, question key to answer
    int riskScore = 0;
    RiskLevel riskLevel = RiskLevel::Medium;
    QStringList riskDrivers; // what raised the level, one sentence each
    QString implementationPlan;
    QString rollbackPlan;
    QString requestedBy; // a login or name
    qint64 requestedAt = 0;
    QString serviceOwner;
    qint64 plannedStart = 0; // UTC; the window of a change without a release
    qint64 plannedEnd = 0;
    QStringList tags; // lower case, sorted: "sox", "pci" …
    qint64 rowVersion = 0;

    bool hasTag(const QString& tag) const;
};

QList<FieldProblem> validateChangeRequest(const ChangeRequest& change);
// Tags as stored: lower case, single words, sorted, each once ("SOX, pci" → pci, sox).
QStringList normalisedTags(const QString& text);
QJsonObject toJson(const ChangeRequest& change);

} // namespace slipway
