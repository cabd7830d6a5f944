// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace slipway {

class Database;

// An artifact a production deployment put in place that no passing gate evidence of its
// release was produced against.
struct UntestedDigest {
    qint64 releaseId = 0;
    QString releaseLabel; // "Payments API 2.4.0"
    qint64 deploymentId = 0;
    QString environment;
    QString sha256;
    QString artifactName; // the release's artifact with that digest; empty: not registered

    QString shortLine() const; // "deployment 12: 3f2a9c4b1d0e5f67… (app.tar.gz)"
};

// Ship what was tested: which digests the release's passing gate evidence covers, and which
// deployed digests it does not. Evidence covers a digest while its criterion, as measured
// (a waiver is not a test), passes.
class TestedArtifacts {
public:
    explicit TestedArtifacts(Database& db);

    // The digests passing evidence of the release's gates names. `now` decides nothing but
    // waivers; an invalid one is the clock.
    Result<QSet<QString>> covered(qint64 releaseId, const QDateTime& now = {}) const;
    // Every digest of a production deployment that passing evidence of its release does not
    // cover; releaseId 0: of every release. Ordered by release, deployment and digest.
    Result<QList<UntestedDigest>> untested(qint64 releaseId = 0) const;

private:
    Database& m_db;
};

} // namespace slipway
