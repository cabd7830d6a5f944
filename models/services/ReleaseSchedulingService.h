// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/ReleaseLinks.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;

// What a release needs in its window (environments, required roles), changed as an audited
// edit of the release: it moves the release's row version on like any other release edit.
class ReleaseSchedulingService : public QObject {
    Q_OBJECT
public:
    ReleaseSchedulingService(Database& db, Session session, QObject* parent = nullptr);

    Result<ReleaseLinks> find(qint64 releaseId) const;
    // `links.releaseRowVersion` must be the release version the user saw.
    Result<ReleaseLinks> update(const ReleaseLinks& links);

Q_SIGNALS:
    void linksChanged(qint64 releaseId);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
