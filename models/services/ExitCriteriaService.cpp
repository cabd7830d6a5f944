// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExitCriteriaService.h"

#include "AuditHistory.h"
#include "AuditedWrite.h"
#include "domain/Login.h"
#include "storage/ExitCriteriaRepository.h"
#include "storage/StaleRow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <iterator>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExitCriteriaService)
};

const QString kEntity = QStringLiteral("exit_criterion");

Error emptyText() {
    return {Error::Kind::Validation, Text::tr("An exit criterion needs some text.")};
}

QJsonArray idArray(const QList<qint64>& ids) {
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

} // namespace

ExitCriteriaService::ExitCriteriaService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<ExitCriterion>> ExitCriteriaService::forRelease(qint64 releaseId) const {
    return ExitCriteriaRepository(m_db).forRelease(releaseId);
}

Result<ExitCompletion> ExitCriteriaService::completion(qint64 releaseId) const {
    auto criteria = forRelease(releaseId);
    if (!criteria)
        return criteria.error();
    return completionOf(criteria.value());
}

Result<bool> ExitCriteriaService::developmentDone(qint64 releaseId) const {
    auto c = completion(releaseId);
    if (!c)
        return c.error();
    return c->developmentDone();
}

Result<ExitCriterion> ExitCriteriaService::add(qint64 releaseId, const QString& text) {
    ExitCriterion e;
    e.releaseId = releaseId;
    e.text = text;
    e.position = -1;
    return insert(e, QStringLiteral("create"));
}

Result<ExitCriterion> ExitCriteriaService::restore(const ExitCriterion& criterion) {
    return insert(criterion, QStringLiteral("restore"));
}

Result<ExitCriterion> ExitCriteriaService::insert(const ExitCriterion& criterion,
                                                  const QString& auditAction) {
    if (criterion.text.trimmed().isEmpty())
        return emptyText();
    if (criterion.waived && criterion.waiverReason.trimmed().isEmpty())
        return Error{Error::Kind::Validation, tr("A waiver needs a reason.")};
    ExitCriterion stored;
    auto done = AuditedWrite::run(m_db, m_session, Action::EditScope, auditAction, kEntity,
                                  [&](qint64 now) -> Result<AuditedWrite::Logged> {
                                      if (auto ok = settledAsLogged(criterion); !ok)
                                          return ok.error();
                                      auto written = ExitCriteriaRepository(m_db).insert(
                                          criterion, m_session.actor, now);
                                      if (!written)
                                          return written.error();
                                      stored = written.value();
                                      return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
                                  });
    if (!done)
        return done.error();
    Q_EMIT criteriaChanged(stored.releaseId);
    return stored;
}

Result<void> ExitCriteriaService::settledAsLogged(const ExitCriterion& criterion) const {
    if (!criterion.checked && !criterion.waived)
        return {};
    // A criterion brought back checked or waived was settled so, by that person, as the log
    // last recorded: in a check or waiver, or in the entry that created it settled.
    const QString act = criterion.checked ? QStringLiteral("check") : QStringLiteral("waive");
    auto found = AuditHistory(m_db, kEntity, criterion.id, {QStringLiteral("create")})
                     .latest({QStringLiteral("check"), QStringLiteral("waive"),
                              QStringLiteral("uncheck"), QStringLiteral("create")});
    if (!found)
        return found.error();
    const std::optional<AuditEntry>& entry = found.value();
    bool confirmed = false;
    if (entry && sameLogin(entry->actor, criterion.settledBy)) {
        const QJsonObject created = QJsonDocument::fromJson(entry->afterJson.toUtf8()).object();
        confirmed =
            entry->action == act ||
            (entry->action == u"create" &&
             created.value(criterion.checked ? QStringLiteral("checked") : QStringLiteral("waived"))
                 .toBool());
    }
    if (confirmed)
        return {};
    return Error{Error::Kind::Permission,
                 (criterion.checked ? tr("The audit log does not show that %1 checked “%2”, "
                                         "so it cannot be brought back as checked by them.")
                                    : tr("The audit log does not show that %1 waived “%2”, so "
                                         "it cannot be brought back as waived by them."))
                     .arg(criterion.settledBy.trimmed().isEmpty() ? tr("anyone")
                                                                  : criterion.settledBy.trimmed(),
                          criterion.text.trimmed())};
}

Result<ExitCriterion>
ExitCriteriaService::change(qint64 id, qint64 rowVersion, const QString& auditAction,
                            const std::function<Result<void>(ExitCriterion&)>& edit) {
    ExitCriterion stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditScope, auditAction, kEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            ExitCriteriaRepository repo(m_db);
            auto before = repo.find(id);
            if (!before)
                return before.error();
            ExitCriterion edited = before.value();
            edited.rowVersion = rowVersion;
            if (auto ok = edit(edited); !ok)
                return ok.error();
            auto written = repo.update(edited, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{id, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT criteriaChanged(stored.releaseId);
    return stored;
}

Result<ExitCriterion> ExitCriteriaService::find(qint64 id) const {
    return ExitCriteriaRepository(m_db).find(id);
}

Result<ExitCriterion> ExitCriteriaService::update(const ExitCriterion& criterion) {
    if (criterion.text.trimmed().isEmpty())
        return emptyText();
    auto before = find(criterion.id);
    if (!before)
        return before.error();
    const bool sameState =
        before->checked == criterion.checked && before->waived == criterion.waived;
    if (sameState && before->waiverReason == criterion.waiverReason.trimmed())
        return rename(criterion.id, criterion.rowVersion, criterion.text);
    auto settled = settle(criterion.id, criterion.rowVersion, criterion.checked, criterion.waived,
                          criterion.waiverReason);
    if (!settled || settled->text == criterion.text.trimmed())
        return settled;
    return rename(settled->id, settled->rowVersion, criterion.text);
}

Result<ExitCriterion> ExitCriteriaService::rename(qint64 id, qint64 rowVersion,
                                                  const QString& text) {
    if (text.trimmed().isEmpty())
        return emptyText();
    return change(id, rowVersion, QStringLiteral("update"), [&](ExitCriterion& e) {
        e.text = text;
        return Result<void>();
    });
}

Result<ExitCriterion> ExitCriteriaService::check(qint64 id, qint64 rowVersion) {
    return settle(id, rowVersion, true, false, {});
}

Result<ExitCriterion> ExitCriteriaService::waive(qint64 id, qint64 rowVersion,
                                                 const QString& reason) {
    return settle(id, rowVersion, false, true, reason);
}

Result<ExitCriterion> ExitCriteriaService::uncheck(qint64 id, qint64 rowVersion) {
    return settle(id, rowVersion, false, false, {});
}

Result<ExitCriterion> ExitCriteriaService::settle(qint64 id, qint64 rowVersion, bool checked,
                                                  bool waived, const QString& reason) {
    if (checked && waived)
        return Error{Error::Kind::Validation,
                     tr("An exit criterion is either checked or waived, not both.")};
    if (waived && reason.trimmed().isEmpty())
        return Error{Error::Kind::Validation,
                     tr("Waiving an exit criterion needs a reason: say why the release may go "
                        "without it.")};
    const QString action = checked  ? QStringLiteral("check")
                           : waived ? QStringLiteral("waive")
                                    : QStringLiteral("uncheck");
    return change(id, rowVersion, action, [&](ExitCriterion& e) {
        e.checked = checked;
        e.waived = waived;
        e.waiverReason = waived ? reason.trimmed() : QString();
        e.settledBy = checked || waived ? m_session.actor : QString();
        e.settledAt = checked || waived ? QDateTime::currentDateTimeUtc() : QDateTime();
        return Result<void>();
    });
}

Result<void> ExitCriteriaService::reorder(qint64 releaseId, const QList<qint64>& ids) {
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditScope, QStringLiteral("reorder"),
        QStringLiteral("exit_criteria"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            ExitCriteriaRepository repo(m_db);
            auto current = repo.forRelease(releaseId);
            if (!current)
                return current.error();
            QList<qint64> before;
            for (const ExitCriterion& e : current.value())
                before << e.id;
            QList<qint64> sortedNew = ids;
            QList<qint64> sortedOld = before;
            std::sort(sortedNew.begin(), sortedNew.end());
            std::sort(sortedOld.begin(), sortedOld.end());
            if (sortedNew != sortedOld) {
                // A criterion added or removed since: who did it and when.
                QList<qint64> differing;
                std::set_symmetric_difference(sortedNew.cbegin(), sortedNew.cend(),
                                              sortedOld.cbegin(), sortedOld.cend(),
                                              std::back_inserter(differing));
                if (const LastChange last = lastChangeOf(m_db, kEntity, differing.value(0));
                    last.known())
                    return Error{Error::Kind::Stale,
                                 tr("The checklist was changed by %1 at %2 — reload.")
                                     .arg(last.actor, last.when)};
                return Error{Error::Kind::Stale,
                             tr("The checklist was changed elsewhere — reload.")};
            }
            if (auto ok = repo.setOrder(releaseId, ids, m_session.actor, now); !ok)
                return ok.error();
            return AuditedWrite::Logged{releaseId,
                                        QJsonObject{{QStringLiteral("order"), idArray(before)}},
                                        QJsonObject{{QStringLiteral("order"), idArray(ids)}}};
        });
    if (!done)
        return done.error();
    Q_EMIT criteriaChanged(releaseId);
    return {};
}

Result<void> ExitCriteriaService::remove(qint64 id, qint64 rowVersion) {
    qint64 releaseId = 0;
    auto done = AuditedWrite::run(m_db, m_session, Action::EditScope, QStringLiteral("delete"),
                                  kEntity, [&](qint64) -> Result<AuditedWrite::Logged> {
                                      ExitCriteriaRepository repo(m_db);
                                      auto before = repo.find(id);
                                      if (!before)
                                          return before.error();
                                      releaseId = before->releaseId;
                                      if (auto removed = repo.remove(id, rowVersion); !removed)
                                          return removed.error();
                                      return AuditedWrite::Logged{id, toJson(before.value()), {}};
                                  });
    if (!done)
        return done.error();
    Q_EMIT criteriaChanged(releaseId);
    return {};
}

} // namespace slipway
