// SPDX-License-Identifier: GPL-3.0-or-later
// slipway metrics define --db FILE --service S --metric NAME [--unit U] [--better lower|higher]
//                        [--threshold N[%]] [--window-hours H] [--prometheus URL --query Q]
// slipway metrics list --db FILE [--service S] [--json]
// slipway metrics compare --db FILE --release R [--json]
#include "MetricsCommand.h"

#include "domain/InputText.h"
#include "rules/BaselineComparison.h"
#include "services/MetricService.h"
#include "services/ProductService.h"
#include "services/Session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace slipway::cli {
namespace {

const QString kCommand = QStringLiteral("metrics");

void printJson(const QJsonObject& o) {
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

// About four significant digits, no exponent for the sizes metrics have, the same in every
// locale.
QString number(double v) {
    if (std::isnan(v))
        return QStringLiteral("n/a");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (v == 0)
        return QStringLiteral("0");
    const int magnitude = int(std::floor(std::log10(std::fabs(v))));
    QString text = QString::number(v, 'f', std::clamp(3 - magnitude, 0, 8));
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QString withUnit(double v, const QString& unit) {
    return unit.isEmpty() ? number(v) : number(v) + u' ' + unit;
}

QString pValue(double p) {
    return p < 0.0001 ? QStringLiteral("p < 0.0001") : QStringLiteral("p = ") + number(p);
}

QString thresholdText(const ServiceMetric& m) {
    return m.thresholdKind == ThresholdKind::Percent ? number(m.threshold) + QStringLiteral(" %")
                                                     : withUnit(m.threshold, m.unit);
}

QString minute(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

struct Options {
    FileOptions files;
    QCommandLineOption service{QStringLiteral("service"),
                               CliText::tr("The service: its name or id."), QStringLiteral("NAME")};
    QCommandLineOption metric{QStringLiteral("metric"),
                              CliText::tr("define: the metric's name, e.g. error_rate."),
                              QStringLiteral("NAME")};
    QCommandLineOption unit{QStringLiteral("unit"),
                            CliText::tr("define: the unit the values are in, e.g. % or ms."),
                            QStringLiteral("UNIT")};
    QCommandLineOption better{QStringLiteral("better"),
                              CliText::tr("define: which way is good, lower or higher "
                                          "(default lower)."),
                              QStringLiteral("lower|higher")};
    QCommandLineOption threshold{
        QStringLiteral("threshold"),
        CliText::tr("define: how much worse than the baseline's median counts as degraded: a "
                    "percentage (10%) or an amount in the metric's unit (0.5); default 10%."),
        QStringLiteral("N[%]")};
    QCommandLineOption window{QStringLiteral("window-hours"),
                              CliText::tr("define: hours before and after the deployment that "
                                          "are compared (1-720, default 24)."),
                              QStringLiteral("H")};
    QCommandLineOption prometheus{QStringLiteral("prometheus"),
                                  CliText::tr("define: the Prometheus samples can be fetched "
                                              "from (its base URL)."),
                                  QStringLiteral("URL")};
    QCommandLineOption query{QStringLiteral("query"),
                             CliText::tr("define: the PromQL query giving the metric."),
                             QStringLiteral("PROMQL")};
    QCommandLineOption release{QStringLiteral("release"),
                               CliText::tr("compare: the release, its id or PRODUCT@VERSION."),
                               QStringLiteral("ID|PRODUCT@VERSION")};
    QCommandLineOption json{QStringLiteral("json"), CliText::tr("Print the result as JSON.")};
    QCommandLineOption ticket{QStringLiteral("change-ticket"),
                              CliText::tr("The change ticket the change is done under."),
                              QStringLiteral("TICKET")};
};

int define(const QCommandLineParser& parser, const Options& o, Database& db,
           const Session& session) {
    if (!parser.isSet(o.metric) || parser.value(o.metric).trimmed().isEmpty())
        return usageError(kCommand, CliText::tr("--metric is required: the metric's name"));
    auto owner = ProductService(db, session).lookUp(parser.value(o.service));
    if (!owner)
        return usageError(kCommand, QStringLiteral("--service: ") + owner.error().message);
    MetricService metrics(db, session);
    auto existing = metrics.find(QString::number(owner->id), parser.value(o.metric));
    if (!existing && existing.error().kind != Error::Kind::NotFound)
        return metricRefused(kCommand, existing.error());
    ServiceMetric m;
    if (existing) {
        m = existing.value();
    } else {
        m.serviceId = owner->id;
        m.name = parser.value(o.metric).trimmed();
    }
    if (parser.isSet(o.unit))
        m.unit = parser.value(o.unit).trimmed();
    if (parser.isSet(o.better)) {
        const auto better = metricDirectionFromKey(parser.value(o.better));
        if (!better)
            return usageError(kCommand, CliText::tr("--better must be lower or higher"));
        m.better = *better;
    }
    if (parser.isSet(o.threshold)) {
        QString text = parser.value(o.threshold).trimmed();
        const bool percent = text.endsWith(u'%');
        if (percent)
            text.chop(1);
        bool ok = false;
        const double value = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < 0)
            return usageError(kCommand, CliText::tr("--threshold %1 is not a number of at least "
                                                    "0, with or without %")
                                            .arg(InputText::quoted(parser.value(o.threshold))));
        m.threshold = value;
        m.thresholdKind = percent ? ThresholdKind::Percent : ThresholdKind::Absolute;
    }
    if (parser.isSet(o.window)) {
        bool ok = false;
        m.windowHours = parser.value(o.window).trimmed().toInt(&ok);
        if (!ok)
            return usageError(kCommand, CliText::tr("--window-hours must be a whole number of "
                                                    "hours"));
    }
    if (parser.isSet(o.prometheus))
        m.prometheusUrl = parser.value(o.prometheus).trimmed();
    if (parser.isSet(o.query))
        m.query = parser.value(o.query).trimmed();
    auto stored = existing ? metrics.update(m) : metrics.create(m);
    if (!stored)
        return metricRefused(kCommand, stored.error());
    out() << (existing ? CliText::tr("Updated the metric %1 of %2: %3 is better, degraded beyond "
                                     "%4 over %5-hour windows.")
                       : CliText::tr("Defined the metric %1 of %2: %3 is better, degraded beyond "
                                     "%4 over %5-hour windows."))
                 .arg(stored->name, stored->serviceName, toKey(stored->better),
                      thresholdText(stored.value()))
                 .arg(stored->windowHours)
          << Qt::endl;
    return ExitOk;
}

int list(const QCommandLineParser& parser, const Options& o, Database& db, const Session& session) {
    ProductService products(db, session);
    QList<qint64> services;
    if (parser.isSet(o.service)) {
        auto owner = products.lookUp(parser.value(o.service));
        if (!owner)
            return usageError(kCommand, QStringLiteral("--service: ") + owner.error().message);
        services.append(owner->id);
    } else {
        auto all = products.all();
        if (!all)
            return inputError(all.error());
        for (const Product& p : all.value())
            services.append(p.id);
    }
    MetricService metrics(db, session);
    QJsonArray rows;
    int count = 0;
    for (qint64 serviceId : std::as_const(services)) {
        auto found = metrics.forService(serviceId);
        if (!found)
            return inputError(found.error());
        for (const ServiceMetric& m : found.value()) {
            auto samples = metrics.samples(m.id, std::numeric_limits<qint64>::min(),
                                           std::numeric_limits<qint64>::max());
            if (!samples)
                return inputError(samples.error());
            ++count;
            if (parser.isSet(o.json)) {
                QJsonObject row = toJson(m);
                row.insert(QStringLiteral("samples"), samples->size());
                if (!samples->isEmpty()) {
                    row.insert(QStringLiteral("first"),
                               QDateTime::fromMSecsSinceEpoch(samples->first().atMs, Qt::UTC)
                                   .toString(Qt::ISODateWithMs));
                    row.insert(QStringLiteral("last"),
                               QDateTime::fromMSecsSinceEpoch(samples->last().atMs, Qt::UTC)
                                   .toString(Qt::ISODateWithMs));
                }
                rows.append(row);
                continue;
            }
            out() << CliText::tr("%1 / %2%3: %4 is better, threshold %5, %6-hour windows; ")
                         .arg(m.serviceName, m.name,
                              m.unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.unit),
                              toKey(m.better), thresholdText(m))
                         .arg(m.windowHours)
                  << (samples->isEmpty()
                          ? CliText::tr("no samples")
                          : CliText::tr("%1 samples, %2 – %3 UTC")
                                .arg(samples->size())
                                .arg(minute(samples->first().atMs), minute(samples->last().atMs)))
                  << (m.prometheusUrl.isEmpty()
                          ? QString()
                          : CliText::tr("; live from %1").arg(m.prometheusUrl))
                  << Qt::endl;
        }
    }
    if (parser.isSet(o.json))
        printJson({{QStringLiteral("metrics"), rows}});
    else if (count == 0)
        out() << CliText::tr("No service metrics yet: 'slipway metrics define' or 'slipway "
                             "import metrics' adds one.")
              << Qt::endl;
    return ExitOk;
}

QString verdictLine(const MetricVerdict& v) {
    QString line = CliText::tr("%1 of %2: ").arg(v.metricName, v.serviceName);
    if (v.verdict == BaselineVerdict::Insufficient &&
        (v.nBefore < kMinimumSamples || v.nAfter < kMinimumSamples))
        return line + CliText::tr("too few samples (%1 before, %2 after; %3 needed on each "
                                  "side): no verdict")
                          .arg(v.nBefore)
                          .arg(v.nAfter)
                          .arg(kMinimumSamples);
    const double base = v.baselineMedian.value_or(std::nan(""));
    const double after = v.afterMedian.value_or(std::nan(""));
    const double change = v.change.value_or(std::nan(""));
    line += CliText::tr("baseline median %1, after median %2, change %3")
                .arg(withUnit(base, v.unit), withUnit(after, v.unit),
                     (change > 0 ? QStringLiteral("+") : QString()) + withUnit(change, v.unit));
    if (std::isfinite(base) && base != 0 && std::isfinite(change))
        line += QStringLiteral(" (%1%2 %)")
                    .arg(change > 0 ? QStringLiteral("+") : QString(),
                         number(change / std::fabs(base) * 100.0));
    if (v.uStatistic && v.pValue)
        line += CliText::tr("; Mann–Whitney U = %1, %2 (one-sided, %3 before, %4 after)")
                    .arg(number(*v.uStatistic), pValue(*v.pValue))
                    .arg(v.nBefore)
                    .arg(v.nAfter);
    return line + QStringLiteral(": ") + displayName(v.verdict).toLower();
}

std::optional<double> known(double v) {
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

// The comparisons without storing them: for a file opened read-only, or someone whose role
// may not record validation (a CAB member reading the numbers).
Result<QList<MetricVerdict>> computeOnly(MetricService& metrics, qint64 releaseId) {
    auto list = metrics.forRelease(releaseId);
    if (!list)
        return list.error();
    QList<MetricVerdict> out;
    for (const ServiceMetric& m : list.value()) {
        auto c = metrics.comparison(releaseId, m.id);
        if (!c)
            return c.error();
        const BaselineOutcome& r = c->outcome;
        MetricVerdict v;
        v.releaseId = releaseId;
        v.metricId = m.id;
        v.metricName = m.name;
        v.serviceName = m.serviceName;
        v.unit = m.unit;
        v.computedAt = QDateTime::currentSecsSinceEpoch();
        v.deployedAt = c->deployedAtMs / 1000;
        v.nBefore = r.nBefore;
        v.nAfter = r.nAfter;
        v.verdict = r.verdict;
        if (r.nBefore > 0 && r.nAfter > 0) {
            v.baselineMedian = known(r.baselineMedian);
            v.afterMedian = known(r.afterMedian);
            v.change = known(r.change);
            if (r.test.valid()) {
                v.uStatistic = known(r.test.u);
                v.pValue = known(r.test.p);
            }
        }
        out.append(v);
    }
    return out;
}

int compare(const QCommandLineParser& parser, const Options& o, Database& db,
            const Session& session) {
    int exit = ExitOk;
    const auto releaseId = releaseFrom(db, parser, o.release, kCommand, &exit);
    if (!releaseId)
        return exit;
    MetricService metrics(db, session);
    auto verdicts = metrics.compare(*releaseId);
    Result<int> actuals = 0;
    if (!verdicts && (verdicts.error().kind == Error::Kind::Permission ||
                      verdicts.error().kind == Error::Kind::ReadOnly)) {
        err() << CliText::tr("Not stored: %1").arg(InputText::singleLine(verdicts.error().message))
              << Qt::endl;
        verdicts = computeOnly(metrics, *releaseId);
    } else if (verdicts) {
        actuals = metrics.refreshActuals(*releaseId);
    }
    if (!verdicts)
        return metricRefused(kCommand, verdicts.error());
    if (!actuals)
        return metricRefused(kCommand, actuals.error());
    if (parser.isSet(o.json)) {
        QJsonArray list;
        for (const MetricVerdict& v : verdicts.value())
            list.append(toJson(v));
        printJson({{QStringLiteral("release_id"), *releaseId},
                   {QStringLiteral("verdicts"), list},
                   {QStringLiteral("actuals_updated"), actuals.value()}});
        return ExitOk;
    }
    if (verdicts->isEmpty()) {
        out() << CliText::tr("The release's services have no metrics: 'slipway metrics define' "
                             "adds one.")
              << Qt::endl;
        return ExitOk;
    }
    out() << CliText::tr("Deployed to production %1 UTC; each metric's window before against "
                         "the same window after.")
                 .arg(minute(verdicts->first().deployedAt * 1000))
          << Qt::endl;
    for (const MetricVerdict& v : verdicts.value())
        out() << verdictLine(v) << Qt::endl;
    if (actuals.value() == 1)
        out() << CliText::tr("1 success metric's actual set from the window after.") << Qt::endl;
    else if (actuals.value() > 1)
        out() << CliText::tr("%1 success metrics' actuals set from the windows after.")
                     .arg(actuals.value())
              << Qt::endl;
    return ExitOk;
}

} // namespace

int metricRefused(const QString& command, const Error& error) {
    if (error.kind == Error::Kind::Permission || error.kind == Error::Kind::Refused ||
        error.kind == Error::Kind::Stale) {
        err() << InputText::singleLine(error.message, 4000) << Qt::endl;
        return ExitFindings;
    }
    if (error.kind == Error::Kind::Usage || error.kind == Error::Kind::NotFound ||
        error.kind == Error::Kind::Validation)
        return usageError(command, error.message);
    return inputError(error);
}

int runMetrics(const QStringList& args) {
    const QString action = args.value(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "define: what is measured of a service after its releases (created, or changed when it "
        "exists). list: the metrics with their samples' span. compare: each metric of the "
        "release's services, the window before its first production deployment against the "
        "same window after: the medians, the change, and the one-sided Mann–Whitney U test; "
        "degraded when the after-median is worse by more than the threshold and p < 0.01. "
        "Verdicts are stored, and success metrics that name a metric take their actual from "
        "the window after. Exit 0 whatever the verdicts."));
    Options o;
    o.files.addTo(parser);
    parser.addOptions({o.service, o.metric, o.unit, o.better, o.threshold, o.window, o.prometheus,
                       o.query, o.release, o.json, o.ticket});
    parser.addPositionalArgument(QStringLiteral("ACTION"), CliText::tr("define, list or compare."));
    if (auto stop = parseCommand(
            parser, args, kCommand,
            QStringLiteral(
                "slipway metrics define --db FILE|URL --service S --metric NAME [--unit U] "
                "[--better lower|higher] [--threshold N[%]] [--window-hours H] "
                "[--prometheus URL --query Q]\n"
                "       slipway metrics list --db FILE|URL [--service S] [--json]\n"
                "       slipway metrics compare --db FILE|URL --release R [--json]"),
            1))
        return *stop;
    if (action != u"define" && action != u"list" && action != u"compare")
        return usageError(kCommand,
                          action.isEmpty()
                              ? CliText::tr("say what to do: define, list or compare")
                              : CliText::tr("unknown action '%1'; available: define, list, "
                                            "compare")
                                    .arg(action));
    if (action == u"define" &&
        (!parser.isSet(o.service) || parser.value(o.service).trimmed().isEmpty()))
        return usageError(kCommand, CliText::tr("--service is required: the service the metric "
                                                "belongs to"));
    int exit = ExitOk;
    const auto path = requireDb(parser, o.files, kCommand, &exit);
    if (!path)
        return exit;
    auto db = Database::open(*path, action == u"list" ? o.files.readingOptions(parser)
                                                      : o.files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    Session session = acting.value();
    session.changeTicket = parser.value(o.ticket);
    if (action == u"define")
        return define(parser, o, *db.value(), session);
    if (action == u"list")
        return list(parser, o, *db.value(), session);
    return compare(parser, o, *db.value(), session);
}

} // namespace slipway::cli
