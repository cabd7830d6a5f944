// SPDX-License-Identifier: GPL-3.0-or-later
// slipway import metrics --db FILE --service S --metric NAME [--series SEL] FILE
// slipway import metrics --db FILE --service S --metric NAME --from-prometheus URL --query Q
//                        --from TIME --to TIME [--step 60s] [--series SEL]
#include "MetricsCommand.h"

#include "domain/InputText.h"
#include "io/MetricCsv.h"
#include "io/PrometheusSamples.h"
#include "services/MetricService.h"
#include "services/ProductService.h"
#include "services/PrometheusRange.h"
#include "services/Session.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace slipway::cli {
namespace {

const QString kCommand = QStringLiteral("import");

struct Input {
    QList<MetricSample> samples;
    QString source; // the file's name or the URL, for the audit entry and the output
    QByteArray sha256;
    QString series; // the series picked from a Prometheus response
};

// "60s", "5m", "1h", "90": seconds; 0 when it does not read.
int stepSeconds(const QString& text) {
    static const QRegularExpression form(QStringLiteral("^(\\d{1,6})([smh]?)$"));
    const auto m = form.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return 0;
    const qint64 n = m.capturedView(1).toLongLong();
    const QStringView unit = m.capturedView(2);
    const qint64 secs = unit == u"m" ? n * 60 : unit == u"h" ? n * 3600 : n;
    return secs > 0 && secs <= 86400 ? int(secs) : 0;
}

// JSON (a Prometheus response) or CSV, told apart by the first character, not the name.
bool looksLikeJson(const QByteArray& bytes) {
    for (qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

Result<Input> fromFile(const QString& path, const QString& series) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io,
                     CliText::tr("%1: cannot read: %2").arg(path, file.errorString())};
    if (file.size() > MetricCsv::kMaxBytes)
        return Error{
            Error::Kind::Usage,
            CliText::tr("%1: %2 bytes, more than the %3 a metric's samples may have")
                .arg(name, QString::number(file.size()), QString::number(MetricCsv::kMaxBytes))};
    const QByteArray bytes = file.read(MetricCsv::kMaxBytes + 1);
    Input input;
    input.source = name;
    input.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    if (looksLikeJson(bytes)) {
        auto picked = PrometheusSamples::fromBytes(bytes, series, name);
        if (!picked)
            return picked.error();
        input.samples = std::move(picked->samples);
        input.series = picked->series;
        return input;
    }
    if (!series.isEmpty())
        return Error{Error::Kind::Usage,
                     CliText::tr("%1: --series picks a series of a Prometheus response; this is "
                                 "a CSV file")
                         .arg(name)};
    auto parsed = MetricCsv::parse(bytes, name);
    if (!parsed)
        return parsed.error();
    input.samples = std::move(parsed->samples);
    return input;
}

Result<Input> fromPrometheus(const PrometheusRange::Request& request) {
    PrometheusRange range;
    QEventLoop loop;
    PrometheusRangeResult result;
    QObject::connect(&range, &PrometheusRange::finished, &loop,
                     [&](const PrometheusRangeResult& r) {
                         result = r;
                         loop.quit();
                     });
    range.run(request);
    loop.exec(); // HttpRequest bounds the wait: finished() always comes
    if (!result.ok)
        return Error{Error::Kind::Usage,
                     QStringLiteral("%1: %2").arg(
                         result.url.isEmpty() ? request.baseUrl : result.url, result.reason)};
    Input input;
    input.samples = std::move(result.samples);
    const QUrl base(request.baseUrl.trimmed());
    input.source = base.toDisplayString(QUrl::RemoveUserInfo);
    input.sha256 = result.sha256;
    input.series = result.series;
    return input;
}

QString minute(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

int importMetrics(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "metrics: stores samples of a service's metric, from a CSV file (timestamp,value; ISO "
        "8601 with an offset or Unix seconds; NaN, +Inf, -Inf allowed; header optional), a "
        "saved Prometheus query or query_range response (JSON, told apart from CSV by its "
        "content), or live from Prometheus (--from-prometheus). A sample at a time already "
        "stored replaces it. The metric is created when the service has none of that name "
        "(lower is better, 10 %, 24-hour windows; 'slipway metrics define' changes that). The "
        "verdicts of the service's releases deployed inside the samples' range are "
        "recomputed. All in one audited transaction, or nothing."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption service(QStringLiteral("service"),
                                     CliText::tr("The service the metric belongs to: its name "
                                                 "or id."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption metric(QStringLiteral("metric"),
                                    CliText::tr("The metric's name, e.g. error_rate."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption series(
        QStringLiteral("series"),
        CliText::tr("Of a Prometheus response with several series, the one to take: "
                    "label=value,… (e.g. job=api,instance=a)."),
        QStringLiteral("SELECTOR"));
    const QCommandLineOption prometheus(QStringLiteral("from-prometheus"),
                                        CliText::tr("Fetch the samples live from this "
                                                    "Prometheus (its base URL)."),
                                        QStringLiteral("URL"));
    const QCommandLineOption query(QStringLiteral("query"),
                                   CliText::tr("--from-prometheus: the PromQL query."),
                                   QStringLiteral("PROMQL"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliText::tr("--from-prometheus: the range's start, ISO 8601 "
                                              "(no offset: UTC)."),
                                  QStringLiteral("TIME"));
    const QCommandLineOption to(QStringLiteral("to"),
                                CliText::tr("--from-prometheus: the range's end."),
                                QStringLiteral("TIME"));
    const QCommandLineOption step(QStringLiteral("step"),
                                  CliText::tr("--from-prometheus: the resolution, e.g. 60s, 5m "
                                              "(default 60s)."),
                                  QStringLiteral("STEP"));
    const QCommandLineOption ticket(QStringLiteral("change-ticket"),
                                    CliText::tr("The change ticket the import is done under."),
                                    QStringLiteral("TICKET"));
    parser.addOptions({service, metric, series, prometheus, query, from, to, step, ticket});
    parser.addPositionalArgument(QStringLiteral("metrics"), CliText::tr("What to import."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The samples to read."));
    if (auto stop = parseCommand(
            parser, args, kCommand,
            QStringLiteral("slipway import metrics --db FILE|URL --service S --metric NAME "
                           "[--series SEL] FILE\n"
                           "       slipway import metrics --db FILE|URL --service S --metric NAME "
                           "--from-prometheus URL --query Q --from TIME --to TIME [--step 60s]"),
            2))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const bool live = parser.isSet(prometheus);
    if (!parser.isSet(service) || parser.value(service).trimmed().isEmpty())
        return usageError(kCommand, CliText::tr("--service is required: the service the metric "
                                                "belongs to"));
    if (!parser.isSet(metric) || parser.value(metric).trimmed().isEmpty())
        return usageError(kCommand, CliText::tr("--metric is required: the metric's name"));
    if (live && positional.size() > 1)
        return usageError(kCommand, CliText::tr("give a FILE or --from-prometheus, not both"));
    if (!live && positional.size() < 2)
        return usageError(kCommand, CliText::tr("name the file of samples to read (CSV or a "
                                                "Prometheus response), or use "
                                                "--from-prometheus"));
    if (!live) {
        for (const QCommandLineOption* o : {&query, &from, &to, &step})
            if (parser.isSet(*o))
                return usageError(
                    kCommand,
                    CliText::tr("--%1 applies to --from-prometheus").arg(o->names().first()));
    }
    PrometheusRange::Request request;
    if (live) {
        request.baseUrl = parser.value(prometheus);
        request.query = parser.value(query);
        request.series = parser.value(series);
        if (request.query.trimmed().isEmpty())
            return usageError(kCommand, CliText::tr("--query is required with --from-prometheus"));
        request.fromSecs = parseUtc(parser.value(from));
        request.toSecs = parseUtc(parser.value(to));
        if (request.fromSecs == 0 || request.toSecs == 0)
            return usageError(kCommand, CliText::tr("--from and --to must be ISO 8601 times, "
                                                    "e.g. 2026-11-01T00:00:00Z"));
        request.stepSecs = parser.isSet(step) ? stepSeconds(parser.value(step)) : 60;
        if (request.stepSecs == 0)
            return usageError(kCommand, CliText::tr("--step %1 is not a duration such as 60s, 5m "
                                                    "or 1h (at most a day)")
                                            .arg(InputText::quoted(parser.value(step))));
        if (const QString problem = PrometheusRange::problemWith(request); !problem.isEmpty())
            return usageError(kCommand, problem);
    }
    int exit = ExitOk;
    const auto path = requireDb(parser, files, kCommand, &exit);
    if (!path)
        return exit;
    // The samples are read (or fetched) before the file is opened: bad input leaves it alone.
    auto input = live ? fromPrometheus(request) : fromFile(positional[1], parser.value(series));
    if (!input)
        return inputError(input.error());
    if (input->samples.isEmpty()) // a series without values: nothing to create a metric for
        return usageError(kCommand,
                          CliText::tr("%1: the series has no samples").arg(input->source));

    auto db = Database::open(*path, files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    Session session = acting.value();
    session.changeTicket = parser.value(ticket);
    MetricService metrics(*db.value(), session);
    auto owner = ProductService(*db.value(), session).lookUp(parser.value(service));
    if (!owner)
        return usageError(kCommand, QStringLiteral("--service: ") + owner.error().message);
    auto found = metrics.find(QString::number(owner->id), parser.value(metric));
    if (!found && found.error().kind != Error::Kind::NotFound)
        return metricRefused(kCommand, found.error());
    if (!found) {
        ServiceMetric fresh;
        fresh.serviceId = owner->id;
        fresh.name = parser.value(metric).trimmed();
        if (live) { // what was fetched can be fetched again
            fresh.prometheusUrl = request.baseUrl.trimmed();
            fresh.query = request.query.trimmed();
        }
        auto created = metrics.create(fresh);
        if (!created)
            return metricRefused(kCommand, created.error());
        out() << CliText::tr("Created the metric %1 of %2: lower is better, degraded beyond "
                             "10 % over 24-hour windows.")
                     .arg(created->name, created->serviceName)
              << Qt::endl;
        found = created;
    }
    auto outcome = metrics.importSamples(found->id, input->samples, input->source, input->sha256);
    if (!outcome)
        return metricRefused(kCommand, outcome.error());
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const int total = outcome->added + outcome->replaced;
    QString line =
        (total == 1 ? CliText::tr("%1: %2 sample for %3 of %4 (%5 – %6 UTC)")
                    : CliText::tr("%1: %2 samples for %3 of %4 (%5 – %6 UTC)"))
            .arg(input->series.isEmpty() ? input->source : input->source + u' ' + input->series)
            .arg(english.toString(total))
            .arg(found->name, found->serviceName, minute(outcome->fromMs), minute(outcome->toMs));
    if (outcome->replaced > 0)
        line += CliText::tr(", %1 of them replacing stored values")
                    .arg(english.toString(outcome->replaced));
    line += outcome->verdictsUpdated == 1
                ? CliText::tr("; 1 release verdict updated.")
                : CliText::tr("; %1 release verdicts updated.").arg(outcome->verdictsUpdated);
    out() << line << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
