// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckLifecycle.h"

#include "CliSupport.h"
#include "services/DeploymentService.h"
#include "services/LifecycleService.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace slipway::cli {

Result<LifecycleReport> checkLifecycle(Database& db, const QList<Conflict>& conflicts) {
    LifecycleService lifecycle(db);
    auto facts = lifecycle.allFacts(conflicts);
    if (!facts)
        return facts.error();
    const LifecycleClock clock = lifecycle.clock();
    LifecycleReport report;
    for (const LifecycleFacts& f : facts.value()) {
        report.labels.insert(f.releaseId, f.label);
        QList<GuardCheck> unmet = unmetGuards(f, clock);
        // Untested digests are listed one by one below, naming their deployment.
        unmet.removeIf([](const GuardCheck& g) { return g.guard == Guard::TestedArtifacts; });
        if (!unmet.isEmpty())
            report.findings.append({f.releaseId, f.label, f.status, unmet});
    }
    std::sort(report.findings.begin(), report.findings.end(),
              [](const auto& a, const auto& b) { return a.releaseId < b.releaseId; });
    auto untested = TestedArtifacts(db).untested();
    if (!untested)
        return untested.error();
    for (const UntestedDigest& u : untested.value())
        if (!facts->value(u.releaseId).overridden.contains(toKey(Guard::TestedArtifacts)))
            report.untested << u;
    auto unsettled = DeploymentService(db, Session{}).unsettledOverrides();
    if (!unsettled)
        return unsettled.error();
    report.unsettled = unsettled.value();
    return report;
}

void printLifecycle(const LifecycleReport& report) {
    out() << QCoreApplication::translate("cli",
                                         "Lifecycle:     %n release(s) past a guard they never met",
                                         nullptr, int(report.findings.size()))
          << Qt::endl;
    for (const auto& f : report.findings)
        for (const GuardCheck& g : f.unmet)
            out() << CliText::tr("  error:   %1 (%2) is %3 without “%4”: %5")
                         .arg(f.label)
                         .arg(f.releaseId)
                         .arg(displayName(f.status), displayName(g.guard), g.detail)
                  << Qt::endl;
    if (!report.untested.isEmpty())
        out() << QCoreApplication::translate(
                     "cli", "Tested artifacts: %n deployed digest(s) no passing evidence covers",
                     nullptr, int(report.untested.size()))
              << Qt::endl;
    for (const UntestedDigest& u : report.untested)
        out() << CliText::tr("  error:   %1 (%2): deployment %3 to %4 put %5%6 in place, which no "
                             "passing gate evidence of the release was produced against")
                     .arg(u.releaseLabel)
                     .arg(u.releaseId)
                     .arg(u.deploymentId)
                     .arg(u.environment, u.sha256,
                          u.artifactName.isEmpty() ? QString()
                                                   : QStringLiteral(" (%1)").arg(u.artifactName))
              << Qt::endl;
    for (const LifecycleOverride& o : report.unsettled) {
        const auto guard = guardFromKey(o.guard);
        out() << CliText::tr("  note:    override %1 of “%2” for %3 (%4) %5: %6")
                     .arg(o.id)
                     .arg(guard ? displayName(*guard) : o.guard, report.labels.value(o.releaseId))
                     .arg(o.releaseId)
                     .arg(o.isApproved()
                              ? CliText::tr("approved by %1, not yet settled").arg(o.approvedBy)
                              : CliText::tr("awaits a second release manager"),
                          o.reason)
              << Qt::endl;
    }
}

QJsonObject lifecycleJson(const LifecycleReport& report) {
    QJsonArray items;
    for (const auto& f : report.findings)
        for (const GuardCheck& g : f.unmet)
            items.append(QJsonObject{{QStringLiteral("release_id"), f.releaseId},
                                     {QStringLiteral("release"), f.label},
                                     {QStringLiteral("status"), toKey(f.status)},
                                     {QStringLiteral("guard"), toKey(g.guard)},
                                     {QStringLiteral("detail"), g.detail}});
    QJsonArray overrides;
    for (const LifecycleOverride& o : report.unsettled)
        overrides.append(toJson(o));
    QJsonArray untested;
    for (const UntestedDigest& u : report.untested)
        untested.append(QJsonObject{{QStringLiteral("release_id"), u.releaseId},
                                    {QStringLiteral("release"), u.releaseLabel},
                                    {QStringLiteral("deployment_id"), u.deploymentId},
                                    {QStringLiteral("environment"), u.environment},
                                    {QStringLiteral("sha256"), u.sha256},
                                    {QStringLiteral("artifact"), u.artifactName}});
    return {{QStringLiteral("releases_past_guards"), int(report.findings.size())},
            {QStringLiteral("items"), items},
            {QStringLiteral("untested_artifacts"), untested},
            {QStringLiteral("unsettled_overrides"), overrides}};
}

} // namespace slipway::cli
