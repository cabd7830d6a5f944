// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/ExitCriterion.h"
#include "domain/Result.h"

#include <QObject>

#include <functional>

namespace slipway {

class Database;

// A release's exit-criteria checklist: add, rename, check, waive (with a reason), reorder,
// remove; every change audited. Development is done when every criterion is settled.
class ExitCriteriaService : public QObject {
    Q_OBJECT
public:
    ExitCriteriaService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<ExitCriterion>> forRelease(qint64 releaseId) const;
    Result<ExitCompletion> completion(qint64 releaseId) const;
    Result<bool> developmentDone(qint64 releaseId) const;

    Result<ExitCriterion> add(qint64 releaseId, const QString& text);
    Result<ExitCriterion> find(qint64 id) const;
    // Text and state as given (what undo needs); `rowVersion` guards it.
    Result<ExitCriterion> update(const ExitCriterion& criterion);
    Result<ExitCriterion> rename(qint64 id, qint64 rowVersion, const QString& text);
    Result<ExitCriterion> check(qint64 id, qint64 rowVersion);
    Result<ExitCriterion> waive(qint64 id, qint64 rowVersion, const QString& reason);
    // Back to open: clears a check or a waiver.
    Result<ExitCriterion> uncheck(qint64 id, qint64 rowVersion);
    // Sets the state exactly (what undo needs): checked, waived with `reason`, or open.
    Result<ExitCriterion> settle(qint64 id, qint64 rowVersion, bool checked, bool waived,
                                 const QString& reason);
    // `ids` are all of the release's criteria in their new order.
    Result<void> reorder(qint64 releaseId, const QList<qint64>& ids);
    Result<void> remove(qint64 id, qint64 rowVersion);
    // Brings back a deleted criterion under its old id and position (audited as restore). A
    // criterion checked or waived comes back so only as the audit log recorded it settled.
    Result<ExitCriterion> restore(const ExitCriterion& criterion);

Q_SIGNALS:
    void criteriaChanged(qint64 releaseId);

private:
    Result<ExitCriterion> change(qint64 id, qint64 rowVersion, const QString& auditAction,
                                 const std::function<Result<void>(ExitCriterion&)>& edit);
    Result<ExitCriterion> insert(const ExitCriterion& criterion, const QString& auditAction);
    Result<void> settledAsLogged(const ExitCriterion& criterion) const;

    Database& m_db;
    Session m_session;
};

} // namespace slipway
