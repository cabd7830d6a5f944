// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClosureRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace slipway {
namespace {

class ClosureRules {
    Q_DECLARE_TR_FUNCTIONS(ClosureRules)
};

// "2026-11-04 10:00 UTC", the same in every locale.
QString utcText(qint64 utcSecs) {
    return QDateTime::fromSecsSinceEpoch(utcSecs, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

// At most three names, then how many more.
QString names(const QStringList& list) {
    QStringList quoted;
    for (const QString& name : list.mid(0, 3))
        quoted << QStringLiteral("“%1”").arg(name);
    QString text = quoted.join(QStringLiteral(", "));
    if (list.size() > 3)
        text += ClosureRules::tr(" and %n more", nullptr, int(list.size() - 3));
    return text;
}

} // namespace

QStringList defaultReviewRequiredFor() {
    return {QStringLiteral("major"), QStringLiteral("emergency"), QStringLiteral("failed"),
            QStringLiteral("rolled_back")};
}

bool isReviewRequired(ReleaseType type, bool failed, bool rolledBack,
                      const QStringList& requiredFor) {
    const auto asks = [&](const QString& key) {
        for (const QString& k : requiredFor)
            if (k.trimmed().compare(key, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    return asks(toKey(type)) || (failed && asks(QStringLiteral("failed"))) ||
           (rolledBack && asks(QStringLiteral("rolled_back")));
}

qint64 feedbackWindowEnd(qint64 firstProductionAt) {
    return firstProductionAt > 0 ? firstProductionAt + qint64(kFeedbackHours) * 3600 : 0;
}

QStringList closureBlockers(const ClosureFacts& f, qint64 nowUtc) {
    QStringList out;
    // A release that ended rolled back is closed only once it has been looked back on.
    const bool endedRolledBack =
        f.productionRolledBack && (!f.productionSucceeded || f.lastProductionRolledBack);
    const bool rolledBackUnreviewed = endedRolledBack && !f.reviewDone;
    if (rolledBackUnreviewed)
        out << (f.reviewExists
                    ? ClosureRules::tr("the production deployment was rolled back and its "
                                       "post-implementation review is not done")
                    : ClosureRules::tr("the production deployment was rolled back and no "
                                       "post-implementation review has been started"));

    if (!f.failingChecks.isEmpty())
        out << ClosureRules::tr("%n check(s) failed their latest run: %1", nullptr,
                                int(f.failingChecks.size()))
                   .arg(names(f.failingChecks));
    if (!f.uncheckedChecks.isEmpty())
        out << ClosureRules::tr("%n check(s) never run for the release: %1", nullptr,
                                int(f.uncheckedChecks.size()))
                   .arg(names(f.uncheckedChecks));
    if (!f.degradedMetrics.isEmpty())
        out << ClosureRules::tr("%n metric(s) degraded against their baseline: %1", nullptr,
                                int(f.degradedMetrics.size()))
                   .arg(names(f.degradedMetrics));

    const qint64 windowEnd = feedbackWindowEnd(f.firstProductionAt);
    if (windowEnd > 0 && nowUtc < windowEnd)
        out << ClosureRules::tr("the %1-hour feedback window ends %2")
                   .arg(kFeedbackHours)
                   .arg(utcText(windowEnd));

    if (f.reviewRequired && !f.reviewDone && !rolledBackUnreviewed)
        out << (f.reviewExists
                    ? ClosureRules::tr("the required post-implementation review is not done")
                    : ClosureRules::tr("the required post-implementation review has not been "
                                       "started"));

    if (!f.openChecklistItems.isEmpty())
        out << ClosureRules::tr("%n closure checklist item(s) open: %1", nullptr,
                                int(f.openChecklistItems.size()))
                   .arg(f.openChecklistItems.join(QStringLiteral(", ")));
    if (!f.metricsWithoutActual.isEmpty())
        out << ClosureRules::tr("%n success metric(s) without an actual: %1", nullptr,
                                int(f.metricsWithoutActual.size()))
                   .arg(names(f.metricsWithoutActual));
    return out;
}

} // namespace slipway
