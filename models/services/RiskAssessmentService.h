// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Result.h"
#include "domain/RiskAssessment.h"

#include <QObject>

#include <optional>

namespace slipway {

class Database;

// A release's risk questionnaire: classified by RiskClassifier on every save, stored with
// the override the release manager chose and why, audited.
class RiskAssessmentService : public QObject {
    Q_OBJECT
public:
    RiskAssessmentService(Database& db, Session session, QObject* parent = nullptr);

    Result<std::optional<RiskAssessment>> forRelease(qint64 releaseId) const;
    Result<QList<RiskAssessment>> all() const;
    Result<RiskAssessment> find(qint64 id) const;

    // Saves the answers and the override of `assessment` (score, level and suggestion are
    // recomputed). `rowVersion` is the version the user saw, 0 when there was none. An
    // override needs a reason; one equal to the suggestion is dropped.
    Result<RiskAssessment> save(const RiskAssessment& assessment);
    Result<void> remove(qint64 id, qint64 rowVersion);

Q_SIGNALS:
    void assessmentChanged(qint64 releaseId);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
