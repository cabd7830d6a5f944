// SPDX-License-Identifier: GPL-3.0-or-later
// slipway deploy record --db FILE --release ID|NAME@VERSION --environment NAME
//                       --outcome succeeded|failed|rolled-back [--ticket T] [--at TIME]
//                       [--artifact-digest SHA256]… [--json]
#include "CliSupport.h"
#include "domain/Gate.h"
#include "services/DeploymentService.h"
#include "services/ReleaseLookup.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {

// An ISO 8601 time; without an offset it is UTC. 0 when it does not parse.
qint64 parseUtc(const QString& text) {
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid())
        return 0;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toSecsSinceEpoch();
}

int runDeploy(const QStringList& args) {
    const QString command = QStringLiteral("deploy");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "record: who deployed which release to which environment, when, under which change "
        "ticket, and how it went. Recorded as made by you. A production deployment must be "
        "allowed by the release's lifecycle (approved, gates promoted, exit criteria settled, "
        "not inside a hard blackout or incident freeze without an emergency override, every "
        "artifact digest it names covered by passing gate evidence); it "
        "moves the release to Deployed or Rolled back. Exit 0: recorded; 1: refused, nothing "
        "written, every reason printed; 2: bad input."));
    parser.addPositionalArgument(QStringLiteral("record"), CliText::tr("What to do: record."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption release(QStringLiteral("release"),
                                     CliText::tr("The release: its id or NAME@VERSION."),
                                     QStringLiteral("ID|NAME@VERSION"));
    const QCommandLineOption environment(
        QStringLiteral("environment"), CliText::tr("The environment's name, as the file knows it."),
        QStringLiteral("NAME"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     CliText::tr("succeeded, failed or rolled-back."),
                                     QStringLiteral("OUTCOME"));
    const QCommandLineOption ticket(QStringLiteral("ticket"),
                                    CliText::tr("The change ticket it was done under (default: the "
                                                "release's)."),
                                    QStringLiteral("TICKET"));
    const QCommandLineOption at(
        QStringLiteral("at"),
        CliText::tr("When it happened, ISO 8601 (default: now; no offset: UTC)."),
        QStringLiteral("TIME"));
    const QCommandLineOption version(
        QStringLiteral("version"),
        CliText::tr("What was deployed (default: the release's version)."),
        QStringLiteral("VERSION"));
    const QCommandLineOption digest(
        QStringLiteral("artifact-digest"),
        CliText::tr("The SHA-256 of an artifact the deployment put in place (repeatable). In "
                    "production each must be one that passing gate evidence of the release was "
                    "produced against ('import junit|sarif|bench --artifact')."),
        QStringLiteral("SHA256"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the record as JSON."));
    parser.addOptions({release, environment, outcome, ticket, at, version, digest, json});
    if (auto stop = parseCommand(
            parser, args, command,
            QStringLiteral("slipway deploy record --db FILE|URL --release ID|NAME@VERSION "
                           "--environment NAME --outcome succeeded|failed|rolled-back "
                           "[--ticket T] [--at TIME] [--artifact-digest SHA256]… "
                           "[--json]"),
            1))
        return *stop;
    const QString action = parser.positionalArguments().value(0);
    if (action != u"record")
        return usageError(
            command,
            action.isEmpty()
                ? CliText::tr("say what to do: 'slipway deploy record …'")
                : CliText::tr("unknown action '%1'; the only one is 'record'").arg(action));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    const auto result = deploymentOutcomeFromKey(parser.value(outcome));
    if (!result)
        return usageError(command,
                          CliText::tr("--outcome must be succeeded, failed or rolled-back, not "
                                      "'%1'")
                              .arg(parser.value(outcome)));
    if (!parser.isSet(release) || !parser.isSet(environment))
        return usageError(command, CliText::tr("--release and --environment are required"));
    qint64 when = 0;
    if (parser.isSet(at)) {
        when = parseUtc(parser.value(at));
        if (when == 0)
            return usageError(command, CliText::tr("--at '%1' is not an ISO 8601 time such as "
                                                   "2026-03-14T22:00:00Z")
                                           .arg(parser.value(at)));
    }

    QStringList digests;
    for (const QString& given : parser.values(digest)) {
        const QString sha256 = normalisedSha256(given);
        if (sha256.isEmpty())
            return usageError(command, CliText::tr("--artifact-digest '%1' is not a SHA-256 "
                                                   "digest (64 hexadecimal digits)")
                                           .arg(given.simplified()));
        digests << sha256;
    }

    auto db = Database::open(*path, files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    auto rel = lookUpRelease(*db.value(), parser.value(release));
    if (!rel)
        return usageError(command, rel.error().message);
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    Session session = acting.value();
    session.changeTicket = parser.value(ticket).trimmed();
    DeploymentService deployments(*db.value(), session);
    auto env = deployments.environmentNamed(parser.value(environment));
    if (!env) {
        err() << CliText::tr("Deployment of %1 refused: %2")
                     .arg(releaseLabel(rel->name, rel->version), env.error().message)
              << Qt::endl;
        return ExitFindings;
    }
    Deployment d;
    d.releaseId = rel->id;
    d.environmentId = env->id;
    d.outcome = *result;
    d.deployedAt = when;
    d.version = parser.value(version).trimmed();
    d.changeTicket = session.changeTicket;
    d.artifactDigests = digests;
    auto reasons = deployments.refusals(d);
    if (!reasons)
        return inputError(reasons.error());
    if (!reasons->isEmpty()) {
        err() << CliText::tr("Deployment of %1 to %2 refused:")
                     .arg(releaseLabel(rel->name, rel->version), env->name)
              << Qt::endl;
        for (const QString& r : reasons.value())
            err() << QStringLiteral("  - ") << r << Qt::endl;
        return ExitFindings;
    }
    auto recorded = deployments.record(d);
    if (!recorded) {
        if (recorded.error().kind == Error::Kind::Refused) {
            err() << recorded.error().message << Qt::endl;
            return ExitFindings;
        }
        return inputError(recorded.error());
    }
    if (parser.isSet(json)) {
        QJsonObject o = toJson(recorded.value());
        o.insert(QStringLiteral("format"), 1);
        o.insert(QStringLiteral("release"), recorded->releaseLabel);
        o.insert(QStringLiteral("environment"), recorded->environmentName);
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out() << CliText::tr("Recorded: %1 %2 to %3 by %4 at %5 (deployment %6).")
                     .arg(recorded->releaseLabel, displayName(recorded->outcome).toLower(),
                          recorded->environmentName, recorded->deployedBy,
                          QDateTime::fromSecsSinceEpoch(recorded->deployedAt, Qt::UTC)
                              .toString(Qt::ISODate))
                     .arg(recorded->id)
              << Qt::endl;
    }
    return ExitOk;
}

} // namespace slipway::cli
