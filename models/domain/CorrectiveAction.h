// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Release.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace slipway {

enum class CorrectiveState { Open, InProgress, Done, Dropped };
QString toKey(CorrectiveState state); // "open", "in_progress", "done", "dropped"
std::optional<CorrectiveState> correctiveStateFromKey(const QString& key);
QString correctiveStateLabel(CorrectiveState state); // translated

// What is done about a deviation of the adherence review, tracked to closure.
struct CorrectiveAction {
    qint64 id = 0;
    QString deviationKey; // Deviation::key
    qint64 releaseId = 0; // the deviation's release (kept if the deviation later disappears)
    QString title;        // what will be done
    QString owner;        // a person's name
    QDate due;
    CorrectiveState state = CorrectiveState::Open;
    QString note;        // how it was closed, or why dropped
    qint64 closedAt = 0; // UTC seconds when it became done or dropped; 0 while open
    QString createdBy;
    qint64 createdAt = 0;
    QString updatedBy;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
};

QList<CorrectiveState> allCorrectiveStates();
bool isClosed(CorrectiveState state); // done or dropped
// The release id a deviation key names ("KIND:RELEASE_ID:REFERENCE"); 0 when the key is not
// of that form or names no known kind.
qint64 releaseIdOfDeviationKey(const QString& key);

QList<FieldProblem> validateCorrectiveAction(const CorrectiveAction& action);
QJsonObject toJson(const CorrectiveAction& action);

} // namespace slipway
