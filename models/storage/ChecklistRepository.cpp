// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecklistRepository)
};

QString doing() {
    return Text::tr("saving the closure checklist");
}

const QString kSelect = QStringLiteral(
    "SELECT release_id, item, state, reference, reason, settled_by, settled_at, row_version "
    "FROM closure_checklist");

std::optional<ChecklistItem> itemFrom(const QSqlQuery& q) {
    const auto key = checklistKeyFromKey(q.value(1).toString());
    if (!key)
        return std::nullopt;
    ChecklistItem item;
    item.releaseId = q.value(0).toLongLong();
    item.key = *key;
    item.state = checklistStateFromKey(q.value(2).toString()).value_or(ChecklistItem::State::Open);
    item.reference = q.value(3).toString();
    item.reason = q.value(4).toString();
    item.settledBy = q.value(5).toString();
    item.settledAt = q.value(6).toLongLong();
    item.rowVersion = q.value(7).toLongLong();
    return item;
}

} // namespace

ChecklistRepository::ChecklistRepository(Database& db)
    : m_db(db) {}

Result<QList<ChecklistItem>> ChecklistRepository::stored(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE release_id = ?"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<ChecklistItem> out;
    while (q.next()) {
        if (auto item = itemFrom(q))
            out << *item;
    }
    return out;
}

Result<std::optional<ChecklistItem>> ChecklistRepository::find(qint64 releaseId,
                                                               ChecklistKey key) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE release_id = ? AND item = ?"));
    q.addBindValue(releaseId);
    q.addBindValue(toKey(key));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return std::optional<ChecklistItem>();
    return itemFrom(q);
}

Result<ChecklistItem> ChecklistRepository::write(const ChecklistItem& item, const QString& actor,
                                                 qint64 now) {
    const bool open = item.state == ChecklistItem::State::Open;
    QSqlQuery q(m_db.connection());
    if (item.rowVersion <= 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO closure_checklist (release_id, item, state, reference, reason, "
            "settled_by, settled_at, row_version) SELECT ?, ?, ?, ?, ?, ?, ?, 1 WHERE NOT EXISTS "
            "(SELECT 1 FROM closure_checklist WHERE release_id = ? AND item = ?)"));
        q.addBindValue(item.releaseId);
        q.addBindValue(toKey(item.key));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE closure_checklist SET state = ?, reference = ?, reason = ?, settled_by = ?, "
            "settled_at = ?, row_version = row_version + 1 "
            "WHERE release_id = ? AND item = ? AND row_version = ?"));
    }
    q.addBindValue(toKey(item.state));
    q.addBindValue(
        sql::text(item.state == ChecklistItem::State::Done ? item.reference.trimmed() : QString()));
    q.addBindValue(sql::text(
        item.state == ChecklistItem::State::NotApplicable ? item.reason.trimmed() : QString()));
    q.addBindValue(sql::text(open ? QString() : actor));
    q.addBindValue(open ? qint64(0) : now);
    q.addBindValue(item.releaseId);
    q.addBindValue(toKey(item.key));
    if (item.rowVersion > 0)
        q.addBindValue(item.rowVersion);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    const int touched = q.numRowsAffected();
    auto after = find(item.releaseId, item.key);
    if (!after)
        return after.error();
    if (touched != 1 || !after->has_value()) {
        if (!after->has_value())
            return Error{Error::Kind::NotFound,
                         Text::tr("Checklist item “%1” no longer exists — reload.")
                             .arg(displayName(item.key))};
        const ChecklistItem& there = after->value();
        const QString when = there.settledAt > 0
                                 ? QDateTime::fromSecsSinceEpoch(there.settledAt, Qt::UTC)
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                 : Text::tr("an earlier moment");
        return Error{Error::Kind::Stale,
                     Text::tr("Checklist item “%1” was changed by %2 at %3 — reload.")
                         .arg(displayName(item.key),
                              there.settledBy.isEmpty() ? Text::tr("someone") : there.settledBy,
                              when)};
    }
    return after->value();
}

} // namespace slipway
