// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeFixture.h"

#include "storage/Database.h"
#include "storage/ScopeRepository.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace slipway::test {

ScopeFixture::ScopeFixture(Database& db)
    : m_db(db) {}

qint64 ScopeFixture::addRelease(const QString& name, const QString& version, int daysFromNow,
                                std::optional<double> capacity) {
    const qint64 start = QDateTime::currentSecsSinceEpoch() + qint64(daysFromNow) * 86400;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO releases (name, version, type, status, window_start, window_end, capacity, "
        "created_by, created_at, updated_by, updated_at) "
        "VALUES (?, ?, 'minor', 'planned', ?, ?, ?, 'fixture', 0, 'fixture', 0) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(version);
    q.addBindValue(start);
    q.addBindValue(start + 3600);
    q.addBindValue(capacity ? QVariant(*capacity) : QVariant(QMetaType::fromType<double>()));
    if (!q.exec() || !q.next())
        qFatal("fixture release: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

qint64 ScopeFixture::addItem(const QString& title, ScopeStatus status, qint64 releaseId,
                             double effort, ScopeKind kind, const QString& externalKey) {
    ScopeItem item;
    item.title = title;
    item.status = status;
    item.releaseId = releaseId;
    item.effort = effort;
    item.kind = kind;
    item.externalKey = externalKey;
    Transaction tx(m_db);
    if (!tx.begin())
        qFatal("fixture: cannot begin");
    auto stored = ScopeRepository(m_db).insert(item, QStringLiteral("fixture"), 0);
    if (!stored || !tx.commit())
        qFatal("fixture item: %s", qPrintable(stored ? QString() : stored.error().message));
    return stored->id;
}

void ScopeFixture::addDependency(qint64 itemId, qint64 needsId) {
    Transaction tx(m_db);
    if (!tx.begin() ||
        !ScopeRepository(m_db).addDependency(itemId, needsId, QStringLiteral("fixture"), 0) ||
        !tx.commit())
        qFatal("fixture dependency");
}

} // namespace slipway::test
