// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistributionListRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("DistributionListRepository", "saving a distribution list");
}

const QString kSelect =
    QStringLiteral("SELECT id, name, description, time_zone, row_version FROM distribution_lists");

DistributionList listFrom(const QSqlQuery& q) {
    DistributionList l;
    l.id = q.value(0).toLongLong();
    l.name = q.value(1).toString();
    l.description = q.value(2).toString();
    l.zone = q.value(3).toString();
    l.rowVersion = q.value(4).toLongLong();
    return l;
}

} // namespace

DistributionListRepository::DistributionListRepository(Database& db)
    : m_db(db) {}

Result<void> DistributionListRepository::readMembers(DistributionList& list) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT name, address FROM distribution_members WHERE list_id = ? ORDER BY position"));
    q.addBindValue(list.id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    list.members.clear();
    while (q.next())
        list.members.append({q.value(0).toString(), q.value(1).toString()});
    return {};
}

Result<QList<DistributionList>> DistributionListRepository::all() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY lower(name)")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<DistributionList> out;
    while (q.next())
        out.append(listFrom(q));
    for (DistributionList& l : out)
        if (auto read = readMembers(l); !read)
            return read.error();
    return out;
}

Result<DistributionList> DistributionListRepository::find(qint64 id) const {
    const QString gone = QCoreApplication::translate(
        "DistributionListRepository", "Distribution list %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, id, doing(), gone.arg(id)); !found)
        return found.error();
    DistributionList l = listFrom(q);
    if (auto read = readMembers(l); !read)
        return read.error();
    return l;
}

Result<DistributionList> DistributionListRepository::findByName(const QString& name) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM distribution_lists WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("DistributionListRepository",
                                                 "There is no distribution list '%1'.")
                         .arg(name)};
    return find(q.value(0).toLongLong());
}

Result<DistributionList> DistributionListRepository::insert(const DistributionList& l,
                                                            const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("distribution_lists"),
        QStringLiteral(
            "name, description, time_zone, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?"), l.id);
    q.addBindValue(l.name.trimmed());
    q.addBindValue(sql::text(l.description));
    q.addBindValue(sql::text(l.zone));
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    if (auto w = writeMembers(inserted.value(), l.members); !w)
        return w.error();
    return find(inserted.value());
}

Result<DistributionList> DistributionListRepository::update(const DistributionList& l,
                                                            const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE distribution_lists SET name = ?, description = ?, time_zone = ?, "
                       "row_version = row_version + 1, updated_by = ?, updated_at = ? "
                       "WHERE id = ? AND row_version = ?"));
    q.addBindValue(l.name.trimmed());
    q.addBindValue(sql::text(l.description));
    q.addBindValue(sql::text(l.zone));
    sql::bindUpdated(q, actor, now, l.id, l.rowVersion);
    const auto updated =
        sql::changeVersioned(m_db, q, QStringLiteral("distribution_lists"), l.id, l.name, doing());
    if (!updated)
        return updated.error();
    if (auto w = writeMembers(l.id, l.members); !w)
        return w.error();
    return find(l.id);
}

Result<void> DistributionListRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("distribution_lists"), id, expectedRowVersion,
                                QStringLiteral("name"), doing());
}

Result<void> DistributionListRepository::writeMembers(qint64 id, const QList<Recipient>& members) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM distribution_members WHERE list_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    q.prepare(QStringLiteral("INSERT INTO distribution_members (list_id, position, name, address) "
                             "VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < members.size(); ++i) {
        q.addBindValue(id);
        q.addBindValue(i);
        q.addBindValue(sql::text(members[i].name.trimmed()));
        q.addBindValue(members[i].address.trimmed());
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
    }
    return {};
}

} // namespace slipway
