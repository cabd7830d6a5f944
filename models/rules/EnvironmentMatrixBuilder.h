// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EnvironmentMatrix.h"
#include "domain/ReleaseEnums.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// What the matrix is computed from, as MatrixFactsReader reads it from the file.
struct MatrixFacts {
    struct Release {
        qint64 id = 0;
        QString name;
        QString version;
        ReleaseStatus status = ReleaseStatus::Planned;
        QStringList services; // names, from release_services
        int artifacts = 0;
        int verifiedArtifacts = 0; // whose newest verification is "verified"
    };
    // A row of a release's component list (release_components).
    struct Part {
        qint64 releaseId = 0;
        QString name;
        QString group;
        QString version;
        bool versionIsRange = false;
        QString purl;
    };
    // A release arriving in (or leaving) an environment.
    struct Arrival {
        enum class Kind { Deployed, RolledBack, Promoted };
        Kind kind = Kind::Deployed;
        qint64 id = 0;            // the deployment record, or the release gate promoted through
        qint64 environmentId = 0; // Deployed, RolledBack
        QString stage;            // Promoted: the gate's stage
        qint64 releaseId = 0;
        QString version; // Deployed: the version the record names (may be empty)
        qint64 at = 0;   // UTC seconds
    };
    QList<Environment> environments;
    QHash<qint64, Release> releases;
    QList<Part> parts; // grouped by release
    QList<Arrival> arrivals;
};

// Computes the environment matrix. The rules:
//
// Where a release runs. Each environment replays its arrivals oldest first. A successful
// deployment record puts the release there at the record's time; a record with outcome
// "rolled back" takes it out again (what ran before comes back); a failed record changes
// nothing. A promotion through a gate counts as arriving in every environment that is not
// production whose name is the gate's stage or whose kind is (Staging → staging, Test and
// QA → test, Development → dev): staging often has no deployment records of its own.
// Production is only what deployment records say, since a release promoted to Production
// runs there only once it is deployed. A release arriving replaces the release of the same
// product there before it; releases of different products run side by side.
//
// A release's product is the service linked to it whose name its own name begins with,
// else its name up to its version ("Fraud Scoring 3.4.2 hotfix" → "Fraud Scoring").
//
// What a release brings. Its component list, its subject included (the product itself as
// the SBOM names it), each component at the version the list gives; a component whose
// version is a range is a constraint, not something that runs (it becomes a pin), and is
// left out, as is one the list gives no version for. A release without a component list brings its
// product, at the version the deployment record names or else the release's version.
//
// Drift (a), StagingProductionGap: a component runs in some staging and some production
// environment, staging runs a version production does not, and no planned release (planned,
// scheduled, in progress, approved or deploying) carries one of those versions. A component
// on one side only is new or retired, not drift.
// Drift (b), UnverifiedInProduction: a production environment runs what a release brought
// that has no artifacts, or has one whose newest verification is not "verified" (never
// verified, a digest mismatch, a bad signature, an unknown key, a missing file). One finding
// per release and production environment; every cell it placed there is marked.
class EnvironmentMatrixBuilder {
public:
    static EnvironmentMatrix build(const MatrixFacts& facts);
    // The product a release belongs to (see above).
    static QString productOf(const MatrixFacts::Release& release);
    // Whether a release in `status` may still carry a version to production.
    static bool isPlanned(ReleaseStatus status);
    // The environments a promotion into `stage` counts for (never production).
    static bool stageEnters(const QString& stage, const Environment& environment);
};

} // namespace slipway
