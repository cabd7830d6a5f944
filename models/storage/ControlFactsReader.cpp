// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlFactsReader.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

constexpr int kControlsSchema = 23;

QString doing() {
    return QCoreApplication::translate("ControlFactsReader", "reading what the controls need");
}

// Runs `sql` with the release bound `binds` times when one is asked for; each row handed on.
template <typename Row>
Result<void> forEachRow(Database& db, const QString& sql, qint64 releaseId, int binds, Row&& row) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return db.errorFrom(q.lastError(), doing());
    if (releaseId > 0)
        for (int i = 0; i < binds; ++i)
            q.addBindValue(releaseId);
    if (!q.exec())
        return db.errorFrom(q.lastError(), doing());
    while (q.next())
        row(q);
    return {};
}

// The statuses whose guards, or the next move's, ask for the controls: Deployed, and Closed
// for the releases still to close. Closed releases are judged one at a time only, as closure
// facts are: their number only grows, and every refresh of the guard state would read them.
const QString kNearProduction =
    QStringLiteral(" IN (SELECT r.id FROM releases r WHERE r.status IN ('approved', 'deploying', "
                   "'deployed', 'rolled_back'))");

} // namespace

ControlFactsReader::ControlFactsReader(Database& db)
    : m_db(db) {}

Result<QHash<qint64, ControlFacts>> ControlFactsReader::read(qint64 releaseId) const {
    return readScoped(releaseId,
                      releaseId > 0 ? QStringLiteral(" = ?") : QStringLiteral(" IS NOT NULL"));
}

Result<QHash<qint64, ControlFacts>> ControlFactsReader::readNearProduction() const {
    return readScoped(0, kNearProduction);
}

Result<QHash<qint64, ControlFacts>> ControlFactsReader::readScoped(qint64 releaseId,
                                                                   const QString& wide) const {
    // The tags are read over the whole scope; every other row only for the releases that carry
    // one, so untagged releases' rows are never fetched.
    const QString tagged =
        QStringLiteral(" IN (SELECT t.release_id FROM release_tags t WHERE t.release_id") + wide +
        QStringLiteral(" UNION SELECT c.release_id FROM change_request_tags t JOIN "
                       "change_requests c ON c.id = t.change_id WHERE c.release_id") +
        wide + QStringLiteral(")");
    const QString& scope = releaseId > 0 ? wide : tagged;
    QHash<qint64, ControlFacts> facts;
    if (m_db.schemaVersion() < kControlsSchema)
        return facts;
    if (releaseId > 0) {
        ControlFacts own;
        own.releaseId = releaseId;
        facts.insert(releaseId, own);
    }
    auto done = forEachRow(
        m_db,
        QStringLiteral("SELECT t.release_id, t.tag FROM release_tags t WHERE t.release_id") + wide +
            QStringLiteral(" UNION SELECT c.release_id, t.tag FROM change_request_tags t JOIN "
                           "change_requests c ON c.id = t.change_id WHERE c.release_id") +
            wide,
        releaseId, 2, [&](const QSqlQuery& q) {
            const qint64 id = q.value(0).toLongLong();
            auto it = facts.find(id);
            if (it == facts.end()) {
                it = facts.insert(id, ControlFacts{});
                it->releaseId = id;
            }
            it->tags.insert(q.value(1).toString());
        });
    if (!done)
        return done.error();
    if (facts.isEmpty())
        return facts;

    // People by every name the file writes them under, and their roles.
    QHash<QString, QString> aliases;
    QHash<QString, QSet<QString>> rolesOf;
    done = forEachRow(m_db,
                      QStringLiteral("SELECT p.name, p.login, p.email, r.role FROM people p LEFT "
                                     "JOIN person_roles r ON r.person_id = p.id"),
                      0, 0, [&](const QSqlQuery& q) {
                          const QString name = q.value(0).toString().trimmed();
                          aliases.insert(name.toLower(), name);
                          const QString login = q.value(1).toString().trimmed();
                          if (!login.isEmpty())
                              aliases.insert(login.toLower(), name);
                          const QString handle =
                              q.value(2).toString().section(u'@', 0, 0).trimmed();
                          if (!handle.isEmpty() && !aliases.contains(handle.toLower()))
                              aliases.insert(handle.toLower(), name);
                          if (!q.value(3).isNull())
                              rolesOf[name].insert(q.value(3).toString());
                      });
    if (!done)
        return done.error();
    const auto canon = [&aliases](const QString& who) {
        const QString trimmed = who.trimmed();
        return aliases.value(trimmed.toLower(), trimmed);
    };

    // Each change with its decisions in the order taken. The approvals that stand: a rejection
    // cancels those before it, as ApprovalRules has it.
    qint64 lastChange = 0;
    done = forEachRow(
        m_db,
        QStringLiteral("SELECT c.release_id, c.id, c.ticket, c.requested_by, d.outcome, "
                       "d.decided_by FROM change_requests c LEFT JOIN cab_decisions d ON "
                       "d.change_id = c.id AND d.withdrawn = 0 WHERE c.release_id") +
            scope +
            QStringLiteral(
                " ORDER BY c.release_id, c.id, d.decided_at NULLS FIRST, d.id NULLS FIRST"),
        releaseId, 1, [&](const QSqlQuery& q) {
            auto it = facts.find(q.value(0).toLongLong());
            if (it == facts.end())
                return;
            const qint64 changeId = q.value(1).toLongLong();
            if (changeId != lastChange || it->changes.isEmpty()) {
                lastChange = changeId;
                it->changes.append(
                    ControlFacts::Change{q.value(2).toString(), canon(q.value(3).toString()), {}});
            }
            ControlFacts::Change& change = it->changes.last();
            const QString outcome = q.value(4).toString();
            if (outcome == u"reject") {
                change.approvers.clear();
            } else if (outcome.startsWith(u"approve")) {
                const QString who = canon(q.value(5).toString());
                if (!change.approvers.contains(who, Qt::CaseInsensitive))
                    change.approvers << who;
            }
        });
    if (!done)
        return done.error();
    for (ControlFacts& f : facts)
        for (const ControlFacts::Change& c : std::as_const(f.changes))
            for (const QString& a : c.approvers)
                f.approverRoles.unite(rolesOf.value(a));

    // The release's gate criteria that take a file, those with it stored, and the approval
    // criteria someone gave (with the role they ask for), in one pass.
    done = forEachRow(
        m_db,
        QStringLiteral("SELECT g.release_id, gc.kind, gc.evidence_sha256 <> '', gc.role, "
                       "gc.checked_by FROM gate_criteria gc JOIN release_gates g ON g.id = "
                       "gc.gate_id WHERE (gc.evidence_sha256 <> '' OR gc.kind <> 'manual') AND "
                       "g.release_id") +
            scope,
        releaseId, 1, [&](const QSqlQuery& q) {
            auto it = facts.find(q.value(0).toLongLong());
            if (it == facts.end())
                return;
            const QString kind = q.value(1).toString();
            if (kind != u"approval")
                ++it->evidenceCriteria;
            if (q.value(2).toInt() != 0) {
                ++it->evidenceItems;
                if (kind == u"security")
                    ++it->securityScans;
            }
            if (kind == u"approval" && !q.value(4).toString().isEmpty()) {
                if (!q.value(3).toString().isEmpty())
                    it->approverRoles.insert(q.value(3).toString());
                it->approverRoles.unite(rolesOf.value(canon(q.value(4).toString())));
            }
        });
    if (!done)
        return done.error();

    done = forEachRow(m_db,
                      QStringLiteral("SELECT d.release_id, d.deployed_by FROM deployments d JOIN "
                                     "environments e ON e.id = d.environment_id WHERE e.kind = "
                                     "'prod' AND d.release_id") +
                          scope + QStringLiteral(" ORDER BY d.deployed_at, d.id"),
                      releaseId, 1, [&](const QSqlQuery& q) {
                          auto it = facts.find(q.value(0).toLongLong());
                          if (it == facts.end())
                              return;
                          const QString who = canon(q.value(1).toString());
                          if (!it->deployers.contains(who, Qt::CaseInsensitive))
                              it->deployers << who;
                      });
    if (!done)
        return done.error();

    done = forEachRow(
        m_db,
        QStringLiteral("SELECT g.release_id, f.severity, COUNT(*) FROM gate_findings f JOIN "
                       "gate_criteria gc ON gc.id = f.criterion_id JOIN release_gates g ON g.id "
                       "= gc.gate_id WHERE f.suppressed = 0 AND NOT EXISTS (SELECT 1 FROM "
                       "finding_reviews r WHERE r.criterion_id = f.criterion_id AND "
                       "r.fingerprint = f.fingerprint) AND g.release_id") +
            scope + QStringLiteral(" GROUP BY g.release_id, f.severity"),
        releaseId, 1, [&](const QSqlQuery& q) {
            auto it = facts.find(q.value(0).toLongLong());
            if (it != facts.end())
                it->openFindings[q.value(1).toString()] += q.value(2).toInt();
        });
    if (!done)
        return done.error();

    done = forEachRow(
        m_db,
        QStringLiteral("SELECT release_id, control_id, outcome, reference, "
                       "recorded_by, recorded_at FROM release_control_records "
                       "WHERE release_id") +
            scope,
        releaseId, 1, [&](const QSqlQuery& q) {
            auto it = facts.find(q.value(0).toLongLong());
            if (it == facts.end())
                return;
            ControlRecord r;
            r.releaseId = it.key();
            r.controlId = q.value(1).toLongLong();
            r.outcome = controlOutcomeFromKey(q.value(2).toString()).value_or(ControlOutcome::Met);
            r.reference = q.value(3).toString();
            r.recordedBy = q.value(4).toString();
            r.recordedAt = q.value(5).toLongLong();
            it->records.insert(r.controlId, r);
        });
    if (!done)
        return done.error();
    QHash<QString, QStringList> aliasesOf;
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it)
        aliasesOf[it.value().toLower()] << it.key();
    for (ControlFacts& f : facts)
        f.aliasesOf = aliasesOf;
    return facts;
}

} // namespace slipway
