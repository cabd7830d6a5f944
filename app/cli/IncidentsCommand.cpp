// SPDX-License-Identifier: GPL-3.0-or-later
// slipway incidents list --db FILE [--from DATE --to DATE] [--json]
// slipway incidents correlate --db FILE --release ID|PRODUCT@VERSION [--json]
// slipway feedback add --db FILE --release R --team T --severity S --what TEXT [--at TIME]
// slipway feedback list --db FILE --release R [--json]
#include "IncidentsCommand.h"

#include "CliSupport.h"
#include "domain/InputText.h"
#include "domain/TimeText.h"
#include "services/FeedbackService.h"
#include "services/IncidentService.h"
#include "services/Session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

void printJson(const QJsonObject& o) {
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString shownTime(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// A refusal of the service: a role says no (exit 1), or the input is bad (exit 2).
int refused(const QString& command, const Error& error) {
    if (error.kind == Error::Kind::Permission || error.kind == Error::Kind::Refused) {
        err() << error.message << Qt::endl;
        return ExitFindings;
    }
    if (error.kind == Error::Kind::Usage || error.kind == Error::Kind::NotFound)
        return usageError(command, error.message);
    return inputError(error);
}

// "Payments API / pay-db-01": where the incident happened, as the service desk named it.
QString whereText(const Incident& i) {
    QStringList parts;
    if (!i.service.isEmpty())
        parts << i.service;
    if (!i.configItem.isEmpty() && i.configItem != i.service)
        parts << i.configItem;
    return parts.isEmpty() ? QStringLiteral("-")
                           : InputText::singleLine(parts.join(QStringLiteral(" / ")), 120);
}

QString incidentLine(const Incident& i) {
    return QStringLiteral("%1  %2  %3  %4  %5  %6")
        .arg(InputText::singleLine(i.number, 60), shownTime(i.openedAt),
             CliText::tr("sev %1").arg(i.severity),
             i.state.isEmpty() ? QStringLiteral("-") : InputText::singleLine(i.state, 60),
             whereText(i), InputText::singleLine(i.title, 100));
}

int listIncidents(IncidentService& service, qint64 from, qint64 to, bool json) {
    auto all = service.incidents(from, to);
    if (!all)
        return inputError(all.error());
    if (json) {
        QJsonArray list;
        for (const Incident& i : std::as_const(all.value())) {
            QJsonObject o = toJson(i);
            o.insert(QStringLiteral("id"), i.id);
            list.append(o);
        }
        printJson({{QStringLiteral("incidents"), list}});
        return ExitOk;
    }
    if (all->isEmpty()) {
        out() << CliText::tr("No incidents; import a service desk's export with 'slipway import "
                             "csv --kind incidents'.")
              << Qt::endl;
        return ExitOk;
    }
    for (const Incident& i : std::as_const(all.value()))
        out() << incidentLine(i) << Qt::endl;
    return ExitOk;
}

int correlateRelease(IncidentService& service, qint64 releaseId, bool json) {
    auto found = service.correlated(releaseId);
    if (!found)
        return refused(QStringLiteral("incidents"), found.error());
    if (json) {
        QJsonArray list;
        for (const CorrelatedIncident& c : std::as_const(found.value())) {
            QJsonObject o = toJson(c.incident);
            o.insert(QStringLiteral("matched_on"), c.matchedOn);
            o.insert(QStringLiteral("hours_after_deployment"), c.hoursAfterDeployment);
            o.insert(QStringLiteral("new_pattern"), c.newPattern);
            o.insert(QStringLiteral("new_pattern_reason"), c.newPatternReason);
            list.append(o);
        }
        printJson({{QStringLiteral("release_id"), releaseId}, {QStringLiteral("incidents"), list}});
        return ExitOk;
    }
    if (found->isEmpty()) {
        out() << CliText::tr("No incident correlates with release %1 (none opened on its "
                             "services within 72 hours of its first production deployment, or "
                             "it has none).")
                     .arg(releaseId)
              << Qt::endl;
        return ExitOk;
    }
    for (const CorrelatedIncident& c : std::as_const(found.value())) {
        out() << incidentLine(c.incident) << QStringLiteral("  ")
              << CliText::tr("+%1 h, %2")
                     .arg(QString::number(c.hoursAfterDeployment),
                          InputText::singleLine(c.matchedOn, 120));
        if (c.newPattern)
            out() << QStringLiteral("  ")
                  << CliText::tr("NEW PATTERN: %1")
                         .arg(InputText::singleLine(c.newPatternReason, 300));
        out() << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int runIncidents(const QStringList& args) {
    const QString command = QStringLiteral("incidents");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "list: the incidents imported from service-desk exports, oldest first (--from and --to "
        "bound their opening time). correlate: the incidents opened within 72 hours of the "
        "release's first production deployment on one of its services or its product, matched "
        "by the incident's service or configuration item; a new pattern is a category or "
        "configuration item no incident had in the 30 days before."));
    parser.addPositionalArgument(QStringLiteral("action"), CliText::tr("list or correlate."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption release(QStringLiteral("release"),
                                     CliText::tr("correlate: the release, by id or "
                                                 "PRODUCT@VERSION."),
                                     QStringLiteral("ID|PRODUCT@VERSION"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliText::tr("list: opened at or after (ISO 8601, UTC)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                CliText::tr("list: opened before (ISO 8601, UTC)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    parser.addOptions({release, from, to, json});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway incidents list --db FILE|URL [--from DATE "
                                                "--to DATE] [--json] | slipway incidents "
                                                "correlate --db FILE|URL --release R [--json]"),
                                 1))
        return *stop;
    const QString action = parser.positionalArguments().value(0);
    if (action != u"list" && action != u"correlate")
        return usageError(command, action.isEmpty()
                                       ? CliText::tr("say what to do: list or correlate")
                                       : CliText::tr("unknown action '%1'; available: list, "
                                                     "correlate")
                                             .arg(action));
    const bool listing = action == u"list";
    if (listing && parser.isSet(release))
        return usageError(command, CliText::tr("--release applies to 'correlate' only"));
    if (!listing && (parser.isSet(from) || parser.isSet(to)))
        return usageError(command, CliText::tr("--from and --to apply to 'list' only"));
    qint64 fromUtc = 0, toUtc = 0;
    for (const auto& [option, into] : {std::pair{&from, &fromUtc}, std::pair{&to, &toUtc}}) {
        if (!parser.isSet(*option))
            continue;
        const auto at = parseUtcTime(parser.value(*option));
        if (!at)
            return usageError(command, CliText::tr("--%1 '%2' is not a date or time such as "
                                                   "2026-11-01 or 2026-11-01T14:00Z")
                                           .arg(option->names().first(),
                                                InputText::singleLine(parser.value(*option), 60)));
        *into = *at;
    }
    if (fromUtc != 0 && toUtc != 0 && toUtc <= fromUtc)
        return usageError(command, CliText::tr("--to must be after --from"));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    auto db = Database::open(*path, files.readingOptions(parser));
    if (!db)
        return inputError(db.error());
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    IncidentService service(*db.value(), acting.value());
    if (listing)
        return listIncidents(service, fromUtc, toUtc, parser.isSet(json));
    const auto releaseId = releaseFrom(*db.value(), parser, release, command, &exit);
    if (!releaseId)
        return exit;
    return correlateRelease(service, *releaseId, parser.isSet(json));
}

int runFeedback(const QStringList& args) {
    const QString command = QStringLiteral("feedback");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "add: records what a support team reports about a release in the 72 hours after its "
        "deployment (team, severity low|medium|high|critical, what; --at defaults to now and "
        "may not lie in the future). list: a release's feedback, oldest first. Audited."));
    parser.addPositionalArgument(QStringLiteral("action"), CliText::tr("add or list."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption release(QStringLiteral("release"),
                                     CliText::tr("The release, by id or PRODUCT@VERSION."),
                                     QStringLiteral("ID|PRODUCT@VERSION"));
    const QCommandLineOption team(QStringLiteral("team"), CliText::tr("add: the reporting team."),
                                  QStringLiteral("TEAM"));
    const QCommandLineOption severity(QStringLiteral("severity"),
                                      CliText::tr("add: low, medium, high or critical."),
                                      QStringLiteral("SEVERITY"));
    const QCommandLineOption what(QStringLiteral("what"), CliText::tr("add: what was reported."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption at(QStringLiteral("at"),
                                CliText::tr("add: when it was reported (ISO 8601; default now)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliText::tr("list: print the result as JSON."));
    parser.addOptions({release, team, severity, what, at, json});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway feedback add --db FILE|URL --release R "
                                                "--team T --severity S --what TEXT [--at TIME] | "
                                                "slipway feedback list --db FILE|URL --release R "
                                                "[--json]"),
                                 1))
        return *stop;
    const QString action = parser.positionalArguments().value(0);
    if (action != u"add" && action != u"list")
        return usageError(
            command, action.isEmpty()
                         ? CliText::tr("say what to do: add or list")
                         : CliText::tr("unknown action '%1'; available: add, list").arg(action));
    const bool adding = action == u"add";
    FeedbackEntry entry;
    if (adding) {
        if (parser.isSet(json))
            return usageError(command, CliText::tr("--json applies to 'list' only"));
        for (const QCommandLineOption* required : {&team, &severity, &what}) {
            if (parser.value(*required).trimmed().isEmpty())
                return usageError(command,
                                  CliText::tr("--%1 is required").arg(required->names().first()));
        }
        const auto level = feedbackSeverityFromKey(parser.value(severity));
        if (!level)
            return usageError(command, CliText::tr("--severity must be low, medium, high or "
                                                   "critical, not '%1'")
                                           .arg(InputText::singleLine(parser.value(severity), 40)));
        entry.team = parser.value(team).trimmed();
        entry.what = parser.value(what).trimmed();
        entry.severity = *level;
        entry.reportedAt = QDateTime::currentSecsSinceEpoch();
        if (parser.isSet(at)) {
            const auto when = parseUtcTime(parser.value(at));
            if (!when)
                return usageError(command, CliText::tr("--at '%1' is not an ISO 8601 time such "
                                                       "as 2026-11-02T09:30:00Z")
                                               .arg(InputText::singleLine(parser.value(at), 60)));
            entry.reportedAt = *when;
        }
    } else {
        for (const QCommandLineOption* addOnly : {&team, &severity, &what, &at}) {
            if (parser.isSet(*addOnly))
                return usageError(
                    command,
                    CliText::tr("--%1 applies to 'add' only").arg(addOnly->names().first()));
        }
    }
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    auto db =
        Database::open(*path, adding ? files.openOptions(parser) : files.readingOptions(parser));
    if (!db)
        return inputError(db.error());
    const auto releaseId = releaseFrom(*db.value(), parser, release, command, &exit);
    if (!releaseId)
        return exit;
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    FeedbackService service(*db.value(), acting.value());
    if (adding) {
        entry.releaseId = *releaseId;
        auto stored = service.create(entry);
        if (!stored)
            return refused(command, stored.error());
        out() << CliText::tr("Feedback %1 recorded for release %2: %3, %4.")
                     .arg(stored->id)
                     .arg(*releaseId)
                     .arg(stored->team, toKey(stored->severity))
              << Qt::endl;
        return ExitOk;
    }
    auto entries = service.forRelease(*releaseId);
    if (!entries)
        return inputError(entries.error());
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const FeedbackEntry& e : std::as_const(entries.value())) {
            QJsonObject o = toJson(e);
            o.insert(QStringLiteral("id"), e.id);
            o.insert(QStringLiteral("created_by"), e.createdBy);
            list.append(o);
        }
        printJson({{QStringLiteral("release_id"), *releaseId}, {QStringLiteral("feedback"), list}});
        return ExitOk;
    }
    if (entries->isEmpty())
        out() << CliText::tr("No feedback on release %1.").arg(*releaseId) << Qt::endl;
    for (const FeedbackEntry& e : std::as_const(entries.value()))
        out() << QStringLiteral("%1  %2  %3  %4")
                     .arg(shownTime(e.reportedAt), toKey(e.severity),
                          InputText::singleLine(e.team, 60), InputText::singleLine(e.what, 200))
              << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
