// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateService.h"

#include "ArtifactService.h"

#include "AuditedWrite.h"
#include "io/GateEvidence.h"
#include "rules/GateRigour.h"
#include "storage/Database.h"
#include "storage/GateRepository.h"
#include "storage/GateTemplateRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/RiskAssessmentRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace slipway {
namespace {

QDateTime nowOr(const QDateTime& t) {
    return t.isValid() ? t : QDateTime::currentDateTimeUtc();
}

QDateTime at(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

} // namespace

GateService::GateService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<ReleaseGate>> GateService::gatesOf(qint64 releaseId) const {
    return GateRepository(m_db).gatesOf(releaseId);
}
Result<ReleaseGate> GateService::gate(qint64 gateId) const {
    return GateRepository(m_db).findGate(gateId);
}
Result<GateCriterion> GateService::criterion(qint64 criterionId) const {
    return GateRepository(m_db).findCriterion(criterionId);
}
Result<QList<GateFinding>> GateService::findings(qint64 criterionId) const {
    return GateRepository(m_db).findings(criterionId);
}
Result<QList<GateTemplate>> GateService::templates() const {
    return GateTemplateRepository(m_db).all();
}

Result<PromotionCheck> GateService::promotionCheck(qint64 releaseId, const QDateTime& now) const {
    auto gates = gatesOf(releaseId);
    if (!gates)
        return gates.error();
    return GateEvaluator::nextPromotion(gates.value(), nowOr(now));
}

Result<GateCriterion> GateService::criterionNamed(qint64 releaseId, const QString& name) const {
    auto release = ReleaseRepository(m_db).find(releaseId);
    if (!release)
        return release.error();
    auto found = GateRepository(m_db).criteriaNamed(releaseId, name);
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        QStringList names;
        auto gates = gatesOf(releaseId);
        if (gates)
            for (const ReleaseGate& g : gates.value())
                for (const GateCriterion& c : g.criteria)
                    names << c.spec.name;
        return Error{
            Error::Kind::NotFound,
            tr("release %1 has no criterion called “%2”; it has: %3")
                .arg(releaseId)
                .arg(name, names.isEmpty() ? tr("no gates") : names.join(QStringLiteral(", ")))};
    }
    if (found->size() > 1)
        return Error{Error::Kind::Usage,
                     tr("release %1 has %2 criteria called “%3”, in different gates; rename one")
                         .arg(releaseId)
                         .arg(found->size())
                         .arg(name)};
    return found->first();
}

Result<QList<GateEscalation>> GateService::escalations(const QDateTime& from, const QDateTime& to,
                                                       const QDateTime& now) const {
    const QDateTime clock = nowOr(now);
    auto byRelease = GateRepository(m_db).gatesOfOpenReleases();
    if (!byRelease)
        return byRelease.error();
    QList<GateEscalation> out;
    for (auto it = byRelease->cbegin(); it != byRelease->cend(); ++it) {
        std::optional<Release> release;
        for (const ReleaseGate& g : it.value()) {
            const GateVerdict verdict = GateEvaluator::evaluate(g, clock);
            const auto why = GateEvaluator::escalation(g, verdict, clock);
            if (!why)
                continue;
            if (!release) {
                auto found = ReleaseRepository(m_db).find(it.key());
                if (!found)
                    return found.error();
                release = found.value();
            }
            GateEscalation e;
            e.releaseId = it.key();
            e.releaseLabel = releaseLabel(release->name, release->version);
            e.gateId = g.id;
            e.gateName = g.name;
            e.kind = verdict.status == GateStatus::Waived   ? QStringLiteral("waived")
                     : verdict.status == GateStatus::Failed ? QStringLiteral("failing")
                                                            : QStringLiteral("overdue");
            e.reason = *why;
            e.due = g.dueAt.isValid() ? g.dueAt : release->windowStart;
            if (e.due.isValid() && to.isValid() && e.due >= to)
                continue;
            if (e.kind == u"waived" && from.isValid() && (!e.due.isValid() || e.due < from))
                continue;
            if (!e.due.isValid() && (from.isValid() || to.isValid()))
                continue;
            out.append(e);
        }
    }
    std::sort(out.begin(), out.end(), [](const GateEscalation& a, const GateEscalation& b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.gateId < b.gateId;
    });
    return out;
}

// --- templates

Result<PlanningRigour> GateService::assessedRigour(qint64 releaseId) const {
    auto release = ReleaseRepository(m_db).find(releaseId);
    if (!release)
        return release.error();
    auto assessment = RiskAssessmentRepository(m_db).forRelease(releaseId);
    if (!assessment)
        return assessment.error();
    if (!assessment->has_value())
        return PlanningRigour{};
    const RiskAssessment& a = *assessment.value();
    return RiskClassifier::rigourFor(a.level, release->type, a.answers.regulatory);
}

Result<QList<ReleaseGate>> GateService::addGates(qint64 releaseId, const QStringList& rigourGates,
                                                 const QStringList& rigourApprovals) {
    // Everything is read before the transaction: the assessment's rigour is worked out by the
    // pure rules, and the write holds the lock only for the inserts.
    auto assessed = assessedRigour(releaseId);
    if (!assessed)
        return assessed.error();
    QStringList gateKeys = rigourGates;
    QStringList approvals = rigourApprovals;
    for (const QString& key : std::as_const(assessed->gates))
        if (!gateKeys.contains(key))
            gateKeys << key;
    for (const QString& role : std::as_const(assessed->approvals))
        if (!approvals.contains(role))
            approvals << role;

    QList<ReleaseGate> added;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditReleaseGates, QStringLiteral("instantiate"),
        QStringLiteral("release_gates"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            auto release = ReleaseRepository(m_db).find(releaseId);
            if (!release)
                return release.error();
            auto templates = GateTemplateRepository(m_db).forType(release->type);
            if (!templates)
                return templates.error();
            GateRepository repo(m_db);
            QList<qint64> ids;
            auto fromTemplate =
                repo.instantiate(release.value(), templates.value(), QStringLiteral("template"),
                                 m_session.actor, now, &ids);
            if (!fromTemplate)
                return fromTemplate.error();
            const QList<GateTemplate> extra =
                GateRigour::extraGates(templates.value(), gateKeys, approvals);
            auto fromRigour = repo.instantiate(release.value(), extra, QStringLiteral("rigour"),
                                               m_session.actor, now, &ids);
            if (!fromRigour)
                return fromRigour.error();
            auto gates = repo.gatesOf(releaseId);
            if (!gates)
                return gates.error();
            QJsonArray names, addedNames;
            for (const ReleaseGate& g : gates.value()) {
                names.append(g.name);
                if (ids.contains(g.id)) {
                    added << g;
                    addedNames.append(g.name);
                }
            }
            return AuditedWrite::Logged{
                releaseId,
                {},
                {{QStringLiteral("release_type"), toKey(release->type)},
                 {QStringLiteral("added"), int(added.size())},
                 {QStringLiteral("added_gates"), addedNames},
                 {QStringLiteral("rigour_gates"), QJsonArray::fromStringList(gateKeys)},
                 {QStringLiteral("rigour_approvals"), QJsonArray::fromStringList(approvals)},
                 {QStringLiteral("gates"), names}}};
        });
    if (!done)
        return done.error();
    if (!added.isEmpty())
        Q_EMIT gatesChanged(releaseId);
    return added;
}

Result<int> GateService::instantiate(qint64 releaseId, const QStringList& rigourGates,
                                     const QStringList& rigourApprovals) {
    auto added = addGates(releaseId, rigourGates, rigourApprovals);
    if (!added)
        return added.error();
    return int(added->size());
}

Result<QList<ReleaseGate>> GateService::removeGates(qint64 releaseId,
                                                    const QList<qint64>& gateIds) {
    QList<ReleaseGate> removed;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditReleaseGates, QStringLiteral("remove_gates"),
        QStringLiteral("release_gates"), [&](qint64) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto gates = repo.gatesOf(releaseId);
            if (!gates)
                return gates.error();
            QJsonArray names;
            for (const qint64 id : gateIds) {
                const auto it = std::find_if(gates->cbegin(), gates->cend(),
                                             [id](const ReleaseGate& g) { return g.id == id; });
                if (it == gates->cend())
                    return Error{Error::Kind::NotFound,
                                 tr("Gate %1 is no longer on this release — reload.").arg(id)};
                const bool settled =
                    it->isPromoted() || !it->waivers.isEmpty() ||
                    std::any_of(it->criteria.cbegin(), it->criteria.cend(),
                                [](const GateCriterion& c) {
                                    return c.evidence.has_value() || !c.checkedBy.isEmpty();
                                });
                if (settled)
                    return Error{Error::Kind::Validation,
                                 tr("“%1” has evidence, a tick, a waiver or a promotion now; "
                                    "it stays on the release.")
                                     .arg(it->name)};
                removed << *it;
                names.append(it->name);
            }
            if (auto gone = repo.removeGates(gateIds); !gone)
                return gone.error();
            return AuditedWrite::Logged{releaseId, {{QStringLiteral("gates"), names}}, {}};
        });
    if (!done)
        return done.error();
    if (!removed.isEmpty())
        Q_EMIT gatesChanged(releaseId);
    return removed;
}

Result<void> GateService::restoreGates(qint64 releaseId, const QList<ReleaseGate>& gates) {
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditReleaseGates, QStringLiteral("restore_gates"),
        QStringLiteral("release_gates"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            QJsonArray names;
            for (const ReleaseGate& g : gates) {
                if (g.releaseId != releaseId)
                    return Error{Error::Kind::Validation,
                                 tr("“%1” belongs to another release.").arg(g.name)};
                names.append(g.name);
            }
            if (auto put = GateRepository(m_db).restoreGates(gates, m_session.actor, now); !put)
                return put.error();
            return AuditedWrite::Logged{releaseId, {}, {{QStringLiteral("gates"), names}}};
        });
    if (done && !gates.isEmpty())
        Q_EMIT gatesChanged(releaseId);
    return done;
}

Result<ReleaseGate> GateService::promote(qint64 releaseId) {
    ReleaseGate through;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::PromoteRelease, QStringLiteral("promote"),
        QStringLiteral("release_gate"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto gates = repo.gatesOf(releaseId);
            if (!gates)
                return gates.error();
            const PromotionCheck check = GateEvaluator::nextPromotion(gates.value(), at(now));
            if (!check.allowed)
                return Error{Error::Kind::Validation, check.reason};
            through = gates->at(check.gateIndex);
            if (auto written =
                    repo.setPromoted(through.id, m_session.actor, at(now), m_session.actor, now);
                !written)
                return written.error();
            through.promotedBy = m_session.actor;
            through.promotedAt = at(now);
            // Into the freeze stage: what ships is fixed from here on.
            auto froze = ArtifactService::freezeIfDue(m_db, releaseId, through.position,
                                                      m_session.actor, now);
            if (!froze)
                return froze.error();
            QJsonObject after{{QStringLiteral("gate"), through.name},
                              {QStringLiteral("stage"), through.stage},
                              {QStringLiteral("promoted_by"), m_session.actor}};
            if (froze.value())
                after.insert(QStringLiteral("artifacts_frozen"), true);
            return AuditedWrite::Logged{
                through.id, {{QStringLiteral("gate"), through.name}}, after};
        });
    if (!done)
        return done.error();
    Q_EMIT gatesChanged(releaseId);
    return through;
}

Result<void> GateService::unpromote(qint64 gateId) {
    qint64 releaseId = 0;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::PromoteRelease, QStringLiteral("unpromote"),
        QStringLiteral("release_gate"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto gate = repo.findGate(gateId);
            if (!gate)
                return gate.error();
            releaseId = gate->releaseId;
            auto gates = repo.gatesOf(releaseId);
            if (!gates)
                return gates.error();
            for (const ReleaseGate& g : gates.value())
                if (g.position > gate->position && g.isPromoted())
                    return Error{
                        Error::Kind::Validation,
                        tr("The release is already through “%1”, a later gate.").arg(g.name)};
            if (auto written = repo.setPromoted(gateId, QString(), {}, m_session.actor, now);
                !written)
                return written.error();
            return AuditedWrite::Logged{gateId,
                                        {{QStringLiteral("gate"), gate->name},
                                         {QStringLiteral("promoted_by"), gate->promotedBy}},
                                        {{QStringLiteral("gate"), gate->name}}};
        });
    if (done)
        Q_EMIT gatesChanged(releaseId);
    return done;
}

void GateService::announceCriterion(qint64 criterionId) {
    if (auto release = GateRepository(m_db).releaseOfCriterion(criterionId))
        Q_EMIT gatesChanged(release.value());
}

void GateService::announceGate(qint64 gateId) {
    if (auto release = GateRepository(m_db).releaseOfGate(gateId))
        Q_EMIT gatesChanged(release.value());
}

} // namespace slipway
