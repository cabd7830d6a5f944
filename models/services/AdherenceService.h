// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Deviation.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;

// The adherence review: every place in a period where the release process was not followed
// (rules/AdherenceRules over storage/AdherenceFactsReader), and their counts by team and
// month. Reading only; corrective actions are CorrectiveActionService's.
class AdherenceService : public QObject {
    Q_OBJECT
public:
    AdherenceService(Database& db, Session session, QObject* parent = nullptr);

    // The deviations that happened in [fromUtc, toUtc), oldest first; `nowUtc` decides what
    // is late (a review past its due date).
    Result<QList<Deviation>> deviations(qint64 fromUtc, qint64 toUtc, qint64 nowUtc) const;

    struct Count {
        QString team;  // "" for releases without a team
        QString month; // "2026-11"
        DeviationKind kind = DeviationKind::DeployedWithoutApproval;
        int count = 0;
    };
    // By team, then month, then kind (the order of allDeviationKinds()).
    static QList<Count> countsByTeamAndMonth(const QList<Deviation>& deviations);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
