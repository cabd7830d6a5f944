// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("ReviewRepository", "saving a post-implementation review");
}

const QString kReviewSelect = QStringLiteral(
    "SELECT id, release_id, state, summary, went_well, went_badly, factors, lessons, due_at, "
    "done_at, done_by, row_version FROM post_reviews");

const QString kActionSelect =
    QStringLiteral("SELECT id, release_id, title, owner, due_at, state, done_at, row_version "
                   "FROM review_actions");

PostReview reviewFrom(const QSqlQuery& q) {
    PostReview r;
    r.id = q.value(0).toLongLong();
    r.releaseId = q.value(1).toLongLong();
    r.state = reviewStateFromKey(q.value(2).toString()).value_or(PostReview::State::Draft);
    r.summary = q.value(3).toString();
    r.wentWell = q.value(4).toString();
    r.wentBadly = q.value(5).toString();
    r.factors = q.value(6).toString();
    r.lessons = q.value(7).toString();
    r.dueAt = q.value(8).toLongLong();
    r.doneAt = q.value(9).toLongLong();
    r.doneBy = q.value(10).toString();
    r.rowVersion = q.value(11).toLongLong();
    return r;
}

ReviewAction actionFrom(const QSqlQuery& q) {
    ReviewAction a;
    a.id = q.value(0).toLongLong();
    a.releaseId = q.value(1).toLongLong();
    a.title = q.value(2).toString();
    a.owner = q.value(3).toString();
    a.dueAt = q.value(4).toLongLong();
    a.state = actionStateFromKey(q.value(5).toString()).value_or(ReviewAction::State::Open);
    a.doneAt = q.value(6).toLongLong();
    a.rowVersion = q.value(7).toLongLong();
    return a;
}

void bindReview(QSqlQuery& q, const PostReview& r) {
    q.addBindValue(toKey(r.state));
    q.addBindValue(sql::text(r.summary.trimmed()));
    q.addBindValue(sql::text(r.wentWell.trimmed()));
    q.addBindValue(sql::text(r.wentBadly.trimmed()));
    q.addBindValue(sql::text(r.factors.trimmed()));
    q.addBindValue(sql::text(r.lessons.trimmed()));
    q.addBindValue(r.dueAt);
    q.addBindValue(r.doneAt);
    q.addBindValue(sql::text(r.doneBy));
}

void bindAction(QSqlQuery& q, const ReviewAction& a) {
    q.addBindValue(sql::text(a.title.trimmed()));
    q.addBindValue(sql::text(a.owner.trimmed()));
    q.addBindValue(a.dueAt);
    q.addBindValue(toKey(a.state));
    q.addBindValue(a.doneAt);
}

} // namespace

ReviewRepository::ReviewRepository(Database& db)
    : m_db(db) {}

Result<QList<PostReview>> ReviewRepository::selectReviews(const QString& where, qint64 arg) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kReviewSelect + where + QStringLiteral(" ORDER BY release_id"));
    if (arg > 0)
        q.addBindValue(arg);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<PostReview> out;
    while (q.next())
        out << reviewFrom(q);
    return out;
}

Result<std::optional<PostReview>> ReviewRepository::forRelease(qint64 releaseId) const {
    auto rows = selectReviews(QStringLiteral(" WHERE release_id = ?"), releaseId);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<PostReview>();
    return std::optional<PostReview>(rows->first());
}

Result<QList<PostReview>> ReviewRepository::all() const {
    return selectReviews(QString(), 0);
}

Result<PostReview> ReviewRepository::insert(const PostReview& r, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("post_reviews"),
        QStringLiteral(
            "release_id, state, summary, went_well, went_badly, factors, lessons, due_at, done_at, "
            "done_by, row_version, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), r.id);
    q.addBindValue(r.releaseId);
    bindReview(q, r);
    sql::bindCreated(q, actor, now);
    if (auto inserted = sql::insertReturningId(m_db, q, doing()); !inserted)
        return inserted.error();
    auto stored = forRelease(r.releaseId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{Error::Kind::Internal,
                     QCoreApplication::translate("ReviewRepository",
                                                 "The review of release %1 was not stored.")
                         .arg(r.releaseId)};
    return stored->value();
}

Result<PostReview> ReviewRepository::update(const PostReview& r, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE post_reviews SET state = ?, summary = ?, went_well = ?, went_badly = ?, "
        "factors = ?, lessons = ?, due_at = ?, done_at = ?, done_by = ?, "
        "row_version = row_version + 1, updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    bindReview(q, r);
    sql::bindUpdated(q, actor, now, r.id, r.rowVersion);
    const QString shown =
        QCoreApplication::translate("ReviewRepository", "the review of release %1")
            .arg(r.releaseId);
    if (auto updated =
            sql::changeVersioned(m_db, q, QStringLiteral("post_reviews"), r.id, shown, doing());
        !updated)
        return updated.error();
    auto stored = forRelease(r.releaseId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("ReviewRepository",
                                                 "The review of release %1 no longer exists — "
                                                 "reload.")
                         .arg(r.releaseId)};
    return stored->value();
}

Result<void> ReviewRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("post_reviews"), id, expectedRowVersion,
                                QString(), doing());
}

Result<QList<ReviewAction>> ReviewRepository::selectActions(const QString& where,
                                                            qint64 arg) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kActionSelect + where +
              QStringLiteral(" ORDER BY CASE WHEN due_at = 0 THEN 1 ELSE 0 END, due_at, id"));
    if (arg > 0)
        q.addBindValue(arg);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<ReviewAction> out;
    while (q.next())
        out << actionFrom(q);
    return out;
}

Result<QList<ReviewAction>> ReviewRepository::actions(qint64 releaseId) const {
    return selectActions(QStringLiteral(" WHERE release_id = ?"), releaseId);
}

Result<QList<ReviewAction>> ReviewRepository::openActions() const {
    return selectActions(QStringLiteral(" WHERE state = 'open'"), 0);
}

Result<ReviewAction> ReviewRepository::findAction(qint64 id) const {
    const QString gone = QCoreApplication::translate("ReviewRepository",
                                                     "Review action %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kActionSelect, id, doing(), gone.arg(id)); !found)
        return found.error();
    return actionFrom(q);
}

Result<ReviewAction> ReviewRepository::insertAction(const ReviewAction& a, const QString& actor,
                                                    qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("review_actions"),
        QStringLiteral("release_id, title, owner, due_at, state, done_at, row_version, created_by, "
                       "created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), a.id);
    q.addBindValue(a.releaseId);
    bindAction(q, a);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return findAction(a.id > 0 ? a.id : inserted.value());
}

Result<ReviewAction> ReviewRepository::updateAction(const ReviewAction& a, const QString& actor,
                                                    qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE review_actions SET title = ?, owner = ?, due_at = ?, state = ?, done_at = ?, "
        "row_version = row_version + 1, updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    bindAction(q, a);
    sql::bindUpdated(q, actor, now, a.id, a.rowVersion);
    if (auto updated =
            sql::changeVersioned(m_db, q, QStringLiteral("review_actions"), a.id, a.title, doing());
        !updated)
        return updated.error();
    return findAction(a.id);
}

Result<void> ReviewRepository::removeAction(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("review_actions"), id, expectedRowVersion,
                                QStringLiteral("title"), doing());
}

} // namespace slipway
