// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoLifecycle.h"

#include "domain/LifecycleOverride.h"
#include "domain/Person.h"
#include "services/LifecycleService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LifecycleOverrideRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ScheduleRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace slipway::DemoLifecycle {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoLifecycle)
};

QString reasonFor(Guard guard) {
    switch (guard) {
    case Guard::Gates:
        return Text::tr(
            "Outage fix: the emergency checks are waived and the full regression run is "
            "owed within 48 hours; the gate is promoted once it passes.");
    case Guard::Conflicts:
        return Text::tr(
            "Outage fix cannot wait for the blocked period to end; the on-call engineer "
            "watches the deployment and the rollback is ready.");
    default:
        return Text::tr(
            "Outage fix cannot wait; the CAB is informed and the guard is settled after "
            "the deployment.");
    }
}

Result<void> audit(Database& db, qint64 atSecs, const QString& actor, const QString& action,
                   qint64 id, const QJsonObject& before, const QJsonObject& after) {
    AuditEntry e;
    e.atMs = atSecs * 1000;
    e.actor = actor;
    e.action = action;
    e.entity = QStringLiteral("lifecycle_override");
    e.entityId = id;
    if (!before.isEmpty())
        e.beforeJson = QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact));
    e.afterJson = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    auto appended = AuditLog(db).append(e);
    if (!appended)
        return appended.error();
    return {};
}

} // namespace

Result<qint64> write(Database& db, qint64 anchor, const QList<qint64>& deploying) {
    if (deploying.isEmpty())
        return qint64(0);
    // Two release managers: one asks, the other approves.
    auto people = PeopleRepository(db).all();
    if (!people)
        return people.error();
    QStringList managers;
    for (const Person& p : people.value()) {
        if (!p.roles.contains(QStringLiteral("release_manager")))
            continue;
        const QString handle = p.email.section(u'@', 0, 0);
        managers << (handle.isEmpty() ? p.name : handle);
    }
    if (managers.size() < 2)
        return qint64(0);

    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    LifecycleService lifecycle(db);
    LifecycleOverrideRepository repo(db);
    qint64 written = 0;
    for (qint64 releaseId : deploying) {
        auto facts = lifecycle.facts(releaseId);
        if (!facts)
            return facts.error();
        auto window = ScheduleRepository(db).windowOf(releaseId);
        if (!window)
            return window.error();
        const qint64 start = window->when.isEmpty() ? anchor : window->when.start;
        const QList<GuardCheck> unmet = unmetGuards(facts.value(), lifecycle.clock());
        qint64 at = qMin(start, anchor) - qint64(unmet.size()) * 1800;
        for (const GuardCheck& g : unmet) {
            LifecycleOverride asked;
            asked.releaseId = releaseId;
            asked.guard = toKey(g.guard);
            asked.reason = reasonFor(g.guard);
            asked.requestedBy = managers[0];
            asked.requestedAt = at;
            auto stored = repo.insert(asked, at);
            if (!stored)
                return stored.error();
            if (auto a = audit(db, at, managers[0], QStringLiteral("create"), stored->id, {},
                               toJson(stored.value()));
                !a)
                return a.error();
            LifecycleOverride approved = stored.value();
            approved.approvedBy = managers[1];
            approved.approvedAt = at + 600;
            auto updated = repo.update(approved);
            if (!updated)
                return updated.error();
            if (auto a = audit(db, at + 600, managers[1], QStringLiteral("approve"), stored->id,
                               toJson(stored.value()), toJson(updated.value()));
                !a)
                return a.error();
            written += 2;
            at += 1800;
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return written;
}

} // namespace slipway::DemoLifecycle
