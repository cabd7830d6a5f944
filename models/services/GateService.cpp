// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateService.h"

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

QJsonObject snapshotJson(const EvidenceSnapshot& s) {
    return s.evidence ? toJson(*s.evidence) : QJsonObject{};
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

Result<GateTemplate> GateService::createTemplate(const GateTemplate& gate) {
    GateTemplate fresh = gate;
    fresh.id = 0;
    return restoreTemplate(fresh);
}

Result<GateTemplate> GateService::restoreTemplate(const GateTemplate& gate) {
    if (const QStringList problems = validateTemplate(gate); !problems.isEmpty())
        return Error{Error::Kind::Validation, problems.join(u' ')};
    GateTemplate stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditGateTemplates,
        gate.id ? QStringLiteral("restore") : QStringLiteral("create"),
        QStringLiteral("gate_template"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            auto written = GateTemplateRepository(m_db).insert(gate, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT templatesChanged();
    return stored;
}

Result<GateTemplate> GateService::updateTemplate(const GateTemplate& gate) {
    if (const QStringList problems = validateTemplate(gate); !problems.isEmpty())
        return Error{Error::Kind::Validation, problems.join(u' ')};
    GateTemplate stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditGateTemplates, QStringLiteral("update"),
        QStringLiteral("gate_template"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            GateTemplateRepository repo(m_db);
            auto before = repo.find(gate.id);
            if (!before)
                return before.error();
            auto written = repo.update(gate, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT templatesChanged();
    return stored;
}

Result<void> GateService::removeTemplate(qint64 id, qint64 rowVersion) {
    auto done = AuditedWrite::run(m_db, m_session, Action::EditGateTemplates,
                                  QStringLiteral("delete"), QStringLiteral("gate_template"),
                                  [&](qint64) -> Result<AuditedWrite::Logged> {
                                      GateTemplateRepository repo(m_db);
                                      auto before = repo.find(id);
                                      if (!before)
                                          return before.error();
                                      if (auto removed = repo.remove(id, rowVersion); !removed)
                                          return removed.error();
                                      return AuditedWrite::Logged{id, toJson(before.value()), {}};
                                  });
    if (done)
        Q_EMIT templatesChanged();
    return done;
}

Result<GateTemplate> GateService::templateById(qint64 id) const {
    return GateTemplateRepository(m_db).find(id);
}

Result<int> GateService::moveTemplate(qint64 id, int toIndex) {
    int fromIndex = -1;
    QString typeKey;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditGateTemplates, QStringLiteral("reorder"),
        QStringLiteral("gate_template"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            GateTemplateRepository repo(m_db);
            auto moving = repo.find(id);
            if (!moving)
                return moving.error();
            auto siblings = repo.forType(moving->releaseType);
            if (!siblings)
                return siblings.error();
            QList<GateTemplate> order = siblings.value();
            QJsonArray before, after;
            for (int i = 0; i < order.size(); ++i) {
                before.append(order[i].name);
                if (order[i].id == id)
                    fromIndex = i;
            }
            if (fromIndex < 0 || toIndex < 0 || toIndex >= order.size())
                return Error{Error::Kind::Validation, tr("“%1” cannot move to place %2 of %3.")
                                                          .arg(moving->name)
                                                          .arg(toIndex + 1)
                                                          .arg(order.size())};
            order.move(fromIndex, toIndex);
            for (int i = 0; i < order.size(); ++i) {
                after.append(order[i].name);
                if (order[i].position == i)
                    continue;
                GateTemplate renumbered = order[i];
                renumbered.position = i;
                if (auto written = repo.update(renumbered, m_session.actor, now); !written)
                    return written.error();
            }
            typeKey = toKey(moving->releaseType);
            return AuditedWrite::Logged{
                id,
                {{QStringLiteral("release_type"), typeKey}, {QStringLiteral("order"), before}},
                {{QStringLiteral("release_type"), typeKey}, {QStringLiteral("order"), after}}};
        });
    if (!done)
        return done.error();
    Q_EMIT templatesChanged();
    return fromIndex;
}

// --- a release's gates

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

Result<EvidenceSnapshot> GateService::importFile(qint64 criterionId, const QString& path,
                                                 std::optional<CriterionKind> expected) {
    // Everything is read and checked before the transaction: a refused file changes nothing.
    auto target = criterion(criterionId);
    if (!target)
        return target.error();
    if (expected && target->spec.kind != *expected)
        return Error{Error::Kind::Usage,
                     tr("“%1” is a %2 criterion, not a %3 one")
                         .arg(target->spec.name, displayName(target->spec.kind).toLower(),
                              displayName(*expected).toLower())};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto fresh = GateEvidence::read(target->spec, path, m_session.actor, now);
    if (!fresh)
        return fresh.error();
    return restoreEvidence(criterionId, fresh.value());
}

Result<EvidenceSnapshot> GateService::restoreEvidence(qint64 criterionId,
                                                      const EvidenceSnapshot& snapshot) {
    EvidenceSnapshot previous;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RecordGateEvidence,
        snapshot.evidence ? QStringLiteral("import_evidence") : QStringLiteral("clear_evidence"),
        QStringLiteral("gate_criterion"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto before = repo.snapshot(criterionId);
            if (!before)
                return before.error();
            previous = before.value();
            if (auto written = repo.setEvidence(criterionId, snapshot, m_session.actor, now);
                !written)
                return written.error();
            return AuditedWrite::Logged{criterionId, snapshotJson(previous),
                                        snapshotJson(snapshot)};
        });
    if (!done)
        return done.error();
    announceCriterion(criterionId);
    return previous;
}

Result<void> GateService::markFalsePositive(qint64 criterionId, const QString& fingerprint,
                                            const QString& reason) {
    if (reason.trimmed().isEmpty())
        return Error{Error::Kind::Validation,
                     tr("Say why the finding is a false positive; the reason is kept on record.")};
    auto done = AuditedWrite::run(
        m_db, m_session, Action::ReviewFinding, QStringLiteral("mark_false_positive"),
        QStringLiteral("gate_finding"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto before = repo.review(criterionId, fingerprint);
            if (!before)
                return before.error();
            if (auto written =
                    repo.setReview(criterionId, fingerprint, reason, m_session.actor, now);
                !written)
                return written.error();
            QJsonObject was;
            if (before->isFalsePositive())
                was = {{QStringLiteral("reason"), before->falsePositiveReason},
                       {QStringLiteral("reviewed_by"), before->reviewedBy}};
            return AuditedWrite::Logged{criterionId,
                                        was,
                                        {{QStringLiteral("fingerprint"), fingerprint},
                                         {QStringLiteral("reason"), reason.trimmed()},
                                         {QStringLiteral("reviewed_by"), m_session.actor}}};
        });
    if (done)
        announceCriterion(criterionId);
    return done;
}

Result<void> GateService::clearFalsePositive(qint64 criterionId, const QString& fingerprint) {
    auto done = AuditedWrite::run(
        m_db, m_session, Action::ReviewFinding, QStringLiteral("clear_false_positive"),
        QStringLiteral("gate_finding"), [&](qint64) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto before = repo.review(criterionId, fingerprint);
            if (!before)
                return before.error();
            if (!before->isFalsePositive())
                return Error{Error::Kind::Validation,
                             tr("That finding is not marked as a false positive.")};
            if (auto cleared = repo.clearReview(criterionId, fingerprint); !cleared)
                return cleared.error();
            return AuditedWrite::Logged{criterionId,
                                        {{QStringLiteral("fingerprint"), fingerprint},
                                         {QStringLiteral("reason"), before->falsePositiveReason},
                                         {QStringLiteral("reviewed_by"), before->reviewedBy}},
                                        {}};
        });
    if (done)
        announceCriterion(criterionId);
    return done;
}

Result<void> GateService::setChecked(qint64 criterionId, bool checked) {
    auto target = criterion(criterionId);
    if (!target)
        return target.error();
    const bool approval = target->spec.kind == CriterionKind::Approval;
    if (!approval && target->spec.kind != CriterionKind::Manual)
        return Error{Error::Kind::Validation,
                     tr("“%1” is evaluated from a file, not ticked.").arg(target->spec.name)};
    if (approval) {
        // Approval by a role: once logins exist, only a holder of that role may give it.
        auto rights = PeopleRepository(m_db).rightsOf(m_session.actor);
        if (!rights)
            return rights.error();
        if (rights->fileHasLogins && !rights->fileReadOnly &&
            !rights->roles.contains(target->spec.role))
            return Error{Error::Kind::Permission,
                         tr("%1 may not give “%2”: that needs the %3 role.")
                             .arg(m_session.actor, target->spec.name, target->spec.role)};
    }
    auto done = AuditedWrite::run(
        m_db, m_session, approval ? Action::ApproveGateCriterion : Action::TickManualCheck,
        approval ? (checked ? QStringLiteral("approve") : QStringLiteral("revoke_approval"))
                 : (checked ? QStringLiteral("tick") : QStringLiteral("untick")),
        QStringLiteral("gate_criterion"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            const QString by = checked ? m_session.actor : QString();
            if (auto written =
                    GateRepository(m_db).setChecked(criterionId, by, at(now), m_session.actor, now);
                !written)
                return written.error();
            return AuditedWrite::Logged{
                criterionId,
                {{QStringLiteral("name"), target->spec.name},
                 {QStringLiteral("checked_by"), target->checkedBy}},
                {{QStringLiteral("name"), target->spec.name}, {QStringLiteral("checked_by"), by}}};
        });
    if (done)
        announceCriterion(criterionId);
    return done;
}

Result<GateWaiver> GateService::requestWaiver(const GateWaiver& waiver) {
    GateWaiver fresh = waiver;
    fresh.id = 0;
    fresh.requestedBy = m_session.actor;
    fresh.requestedAt = QDateTime::currentDateTimeUtc();
    fresh.approvedBy.clear();
    fresh.approvedAt = {};
    fresh.validationDoneBy.clear();
    fresh.validationDoneAt = {};
    return restoreWaiver(fresh);
}

Result<GateWaiver> GateService::restoreWaiver(const GateWaiver& waiver) {
    if (const QStringList problems = validateWaiver(waiver); !problems.isEmpty())
        return Error{Error::Kind::Validation, problems.join(u' ')};
    GateWaiver stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RequestWaiver,
        waiver.id ? QStringLiteral("restore") : QStringLiteral("request_waiver"),
        QStringLiteral("gate_waiver"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto gate = repo.findGate(waiver.gateId);
            if (!gate)
                return gate.error();
            if (waiver.criterionId == 0) {
                auto release = ReleaseRepository(m_db).find(gate->releaseId);
                if (!release)
                    return release.error();
                if (release->type != ReleaseType::Emergency)
                    return Error{Error::Kind::Validation,
                                 tr("Only an emergency release may waive a whole gate; waive "
                                    "the criteria of “%1” one by one.")
                                     .arg(gate->name)};
            } else {
                const bool inGate =
                    std::any_of(gate->criteria.cbegin(), gate->criteria.cend(),
                                [&](const GateCriterion& c) { return c.id == waiver.criterionId; });
                if (!inGate)
                    return Error{Error::Kind::Validation,
                                 tr("That criterion is not part of “%1”.").arg(gate->name)};
            }
            auto written = repo.insertWaiver(waiver, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
        });
    if (!done)
        return done.error();
    announceGate(stored.gateId);
    return stored;
}

Result<void> GateService::withdrawWaiver(qint64 waiverId) {
    qint64 gateId = 0;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RequestWaiver, QStringLiteral("withdraw_waiver"),
        QStringLiteral("gate_waiver"), [&](qint64) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto before = repo.findWaiver(waiverId);
            if (!before)
                return before.error();
            gateId = before->gateId;
            if (auto removed = repo.removeWaiver(waiverId); !removed)
                return removed.error();
            return AuditedWrite::Logged{waiverId, toJson(before.value()), {}};
        });
    if (done)
        announceGate(gateId);
    return done;
}

Result<GateWaiver> GateService::changeWaiver(qint64 waiverId, Action action,
                                             const QString& auditAction,
                                             const std::function<Result<void>(GateWaiver&)>& edit) {
    GateWaiver stored;
    auto done = AuditedWrite::run(
        m_db, m_session, action, auditAction, QStringLiteral("gate_waiver"),
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto before = repo.findWaiver(waiverId);
            if (!before)
                return before.error();
            GateWaiver changed = before.value();
            if (auto ok = edit(changed); !ok)
                return ok.error();
            auto written = repo.updateWaiver(changed, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{waiverId, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    announceGate(stored.gateId);
    return stored;
}

Result<GateWaiver> GateService::approveWaiver(qint64 waiverId) {
    return changeWaiver(
        waiverId, Action::ApproveWaiver, QStringLiteral("approve_waiver"),
        [this](GateWaiver& w) -> Result<void> {
            if (w.requestedBy == m_session.actor)
                return Error{Error::Kind::Permission,
                             tr("%1 asked for this waiver, so cannot approve it; "
                                "someone else must.")
                                 .arg(m_session.actor)};
            if (w.isApproved())
                return Error{Error::Kind::Validation,
                             tr("%1 has already approved this waiver.").arg(w.approvedBy)};
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (w.isExpired(now))
                return Error{Error::Kind::Validation,
                             tr("This waiver expired on %1; ask for a new one.")
                                 .arg(w.expiresAt.toString(QStringLiteral("yyyy-MM-dd")))};
            w.approvedBy = m_session.actor;
            w.approvedAt = now;
            return {};
        });
}

Result<GateWaiver> GateService::revokeWaiverApproval(qint64 waiverId) {
    return changeWaiver(waiverId, Action::ApproveWaiver, QStringLiteral("revoke_waiver_approval"),
                        [](GateWaiver& w) -> Result<void> {
                            w.approvedBy.clear();
                            w.approvedAt = {};
                            return {};
                        });
}

Result<GateWaiver> GateService::setValidationDone(qint64 waiverId, bool done) {
    return changeWaiver(
        waiverId, Action::CompleteValidationTask,
        done ? QStringLiteral("complete_validation") : QStringLiteral("reopen_validation"),
        [this, done](GateWaiver& w) -> Result<void> {
            w.validationDoneBy = done ? m_session.actor : QString();
            w.validationDoneAt = done ? QDateTime::currentDateTimeUtc() : QDateTime();
            return {};
        });
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
            return AuditedWrite::Logged{through.id,
                                        {{QStringLiteral("gate"), through.name}},
                                        {{QStringLiteral("gate"), through.name},
                                         {QStringLiteral("stage"), through.stage},
                                         {QStringLiteral("promoted_by"), m_session.actor}}};
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
