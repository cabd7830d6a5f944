// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/CorrectiveAction.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;

// Corrective actions attached to deviations of the adherence review, tracked to closure.
// Every change is one audited write under ManageCorrectiveActions (release managers and
// auditors); restore() puts a removed action back for undo.
class CorrectiveActionService : public QObject {
    Q_OBJECT
public:
    CorrectiveActionService(Database& db, Session session, QObject* parent = nullptr);

    // All actions, or those of one deviation; by due date, then id.
    Result<QList<CorrectiveAction>> list(const QString& deviationKey = {}) const;
    Result<CorrectiveAction> find(qint64 id) const;

    Result<CorrectiveAction> create(const CorrectiveAction& action);
    // Title, owner, due date, state and note; closedAt follows the state.
    Result<CorrectiveAction> update(const CorrectiveAction& action);
    Result<void> remove(qint64 id, qint64 rowVersion);
    Result<CorrectiveAction> restore(const CorrectiveAction& action);

Q_SIGNALS:
    void actionsChanged();

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
