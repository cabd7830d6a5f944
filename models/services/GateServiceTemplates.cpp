// SPDX-License-Identifier: GPL-3.0-or-later
// GateService: the gate templates of each release type.
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

} // namespace slipway
