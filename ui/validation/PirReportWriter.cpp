// SPDX-License-Identifier: GPL-3.0-or-later
#include "PirReportWriter.h"

#include "ReportPdf.h"
#include "services/ClosureService.h"
#include "services/DeploymentService.h"
#include "services/FeedbackService.h"
#include "services/IncidentService.h"
#include "services/MetricService.h"
#include "services/ReleaseService.h"
#include "services/ValidationCheckService.h"

#include <QCoreApplication>
#include <QPageLayout>

#include <algorithm>

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PirReportWriter)
};

ReportPdf::Layout layout(const PirReportWriter::Input& in) {
    ReportPdf::Layout layout;
    layout.title = Text::tr("Post-implementation review — %1").arg(in.releaseLabel);
    layout.orientation = QPageLayout::Portrait;
    layout.margins = QMarginsF(16, 14, 16, 12);
    layout.headingRoom = 60;
    layout.deepestKeptHeading = 3;
    layout.footer = Text::tr("Post-implementation review · %1 · generated %2 UTC")
                        .arg(in.releaseLabel, ReportPdf::stamp(in.generatedAt));
    if (!in.review.isDone())
        layout.footer = Text::tr("DRAFT") + QStringLiteral(" · ") + layout.footer;
    layout.footerShare = 0.78;
    layout.pageNumbers = Text::tr("Page %1 of %2");
    return layout;
}

ReportPdf::HtmlFor htmlFor(const PirReportWriter::Input& in) {
    return [&in](qreal pointsToPixels) {
        return PirReportWriter::html(in, pointsToPixels);
    };
}

} // namespace

Result<PirReportWriter::Input> PirReportWriter::load(Database& db, const Session& session,
                                                     qint64 releaseId, qint64 nowUtc) {
    Input in;
    in.generatedAt = nowUtc;
    auto release = ReleaseService(db, session).find(releaseId);
    if (!release)
        return release.error();
    in.release = release.value();
    in.releaseLabel = releaseLabel(in.release.name, in.release.version);
    ReviewService reviews(db, session);
    auto review = reviews.forRelease(releaseId);
    if (!review)
        return review.error();
    if (!review->has_value())
        return Error{Error::Kind::Refused,
                     Text::tr("%1 has no post-implementation review yet; start one with "
                              "`slipway review start` or on the After release screen")
                         .arg(in.releaseLabel)};
    in.review = review->value();
    if (auto required = reviews.isRequired(releaseId))
        in.reviewRequired = required.value();
    auto actions = reviews.actions(releaseId);
    if (!actions)
        return actions.error();
    in.actions = actions.value();
    auto timeline = reviews.timeline(releaseId);
    if (!timeline)
        return timeline.error();
    in.timeline = timeline.value();

    DeploymentFilter filter;
    filter.releaseId = releaseId;
    auto deployments = DeploymentService(db, session).list(filter);
    if (!deployments)
        return deployments.error();
    in.deployments = deployments.value();
    std::stable_sort(
        in.deployments.begin(), in.deployments.end(),
        [](const Deployment& a, const Deployment& b) { return a.deployedAt < b.deployedAt; });
    if (auto facts = ClosureService(db, session).facts(releaseId))
        in.firstProductionAt = facts->firstProductionAt;

    ValidationCheckService checks(db, session);
    auto applying = checks.forRelease(releaseId);
    if (!applying)
        return applying.error();
    in.checks = applying.value();
    auto latest = checks.latest(releaseId);
    if (!latest)
        return latest.error();
    in.latest = latest.value();
    if (auto states = checks.states())
        in.validation = states->value(releaseId, ValidationState::None);
    auto verdicts = MetricService(db, session).verdicts(releaseId);
    if (!verdicts)
        return verdicts.error();
    in.verdicts = verdicts.value();
    auto incidents = IncidentService(db, session).correlated(releaseId);
    if (!incidents)
        return incidents.error();
    in.incidents = incidents.value();
    auto feedback = FeedbackService(db, session).forRelease(releaseId);
    if (!feedback)
        return feedback.error();
    in.feedback = feedback.value();
    return in;
}

PirReportWriter::Stats PirReportWriter::paint(const Input& input, QPagedPaintDevice& device) {
    return Stats{ReportPdf::paint(device, layout(input), htmlFor(input))};
}

QByteArray PirReportWriter::toPdf(const Input& input, Stats* stats) {
    int pages = 0;
    QByteArray bytes = ReportPdf::toPdf(layout(input), htmlFor(input), &pages);
    if (stats)
        *stats = Stats{pages};
    return bytes;
}

Result<PirReportWriter::Stats> PirReportWriter::writePdf(const Input& input,
                                                         const QString& outPath) {
    auto pages = ReportPdf::writePdf(outPath, layout(input), htmlFor(input));
    if (!pages)
        return pages.error();
    return Stats{pages.value()};
}

} // namespace slipway::ui
