// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectiveActionRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CorrectiveActionRepository)
};

QString doing() {
    return Text::tr("saving a corrective action");
}

const QString kTable = QStringLiteral("corrective_actions");

const QString kSelect = QStringLiteral(
    "SELECT id, deviation_key, release_id, title, owner, due_date, state, note, closed_at, "
    "created_by, created_at, updated_by, updated_at, row_version FROM corrective_actions");

const QString kOrder = QStringLiteral(" ORDER BY due_date, id");

CorrectiveAction actionFrom(const QSqlQuery& q) {
    CorrectiveAction a;
    a.id = q.value(0).toLongLong();
    a.deviationKey = q.value(1).toString();
    a.releaseId = q.value(2).toLongLong();
    a.title = q.value(3).toString();
    a.owner = q.value(4).toString();
    a.due = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    a.state = correctiveStateFromKey(q.value(6).toString()).value_or(CorrectiveState::Open);
    a.note = q.value(7).toString();
    a.closedAt = q.value(8).toLongLong();
    a.createdBy = q.value(9).toString();
    a.createdAt = q.value(10).toLongLong();
    a.updatedBy = q.value(11).toString();
    a.updatedAt = q.value(12).toLongLong();
    a.rowVersion = q.value(13).toLongLong();
    return a;
}

// The fields an update may change, in the order both statements bind them.
void bindFields(QSqlQuery& q, const CorrectiveAction& a) {
    q.addBindValue(sql::text(a.title.trimmed()));
    q.addBindValue(sql::text(a.owner.trimmed()));
    q.addBindValue(a.due.toString(Qt::ISODate));
    q.addBindValue(toKey(a.state));
    q.addBindValue(sql::text(a.note.trimmed()));
    q.addBindValue(a.closedAt);
}

} // namespace

CorrectiveActionRepository::CorrectiveActionRepository(Database& db)
    : m_db(db) {}

Result<QList<CorrectiveAction>>
CorrectiveActionRepository::list(const QString& deviationKey) const {
    QSqlQuery q(m_db.connection());
    if (deviationKey.isEmpty()) {
        q.prepare(kSelect + kOrder);
    } else {
        q.prepare(kSelect + QStringLiteral(" WHERE deviation_key = ?") + kOrder);
        q.addBindValue(deviationKey);
    }
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<CorrectiveAction> out;
    while (q.next())
        out << actionFrom(q);
    return out;
}

Result<QList<CorrectiveAction>>
CorrectiveActionRepository::forDeviations(const QStringList& deviationKeys) const {
    if (deviationKeys.isEmpty())
        return QList<CorrectiveAction>();
    // One pass over the table: the actions are few next to the deviations a year can hold, and
    // a statement with thousands of bound keys would run into the driver's parameter limit.
    auto all = list();
    if (!all)
        return all.error();
    const QSet<QString> wanted(deviationKeys.cbegin(), deviationKeys.cend());
    QList<CorrectiveAction> out;
    for (const CorrectiveAction& a : all.value())
        if (wanted.contains(a.deviationKey))
            out << a;
    return out;
}

Result<CorrectiveAction> CorrectiveActionRepository::find(qint64 id) const {
    QSqlQuery q(m_db.connection());
    if (auto found =
            sql::selectById(m_db, q, kSelect, id, doing(),
                            Text::tr("Corrective action %1 no longer exists — reload.").arg(id));
        !found)
        return found.error();
    return actionFrom(q);
}

Result<CorrectiveAction> CorrectiveActionRepository::insert(const CorrectiveAction& a,
                                                            const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("corrective_actions"),
        QStringLiteral("deviation_key, release_id, title, owner, due_date, state, note, closed_at, "
                       "row_version, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), a.id);
    q.addBindValue(a.deviationKey.trimmed());
    q.addBindValue(a.releaseId);
    bindFields(q, a);
    if (a.id > 0 && a.createdAt > 0 && !a.createdBy.isEmpty()) {
        // A removed action put back keeps who created it and when.
        q.addBindValue(a.createdBy);
        q.addBindValue(a.createdAt);
        q.addBindValue(actor);
        q.addBindValue(now);
    } else {
        sql::bindCreated(q, actor, now);
    }
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(a.id > 0 ? a.id : inserted.value());
}

Result<CorrectiveAction> CorrectiveActionRepository::update(const CorrectiveAction& a,
                                                            const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE corrective_actions SET title = ?, owner = ?, due_date = ?, state = ?, note = ?, "
        "closed_at = ?, row_version = row_version + 1, updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    bindFields(q, a);
    sql::bindUpdated(q, actor, now, a.id, a.rowVersion);
    if (auto updated = sql::changeVersioned(m_db, q, kTable, a.id, a.title, doing()); !updated)
        return updated.error();
    return find(a.id);
}

Result<void> CorrectiveActionRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, kTable, id, expectedRowVersion, QStringLiteral("title"),
                                doing());
}

} // namespace slipway
