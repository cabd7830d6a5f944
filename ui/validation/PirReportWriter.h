// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Deployment.h"
#include "domain/Incident.h"
#include "domain/PostReview.h"
#include "domain/Release.h"
#include "domain/Result.h"
#include "domain/ServiceMetric.h"
#include "domain/ValidationCheck.h"
#include "services/ReviewService.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

class QPagedPaintDevice;

namespace slipway {
class Database;
struct Session;
} // namespace slipway

namespace slipway::ui {

// The post-implementation review on paper (A4 portrait): the release, its window, its
// deployments and their outcome; the validation (checks with their latest result, metrics with
// the Mann–Whitney comparison against the baseline); the correlated incidents, new patterns
// marked; support feedback; the review's sections; the timeline; the actions with owners, due
// dates and states. Blameless: no person is named beyond the review's sign-off. A draft says
// DRAFT on its first page and in every footer. HTML with every user string escaped, laid out
// by QTextDocument, "Page N of M" on every page.
class PirReportWriter {
    Q_DECLARE_TR_FUNCTIONS(PirReportWriter)

public:
    struct Input {
        Release release;
        QString releaseLabel;
        PostReview review;
        bool reviewRequired = false;
        qint64 firstProductionAt = 0;  // UTC seconds; 0: not deployed
        QList<Deployment> deployments; // of the release, oldest first
        ValidationState validation = ValidationState::None;
        QList<ValidationCheck> checks;
        QHash<qint64, CheckResult> latest; // check id → its latest result for the release
        QList<MetricVerdict> verdicts;
        QList<CorrelatedIncident> incidents;
        QList<FeedbackEntry> feedback;
        QList<TimelineEntry> timeline;
        QList<ReviewAction> actions;
        qint64 generatedAt = 0; // UTC seconds
    };
    struct Stats {
        int pages = 0;
    };

    // Everything the report shows, read through the services. Refused (Error::Kind::Refused)
    // when the release has no review yet.
    static Result<Input> load(Database& db, const Session& session, qint64 releaseId,
                              qint64 nowUtc);

    // The document as HTML; `pointsToPixels` converts the report's sizes for the device.
    static QString html(const Input& input, qreal pointsToPixels = 1.0);

    // Written complete or not at all (OutputFile).
    static Result<Stats> writePdf(const Input& input, const QString& outPath);
    static QByteArray toPdf(const Input& input, Stats* stats = nullptr);
    static Stats paint(const Input& input, QPagedPaintDevice& device);
};

} // namespace slipway::ui
