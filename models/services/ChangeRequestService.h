// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/ChangeRequest.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;

// Every change to a change request, audited under the request's own ticket; undo is another
// audited edit (restore after delete). A change whose risk answers are a complete
// questionnaire is scored by RiskClassifier on every write, whatever score it came with.
class ChangeRequestService : public QObject {
    Q_OBJECT
public:
    ChangeRequestService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<ChangeRequest>> all() const;
    Result<ChangeRequest> find(qint64 id) const;

    Result<ChangeRequest> create(const ChangeRequest& change);
    Result<ChangeRequest> update(const ChangeRequest& change);
    Result<void> remove(qint64 id, qint64 rowVersion);
    Result<ChangeRequest> restore(const ChangeRequest& change);

Q_SIGNALS:
    void changed(qint64 id);

private:
    Result<ChangeRequest> insert(const ChangeRequest& change, const QString& auditAction);

    Database& m_db;
    Session m_session;
};

} // namespace slipway
