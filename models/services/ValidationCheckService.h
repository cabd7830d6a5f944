// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Result.h"
#include "domain/ValidationCheck.h"

#include <QHash>
#include <QObject>

namespace slipway {

class Database;

// The post-deployment checks of releases and services, and their stored results. Every edit
// of a check is one audited write under EditValidation (undo uses the same calls with the
// earlier image); results are recorded under RunValidation, without an audit entry each
// (4,320 a day per check), and appear in the audit log as one "validate" entry per run of
// `record()` that changed the release's validation state.
class ValidationCheckService : public QObject {
    Q_OBJECT
public:
    ValidationCheckService(Database& db, Session session, QObject* parent = nullptr);
    const Session& session() const { return m_session; }

    // The checks that apply to the release: its own and those of its services (product
    // included), by name.
    Result<QList<ValidationCheck>> forRelease(qint64 releaseId) const;
    Result<QList<ValidationCheck>> forService(qint64 serviceId) const;
    Result<ValidationCheck> find(qint64 checkId) const;

    Result<ValidationCheck> create(const ValidationCheck& check);
    // Stale when `check.rowVersion` is not the stored one.
    Result<ValidationCheck> update(const ValidationCheck& check);
    Result<void> remove(qint64 checkId, qint64 rowVersion);
    // Undo of remove(): back under its old id, with the results this service removed with it
    // (those of releases that still exist); said in the audit.
    Result<ValidationCheck> restore(const ValidationCheck& check);
    // Checks from a JSON file: {"checks": [{name, kind, schedule_hours, interval_min,
    // definition…}]} for the release; all or nothing; one line naming the file and the JSON
    // path of what is wrong. Returns the created checks.
    Result<QList<ValidationCheck>> importFile(qint64 releaseId, const QString& path);

    // Stores results of one run (any number of checks), in one transaction.
    Result<void> record(const QList<CheckResult>& results);
    // A check's results for the release in [fromMs, toMs), oldest first.
    Result<QList<CheckResult>> results(qint64 checkId, qint64 releaseId, qint64 fromMs = 0,
                                       qint64 toMs = 0) const;
    // The latest result of each check of the release: check id → result.
    Result<QHash<qint64, CheckResult>> latest(qint64 releaseId) const;
    // Every release's validation state (checks and stored metric verdicts), in a few grouped
    // queries: for the Releases table and the calendar.
    Result<QHash<qint64, ValidationState>> states() const;
    // The scheduler's question: each enabled check with a schedule that is due at `nowMs` for a
    // release inside the check's hours after its first production deployment (never run for
    // it, or last run at least interval_min ago), with that release's id.
    Result<QList<QPair<ValidationCheck, qint64>>> due(qint64 nowMs) const;

Q_SIGNALS:
    void checksChanged(qint64 releaseId); // 0: a service's checks (every release of it)
    void resultsRecorded(qint64 releaseId);

private:
    Result<qint64> restoreResults(qint64 checkId);

    Database& m_db;
    Session m_session;
    // The results removed with each check by remove(), for restore().
    QHash<qint64, QList<CheckResult>> m_removedResults;
};

} // namespace slipway
