// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskAssessmentService.h"

#include "AuditedWrite.h"
#include "rules/RiskClassifier.h"
#include "storage/RiskAssessmentRepository.h"

#include <QDateTime>

namespace slipway {

RiskAssessmentService::RiskAssessmentService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<std::optional<RiskAssessment>> RiskAssessmentService::forRelease(qint64 releaseId) const {
    return RiskAssessmentRepository(m_db).forRelease(releaseId);
}

Result<QList<RiskAssessment>> RiskAssessmentService::all() const {
    return RiskAssessmentRepository(m_db).all();
}

Result<RiskAssessment> RiskAssessmentService::find(qint64 id) const {
    return RiskAssessmentRepository(m_db).find(id);
}

Result<RiskAssessment> RiskAssessmentService::save(const RiskAssessment& input) {
    RiskAssessment a = input;
    if (a.releaseId <= 0)
        return Error{Error::Kind::Validation, tr("A risk assessment belongs to a release.")};
    if (a.answers.servicesAffected < 0)
        return Error{Error::Kind::Validation,
                     tr("The number of services affected cannot be negative.")};
    if (a.answers.windowMinutes <= 0)
        return Error{Error::Kind::Validation, tr("The change window must be longer than zero.")};
    const RiskAssessmentResult result = RiskClassifier::classify(a.answers);
    a.score = result.score;
    a.level = result.level;
    a.suggestedType = result.suggestedType;
    if (a.overrideType == a.suggestedType)
        a.overrideType.reset();
    if (a.overrideType && a.overrideReason.trimmed().isEmpty())
        return Error{Error::Kind::Validation,
                     tr("Overriding the suggested type (%1) needs a reason.")
                         .arg(displayName(a.suggestedType))};
    if (!a.overrideType)
        a.overrideReason.clear();

    RiskAssessment stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditScope, QStringLiteral("assess"),
        QStringLiteral("risk_assessment"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            RiskAssessmentRepository repo(m_db);
            auto before = repo.forRelease(a.releaseId);
            if (!before)
                return before.error();
            if (a.overrideType) {
                const auto& old = before.value();
                const bool same = old && old->overrideType == a.overrideType &&
                                  old->overrideReason == a.overrideReason.trimmed();
                a.overriddenBy = same ? old->overriddenBy : m_session.actor;
                a.overriddenAt =
                    same ? old->overriddenAt : QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
            }
            auto written = repo.save(a, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id,
                                        before.value() ? toJson(*before.value()) : QJsonObject(),
                                        toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT assessmentChanged(stored.releaseId);
    return stored;
}

Result<void> RiskAssessmentService::remove(qint64 id, qint64 rowVersion) {
    qint64 releaseId = 0;
    auto done = AuditedWrite::run(m_db, m_session, Action::EditScope, QStringLiteral("delete"),
                                  QStringLiteral("risk_assessment"),
                                  [&](qint64) -> Result<AuditedWrite::Logged> {
                                      RiskAssessmentRepository repo(m_db);
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
    Q_EMIT assessmentChanged(releaseId);
    return {};
}

} // namespace slipway
