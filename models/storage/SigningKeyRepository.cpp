// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigningKeyRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("SigningKeyRepository", "saving a signing key");
}

const QString kSelect =
    QStringLiteral("SELECT id, kind, fingerprint, label, key_text, added_by, added_at, "
                   "row_version FROM signing_keys");

SigningKey keyFrom(const QSqlQuery& q) {
    SigningKey k;
    k.id = q.value(0).toLongLong();
    k.kind = q.value(1).toString() == u"minisign" ? SigningKey::Kind::Minisign
                                                  : SigningKey::Kind::OpenPgp;
    k.fingerprint = q.value(2).toString();
    k.label = q.value(3).toString();
    k.keyText = q.value(4).toString();
    k.addedBy = q.value(5).toString();
    k.addedAt = q.value(6).toLongLong();
    k.rowVersion = q.value(7).toLongLong();
    return k;
}

} // namespace

SigningKeyRepository::SigningKeyRepository(Database& db)
    : m_db(db) {}

Result<QList<SigningKey>> SigningKeyRepository::all() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY fingerprint")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<SigningKey> out;
    while (q.next())
        out.append(keyFrom(q));
    return out;
}

Result<SigningKey> SigningKeyRepository::find(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("SigningKeyRepository",
                                                 "Signing key %1 no longer exists — reload.")
                         .arg(id)};
    return keyFrom(q);
}

Result<SigningKey> SigningKeyRepository::insert(const SigningKey& k, const QString& actor,
                                                qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("signing_keys"),
        QStringLiteral("kind, fingerprint, label, key_text, added_by, added_at, row_version"),
        QStringLiteral("?, ?, ?, ?, ?, ?, 1"), k.id);
    q.addBindValue(SigningKey::toKey(k.kind));
    q.addBindValue(k.fingerprint);
    q.addBindValue(sql::text(k.label));
    q.addBindValue(k.keyText);
    q.addBindValue(sql::text(actor));
    q.addBindValue(now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<void> SigningKeyRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("signing_keys"), id, expectedRowVersion, {},
                                doing());
}

} // namespace slipway
