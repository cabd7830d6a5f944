// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestedArtifacts.h"

#include "rules/GateEvaluator.h"
#include "storage/ArtifactRepository.h"
#include "storage/Database.h"
#include "storage/DeploymentRepository.h"
#include "storage/GateRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <tuple>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TestedArtifacts)
};

// The schema that brought evidence and deployment digests (0019_evidence_digests.sql).
constexpr int kDigestsSchema = 19;

} // namespace

QString UntestedDigest::shortLine() const {
    QString line = Text::tr("deployment %1: %2…").arg(deploymentId).arg(sha256.left(16));
    if (!artifactName.isEmpty())
        line += QStringLiteral(" (") + artifactName + u')';
    return line;
}

TestedArtifacts::TestedArtifacts(Database& db)
    : m_db(db) {}

Result<QSet<QString>> TestedArtifacts::covered(qint64 releaseId, const QDateTime& now) const {
    QSet<QString> out;
    if (m_db.schemaVersion() < kDigestsSchema)
        return out;
    auto gates = GateRepository(m_db).gatesOf(releaseId);
    if (!gates)
        return gates.error();
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    for (const ReleaseGate& g : gates.value())
        for (const GateCriterion& c : g.criteria) {
            if (!c.evidence || c.evidence->artifactDigests.isEmpty())
                continue;
            if (GateEvaluator::evaluate(c, g.waivers, at).measured != GateStatus::Passed)
                continue;
            for (const QString& digest : c.evidence->artifactDigests)
                out.insert(digest);
        }
    return out;
}

Result<QList<UntestedDigest>> TestedArtifacts::untested(qint64 releaseId) const {
    QList<UntestedDigest> out;
    if (m_db.schemaVersion() < kDigestsSchema)
        return out;
    DeploymentFilter filter;
    filter.releaseId = releaseId;
    auto deployments = DeploymentRepository(m_db).list(filter);
    if (!deployments)
        return deployments.error();
    QHash<qint64, QSet<QString>> coveredOf;
    QHash<qint64, QHash<QString, QString>> namesOf;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Deployment& d : deployments.value()) {
        if (!d.production || d.artifactDigests.isEmpty())
            continue;
        if (!coveredOf.contains(d.releaseId)) {
            auto digests = covered(d.releaseId, now);
            if (!digests)
                return digests.error();
            coveredOf.insert(d.releaseId, digests.value());
            auto artifacts = ArtifactRepository(m_db).forRelease(d.releaseId);
            if (!artifacts)
                return artifacts.error();
            QHash<QString, QString> names;
            for (const Artifact& a : artifacts.value())
                names.insert(a.sha256, a.name);
            namesOf.insert(d.releaseId, names);
        }
        const QSet<QString>& tested = coveredOf[d.releaseId];
        for (const QString& digest : d.artifactDigests)
            if (!tested.contains(digest))
                out.append({d.releaseId, d.releaseLabel, d.id, d.environmentName, digest,
                            namesOf[d.releaseId].value(digest)});
    }
    std::sort(out.begin(), out.end(), [](const UntestedDigest& a, const UntestedDigest& b) {
        return std::tie(a.releaseId, a.deploymentId, a.sha256) <
               std::tie(b.releaseId, b.deploymentId, b.sha256);
    });
    return out;
}

} // namespace slipway
