// SPDX-License-Identifier: GPL-3.0-or-later
// slipway validate run --db FILE --release R [--check NAME]… [--json]
// slipway validate checks --db FILE --release R [--json]
// slipway validate add-check --db FILE (--release R | --service S) --name N --url U [options]
// slipway validate import-checks --db FILE --release R FILE.json
// slipway validate results --db FILE --release R --check NAME [--json]
// slipway validate watch --db FILE [--for-minutes N]
#include "ValidateCommand.h"

#include "CliSupport.h"
#include "domain/InputText.h"
#include "services/CheckRunner.h"
#include "services/ProductService.h"
#include "services/Session.h"
#include "services/ValidationCheckService.h"
#include "services/ValidationScheduler.h"
#include "storage/ReleaseRepository.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace slipway::cli {
namespace {

const QString kCommand = QStringLiteral("validate");
const QStringList kActions{QStringLiteral("run"),       QStringLiteral("checks"),
                           QStringLiteral("add-check"), QStringLiteral("import-checks"),
                           QStringLiteral("results"),   QStringLiteral("watch")};

struct Options {
    FileOptions files;
    QCommandLineOption release{QStringLiteral("release"),
                               CliText::tr("The release: its id or PRODUCT@VERSION."),
                               QStringLiteral("R")};
    QCommandLineOption service{QStringLiteral("service"),
                               CliText::tr("add-check: the service (name or id) whose every "
                                           "release the check validates."),
                               QStringLiteral("S")};
    QCommandLineOption check{QStringLiteral("check"),
                             CliText::tr("run: only this check (repeatable); results: the check."),
                             QStringLiteral("NAME")};
    QCommandLineOption json{QStringLiteral("json"), CliText::tr("Print JSON.")};
    QCommandLineOption name{QStringLiteral("name"), CliText::tr("add-check: the check's name."),
                            QStringLiteral("NAME")};
    QCommandLineOption url{QStringLiteral("url"), CliText::tr("add-check: the URL to GET."),
                           QStringLiteral("URL")};
    QCommandLineOption expectStatus{QStringLiteral("expect-status"),
                                    CliText::tr("add-check: the status (default: any 2xx)."),
                                    QStringLiteral("N")};
    QCommandLineOption expectBody{QStringLiteral("expect-body"),
                                  CliText::tr("add-check: text the answer must contain."),
                                  QStringLiteral("TEXT")};
    QCommandLineOption latency{QStringLiteral("latency-ms"),
                               CliText::tr("add-check: the latency budget in ms."),
                               QStringLiteral("N")};
    QCommandLineOption timeout{QStringLiteral("timeout-ms"),
                               CliText::tr("add-check: the timeout in ms (default 5000)."),
                               QStringLiteral("N")};
    QCommandLineOption scheduleHours{
        QStringLiteral("schedule-hours"),
        CliText::tr("add-check: run on schedule for H hours after the production deployment."),
        QStringLiteral("H")};
    QCommandLineOption intervalMin{QStringLiteral("interval-min"),
                                   CliText::tr("add-check: minutes between scheduled runs "
                                               "(default 5)."),
                                   QStringLiteral("M")};
    QCommandLineOption forMinutes{QStringLiteral("for-minutes"),
                                  CliText::tr("watch: stop after N minutes (default: never)."),
                                  QStringLiteral("N")};
};

void printJson(const QJsonObject& o) {
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString utc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// A refusal of the services: a role, a stale row or a read-only file (exit 1), else bad
// input (2). One line whatever the message quotes.
int refused(const Error& error) {
    if (error.kind == Error::Kind::Permission || error.kind == Error::Kind::Stale ||
        error.kind == Error::Kind::Refused) {
        err() << InputText::singleLine(error.message, 4000) << Qt::endl;
        return ExitFindings;
    }
    if (error.kind == Error::Kind::Usage || error.kind == Error::Kind::Validation ||
        error.kind == Error::Kind::NotFound)
        return usageError(kCommand, error.message);
    return inputError(error);
}

QJsonObject resultJson(const CheckResult& r, const QString& checkName) {
    QJsonObject o{{QStringLiteral("check_id"), r.checkId},
                  {QStringLiteral("ok"), r.ok},
                  {QStringLiteral("run_at"), utc(r.runAtMs)},
                  {QStringLiteral("latency_ms"), r.latencyMs},
                  {QStringLiteral("http_status"), r.httpStatus},
                  {QStringLiteral("failed_step"), r.failedStep},
                  {QStringLiteral("reason"), r.reason},
                  {QStringLiteral("excerpt"), r.excerpt}};
    if (!checkName.isNull())
        o.insert(QStringLiteral("check"), checkName);
    return o;
}

// The checks named by --check (all the enabled ones when none is named); an unknown name is
// a usage error listing the known ones.
Result<QList<ValidationCheck>> chosen(const QList<ValidationCheck>& all, const QStringList& names) {
    if (names.isEmpty()) {
        QList<ValidationCheck> enabled;
        for (const ValidationCheck& c : all)
            if (c.enabled)
                enabled.append(c);
        return enabled;
    }
    QList<ValidationCheck> picked;
    for (const QString& name : names) {
        auto it = std::find_if(all.cbegin(), all.cend(), [&](const ValidationCheck& c) {
            return c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (it == all.cend()) {
            QStringList known;
            for (const ValidationCheck& c : all)
                known << c.name;
            return Error{
                Error::Kind::Usage,
                CliText::tr("--check %1: no such check of the release (it has: %2)")
                    .arg(InputText::quoted(name, 80),
                         known.isEmpty() ? CliText::tr("none") : known.join(QStringLiteral(", ")))};
        }
        if (std::none_of(picked.cbegin(), picked.cend(),
                         [&](const ValidationCheck& c) { return c.id == it->id; }))
            picked.append(*it); // named twice: run once
    }
    return picked;
}

int run(const QCommandLineParser& parser, const Options& o, ValidationCheckService& checks,
        qint64 releaseId, bool readOnly) {
    auto all = checks.forRelease(releaseId);
    if (!all)
        return inputError(all.error());
    auto picked = chosen(all.value(), parser.values(o.check));
    if (!picked)
        return usageError(kCommand, picked.error().message);
    const QList<CheckResult> results =
        CheckRunner::runAll(picked.value(), releaseId, checks.session().actor);
    bool stored = false;
    if (!readOnly && !results.isEmpty()) {
        if (auto recorded = checks.record(results); !recorded)
            return refused(recorded.error());
        stored = true;
    }
    int failed = 0;
    for (const CheckResult& r : results)
        failed += r.ok ? 0 : 1;
    if (parser.isSet(o.json)) {
        QJsonArray list;
        for (qsizetype i = 0; i < results.size(); ++i)
            list.append(resultJson(results[i], picked->at(i).name));
        printJson({{QStringLiteral("release_id"), releaseId},
                   {QStringLiteral("stored"), stored},
                   {QStringLiteral("passed"), int(results.size()) - failed},
                   {QStringLiteral("failed"), failed},
                   {QStringLiteral("results"), list}});
    } else {
        if (results.isEmpty())
            out() << CliText::tr("No enabled check applies to the release.") << Qt::endl;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const CheckResult& r = results[i];
            const QString name = InputText::singleLine(picked->at(i).name, 200);
            if (r.ok)
                out() << CliText::tr("PASS %1 %2 ms").arg(name, QString::number(r.latencyMs))
                      << Qt::endl;
            else
                out() << CliText::tr("FAIL %1: %2").arg(name, r.reason) << Qt::endl;
        }
    }
    if (readOnly && !results.isEmpty())
        err() << CliText::tr("Results not stored: the file was opened read-only.") << Qt::endl;
    return failed > 0 ? ExitFindings : ExitOk;
}

int list(const QCommandLineParser& parser, const Options& o, ValidationCheckService& checks,
         qint64 releaseId) {
    auto all = checks.forRelease(releaseId);
    auto latest = checks.latest(releaseId);
    if (!all || !latest)
        return inputError(!all ? all.error() : latest.error());
    if (parser.isSet(o.json)) {
        QJsonArray array;
        for (const ValidationCheck& c : all.value()) {
            QJsonObject j = toJson(c);
            j.insert(QStringLiteral("id"), c.id);
            j.insert(QStringLiteral("latest"),
                     latest->contains(c.id) ? QJsonValue(resultJson(latest->value(c.id), QString()))
                                            : QJsonValue());
            array.append(j);
        }
        printJson({{QStringLiteral("release_id"), releaseId}, {QStringLiteral("checks"), array}});
        return ExitOk;
    }
    if (all->isEmpty())
        out() << CliText::tr("No check applies to the release; add one with `slipway validate "
                             "add-check` or `import-checks`.")
              << Qt::endl;
    for (const ValidationCheck& c : all.value()) {
        QString state = CliText::tr("never run");
        if (latest->contains(c.id)) {
            const CheckResult& r = latest->value(c.id);
            state = r.ok ? CliText::tr("PASS at %1").arg(utc(r.runAtMs))
                         : CliText::tr("FAIL at %1: %2").arg(utc(r.runAtMs), r.reason);
        }
        out() << QStringLiteral("%1  [%2%3%4%5]  %6")
                     .arg(InputText::singleLine(c.name, 200), toKey(c.kind),
                          c.serviceId > 0 ? CliText::tr(", service %1").arg(c.serviceName)
                                          : QString(),
                          c.scheduleHours > 0 ? CliText::tr(", every %1 min for %2 h")
                                                    .arg(c.intervalMin)
                                                    .arg(c.scheduleHours)
                                              : QString(),
                          c.enabled ? QString() : CliText::tr(", disabled"), state)
              << Qt::endl;
    }
    return ExitOk;
}

std::optional<int> number(const QCommandLineParser& parser, const QCommandLineOption& option,
                          int* target) {
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok)
        return usageError(kCommand, CliText::tr("--%1 %2 is not a whole number")
                                        .arg(option.names().constFirst(),
                                             InputText::quoted(parser.value(option), 40)));
    *target = value;
    return std::nullopt;
}

int addCheck(const QCommandLineParser& parser, const Options& o, Database& db,
             ValidationCheckService& checks) {
    if (parser.isSet(o.release) == parser.isSet(o.service))
        return usageError(kCommand, CliText::tr("add-check needs --release or --service"));
    if (!parser.isSet(o.name) || !parser.isSet(o.url))
        return usageError(kCommand, CliText::tr("add-check needs --name and --url"));
    ValidationCheck c;
    int exit = ExitOk;
    if (parser.isSet(o.release)) {
        const auto releaseId = releaseFrom(db, parser, o.release, kCommand, &exit);
        if (!releaseId)
            return exit;
        c.releaseId = *releaseId;
    } else {
        auto owner = ProductService(db, checks.session()).lookUp(parser.value(o.service));
        if (!owner)
            return usageError(kCommand, QStringLiteral("--service: ") + owner.error().message);
        c.serviceId = owner->id;
    }
    c.name = parser.value(o.name).trimmed();
    TransactionStep step;
    step.url = parser.value(o.url).trimmed();
    step.expectBody = parser.value(o.expectBody);
    for (const auto& [option, target] : {std::pair{&o.expectStatus, &step.expectStatus},
                                         {&o.latency, &step.latencyBudgetMs},
                                         {&o.timeout, &c.timeoutMs},
                                         {&o.scheduleHours, &c.scheduleHours},
                                         {&o.intervalMin, &c.intervalMin}}) {
        if (auto stop = number(parser, *option, target))
            return *stop;
    }
    c.steps = {step};
    auto created = checks.create(c);
    if (!created)
        return refused(created.error());
    out() << CliText::tr("Added the check %1 (id %2).")
                 .arg(InputText::quoted(created->name, 200))
                 .arg(created->id)
          << Qt::endl;
    return ExitOk;
}

int importChecks(const QCommandLineParser& parser, ValidationCheckService& checks,
                 qint64 releaseId) {
    const QString file = parser.positionalArguments().value(1);
    if (file.isEmpty())
        return usageError(kCommand, CliText::tr("import-checks needs the JSON file"));
    auto created = checks.importFile(releaseId, file);
    if (!created)
        return refused(created.error());
    out() << CliText::tr("Imported %n check(s).", nullptr, int(created->size())) << Qt::endl;
    return ExitOk;
}

int results(const QCommandLineParser& parser, const Options& o, ValidationCheckService& checks,
            qint64 releaseId) {
    if (parser.values(o.check).size() != 1)
        return usageError(kCommand, CliText::tr("results needs one --check NAME"));
    auto all = checks.forRelease(releaseId);
    if (!all)
        return inputError(all.error());
    auto picked = chosen(all.value(), parser.values(o.check));
    if (!picked)
        return usageError(kCommand, picked.error().message);
    const ValidationCheck& c = picked->first();
    auto found = checks.results(c.id, releaseId);
    if (!found)
        return inputError(found.error());
    if (parser.isSet(o.json)) {
        QJsonArray array;
        for (const CheckResult& r : found.value())
            array.append(resultJson(r, QString()));
        printJson({{QStringLiteral("release_id"), releaseId},
                   {QStringLiteral("check"), c.name},
                   {QStringLiteral("check_id"), c.id},
                   {QStringLiteral("results"), array}});
        return ExitOk;
    }
    if (found->isEmpty())
        out() << CliText::tr("%1 has not run for the release.")
                     .arg(InputText::singleLine(c.name, 200))
              << Qt::endl;
    for (const CheckResult& r : found.value()) {
        out() << utc(r.runAtMs) << u' '
              << (r.ok ? CliText::tr("PASS %1 ms").arg(r.latencyMs)
                       : CliText::tr("FAIL %1").arg(r.reason))
              << Qt::endl;
    }
    return ExitOk;
}

int watch(const QCommandLineParser& parser, const Options& o, Database& db,
          ValidationCheckService& checks) {
    double minutes = -1;
    if (parser.isSet(o.forMinutes)) {
        bool ok = false;
        minutes = parser.value(o.forMinutes).toDouble(&ok);
        if (!ok || minutes <= 0 || minutes > 60 * 24 * 31)
            return usageError(kCommand,
                              CliText::tr("--for-minutes %1 is not a number of minutes")
                                  .arg(InputText::quoted(parser.value(o.forMinutes), 40)));
    }
    ValidationScheduler scheduler(checks);
    QEventLoop loop;
    int runs = 0;
    QObject::connect(&scheduler, &ValidationScheduler::ran, &loop, [&](qint64 releaseId) {
        ++runs;
        const auto release = ReleaseRepository(db).find(releaseId);
        const auto states = checks.states();
        out() << utc(QDateTime::currentMSecsSinceEpoch()) << u' '
              << (release ? release->name + u' ' + release->version : QString::number(releaseId))
              << QStringLiteral(": ")
              << (states ? toKey(states->value(releaseId)) : QStringLiteral("?")) << Qt::endl;
    });
    if (minutes > 0)
        QTimer::singleShot(qint64(minutes * 60 * 1000), &loop, &QEventLoop::quit);
    scheduler.start();
    loop.exec();
    scheduler.stop();
    out() << CliText::tr("%n check run(s) recorded.", nullptr, runs) << Qt::endl;
    return ExitOk;
}

} // namespace

int runValidate(const QStringList& args) {
    const QString action = args.value(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Post-deployment health checks and synthetic transactions of a release. run: runs "
        "every enabled check that applies (the release's own, its services' and its "
        "product's), stores the results and prints PASS/FAIL lines (with --read-only: runs "
        "and does not store). checks: lists them with their latest result. add-check: an "
        "HTTP GET check. import-checks: checks from a JSON file, all or none. results: a "
        "check's stored runs. watch: runs scheduled checks while it is running. Header values "
        "hold secrets only as {{secret:env:NAME}}, read from the environment when a request "
        "is sent. Exit 0: done, every check passed; 1: a check failed, or refused; 2: bad "
        "input."));
    parser.addPositionalArgument(QStringLiteral("action"), kActions.join(QStringLiteral(", ")));
    Options o;
    o.files.addTo(parser);
    parser.addOptions({o.release, o.service, o.check, o.json, o.name, o.url, o.expectStatus,
                       o.expectBody, o.latency, o.timeout, o.scheduleHours, o.intervalMin,
                       o.forMinutes});
    if (auto stop = parseCommand(parser, args, kCommand,
                                 QStringLiteral("slipway validate ACTION --db FILE|URL [options]"),
                                 action == u"import-checks" ? 2 : 1))
        return *stop;
    if (!kActions.contains(action))
        return usageError(
            kCommand,
            action.isEmpty()
                ? CliText::tr("say what to do: %1").arg(kActions.join(QStringLiteral(", ")))
                : CliText::tr("unknown action '%1'").arg(action));
    int exit = ExitOk;
    const auto path = requireDb(parser, o.files, kCommand, &exit);
    if (!path)
        return exit;
    const bool readOnly = parser.isSet(o.files.readOnly);
    if (action == u"watch" && readOnly)
        return usageError(kCommand, CliText::tr("watch records results: it cannot work on a "
                                                "file opened read-only"));
    const bool reading = action == u"checks" || action == u"results";
    auto db = Database::open(*path, reading ? o.files.readingOptions(parser)
                                            : o.files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    ValidationCheckService checks(*db.value(), acting.value());
    if (action == u"add-check")
        return addCheck(parser, o, *db.value(), checks);
    if (action == u"watch")
        return watch(parser, o, *db.value(), checks);
    const auto releaseId = releaseFrom(*db.value(), parser, o.release, kCommand, &exit);
    if (!releaseId)
        return exit;
    if (action == u"run")
        return run(parser, o, checks, *releaseId, readOnly);
    if (action == u"checks")
        return list(parser, o, checks, *releaseId);
    if (action == u"import-checks")
        return importChecks(parser, checks, *releaseId);
    return results(parser, o, checks, *releaseId);
}

} // namespace slipway::cli
