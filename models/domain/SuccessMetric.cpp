// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuccessMetric.h"

#include "FieldLimits.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SuccessMetric)
};

} // namespace

QStringList allComparators() {
    return {QStringLiteral("<"), QStringLiteral("<="), QStringLiteral("="), QStringLiteral(">="),
            QStringLiteral(">")};
}

QStringList allSourceStats() {
    return {QStringLiteral("median"), QStringLiteral("mean"), QStringLiteral("p95"),
            QStringLiteral("max"), QStringLiteral("min")};
}

std::optional<bool> SuccessMetric::met() const {
    if (!actual)
        return std::nullopt;
    const double a = *actual;
    if (comparator == u"<")
        return a < target;
    if (comparator == u"<=")
        return a <= target;
    if (comparator == u">=")
        return a >= target;
    if (comparator == u">")
        return a > target;
    return std::abs(a - target) <= 1e-9 * std::max(1.0, std::abs(target));
}

QList<FieldProblem> validateMetric(const SuccessMetric& m) {
    QList<FieldProblem> problems;
    if (m.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), Text::tr("A success metric needs a name.")});
    if (!allComparators().contains(m.comparator))
        problems.append(
            {QStringLiteral("comparator"), Text::tr("The comparator must be one of < <= = >= >.")});
    if (!std::isfinite(m.target) || (m.baseline && !std::isfinite(*m.baseline)) ||
        (m.actual && !std::isfinite(*m.actual)))
        problems.append({QStringLiteral("target"), Text::tr("Metric values must be numbers.")});
    if (m.releaseId <= 0)
        problems.append(
            {QStringLiteral("release"), Text::tr("A success metric belongs to a release.")});
    if (!allSourceStats().contains(m.sourceStat))
        problems.append({QStringLiteral("source_stat"),
                         Text::tr("The statistic must be one of median, mean, p95, max, min.")});
    FieldLimits::check(
        problems,
        {{"name", QT_TRANSLATE_NOOP("FieldLimits", "The name"), m.name, FieldLimits::kName},
         {"unit", QT_TRANSLATE_NOOP("FieldLimits", "The unit"), m.unit, FieldLimits::kName},
         {"source_metric", QT_TRANSLATE_NOOP("FieldLimits", "The service metric"), m.sourceMetric,
          FieldLimits::kName}});
    return problems;
}

QJsonObject toJson(const SuccessMetric& m) {
    const auto number = [](const std::optional<double>& v) {
        return v ? QJsonValue(*v) : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("release_id"), m.releaseId},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("unit"), m.unit},
        {QStringLiteral("comparator"), m.comparator},
        {QStringLiteral("target"), m.target},
        {QStringLiteral("baseline"), number(m.baseline)},
        {QStringLiteral("actual"), number(m.actual)},
        {QStringLiteral("source_metric"), m.sourceMetric},
        {QStringLiteral("source_stat"), m.sourceStat},
        {QStringLiteral("row_version"), m.rowVersion},
    };
}

} // namespace slipway
