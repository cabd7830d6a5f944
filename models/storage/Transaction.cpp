// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {

Transaction::Transaction(Database& db)
    : m_db(db) {}

Transaction::~Transaction() {
    rollback();
}

Result<void> Transaction::begin() {
    if (m_db.isReadOnly())
        return Error{Error::Kind::ReadOnly,
                     QCoreApplication::translate("Database",
                                                 "%1 is open read-only (%2); changes are disabled.")
                         .arg(m_db.fileName(), m_db.readOnlyReason())};
    if (auto ready = m_db.prepareForWriting(); !ready)
        return ready;
    QSqlQuery q(m_db.connection());
    if (!q.exec(m_db.beginWrite()))
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate("Database", "saving"));
    m_open = true;
    ++m_db.m_openTransactions;
    return {};
}

Result<void> Transaction::commit() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e =
            m_db.errorFrom(q.lastError(), QCoreApplication::translate("Database", "saving"));
        rollback();
        return e;
    }
    m_open = false;
    --m_db.m_openTransactions;
    return {};
}

void Transaction::rollback() {
    if (!m_open)
        return;
    m_open = false;
    --m_db.m_openTransactions;
    // A connection found gone has nothing to roll back (the server did), and Qt would warn.
    if (!m_db.connection().isOpen())
        return;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace slipway
