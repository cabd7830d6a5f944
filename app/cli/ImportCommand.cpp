// SPDX-License-Identifier: GPL-3.0-or-later
// slipway import ics --db FILE|URL --as blackouts|freezes [--soft] INPUT.ics
// slipway import csv --db FILE|URL --kind scope [--release ID|PRODUCT@VERSION] [--skip-invalid]
//                    [--map COLUMN=FIELD,…] INPUT.csv
// slipway import junit|sarif|bench --db FILE|URL --release ID|PRODUCT@VERSION --criterion NAME
//                                  [--artifact SHA256]… INPUT
// slipway import checksums|sbom --db FILE|URL --release ID|PRODUCT@VERSION [--json] INPUT
#include "CliSupport.h"
#include "IncidentsCommand.h"
#include "MetricsCommand.h"
#include "domain/Gate.h"
#include "io/ChecksumList.h"
#include "io/CsvReader.h"
#include "io/IcsReader.h"
#include "io/IncidentCsvMapping.h"
#include "io/SbomReader.h"
#include "io/ScopeCsvMapping.h"
#include "services/ArtifactService.h"
#include "services/CalendarImportService.h"
#include "services/ComponentService.h"
#include "services/ScopeImportService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace slipway::cli {
namespace {

struct CsvOptions {
    QCommandLineOption kind{QStringLiteral("kind"),
                            CliText::tr("csv: what the rows are: scope, acknowledgements or "
                                        "incidents."),
                            QStringLiteral("KIND")};
    QCommandLineOption release{
        QStringLiteral("release"),
        CliText::tr(
            "csv: put every item into this release. junit, sarif, bench: the release whose "
            "criterion the file is evidence for. checksums, sbom: the release the files or "
            "components belong to. Its id, PRODUCT@VERSION, or a version only one release has."),
        QStringLiteral("ID|PRODUCT@VERSION")};
    QCommandLineOption skipInvalid{
        QStringLiteral("skip-invalid"),
        CliText::tr(
            "csv: import the valid rows and list the others, instead of refusing the file.")};
    QCommandLineOption map{
        QStringLiteral("map"),
        CliText::tr("csv: which column holds which field, e.g. \"Name=title,Ticket=external_key\"; "
                    "fields: %1, or ignore. Completes or overrides what Jira and Azure DevOps "
                    "exports are recognised by. With --kind incidents the fields are %2, or "
                    "ignore.")
            .arg(ScopeCsvMapping::fieldNames().join(QStringLiteral(", ")),
                 IncidentCsvMapping::fieldNames().join(QStringLiteral(", "))),
        QStringLiteral("COLUMN=FIELD,…")};
    QCommandLineOption timeZone{
        QStringLiteral("time-zone"),
        CliText::tr("csv --kind incidents: the zone of times the file writes without one, e.g. "
                    "America/New_York (a ServiceNow list export uses the exporting user's "
                    "zone); UTC unless given."),
        QStringLiteral("ZONE")};
};

int importCsv(const QCommandLineParser& parser, const FileOptions& files, const CsvOptions& csv,
              const QString& dbPath, const QString& input, const QString& ticket) {
    const QString command = QStringLiteral("import");
    const bool incidents = parser.value(csv.kind) == u"incidents";
    if (parser.isSet(csv.timeZone) && !incidents)
        return usageError(command, CliText::tr("--time-zone applies to --kind incidents"));
    if (parser.value(csv.kind) == u"acknowledgements")
        return importAcknowledgementsCsv(parser, files, dbPath, input, ticket);
    if (incidents && parser.isSet(csv.release))
        return usageError(command, CliText::tr("--release applies to --kind scope; incidents "
                                               "belong to no release"));
    if (incidents)
        return importIncidentsCsv(parser, files, dbPath, input, ticket,
                                  parser.values(csv.map).join(u','), parser.isSet(csv.skipInvalid),
                                  parser.value(csv.timeZone));
    if (parser.value(csv.kind) != u"scope")
        return usageError(command,
                          parser.isSet(csv.kind)
                              ? CliText::tr("unknown --kind '%1'; available: scope, "
                                            "acknowledgements, incidents")
                                    .arg(parser.value(csv.kind))
                              : CliText::tr("--kind scope is required: say what the rows are "
                                            "(or --kind acknowledgements, --kind incidents)"));
    auto table = CsvReader::read(input);
    if (!table)
        return inputError(table.error());
    auto mapping =
        ScopeCsvMapping::forTable(table.value(), parser.values(csv.map).join(u','), input);
    if (!mapping)
        return inputError(mapping.error());
    // Rows are checked before the file is opened: a refused import leaves it untouched.
    ScopeImportService::Plan plan =
        ScopeImportService::check(table.value(), mapping.value(), input);
    if (!plan.problems.isEmpty() && (!parser.isSet(csv.skipInvalid) || plan.rows.empty())) {
        const auto good = qint64(plan.rows.size());
        // One refused row: one line, the row's problem first. More: a line for each after the
        // summary, so every refused row is named.
        const bool single = plan.problems.size() == 1;
        if (single)
            err() << plan.problems.first() << u' ';
        err() << (good > 0 ? CliText::tr("%1: %2 of %3 rows cannot be imported, so nothing was; "
                                         "--skip-invalid imports the other %4.")
                                 .arg(input)
                                 .arg(plan.problems.size())
                                 .arg(plan.total)
                                 .arg(good)
                           : CliText::tr("%1: none of its %2 rows can be imported; nothing was.")
                                 .arg(input)
                                 .arg(plan.total))
              << Qt::endl;
        for (const QString& problem : std::as_const(plan.problems)) {
            if (!single)
                err() << problem << Qt::endl;
        }
        return ExitBadInput;
    }
    auto db = Database::open(dbPath, files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    Session session = acting.value();
    session.changeTicket = ticket;
    ScopeImportService::Options options;
    if (parser.isSet(csv.release)) {
        int exit = ExitOk;
        const auto releaseId = releaseFrom(*db.value(), parser, csv.release, command, &exit);
        if (!releaseId)
            return exit;
        options.releaseId = *releaseId;
        options.releaseVersion = parser.value(csv.release).trimmed();
    }
    options.skipInvalid = parser.isSet(csv.skipInvalid);
    auto outcome = ScopeImportService(*db.value(), session)
                       .import(std::move(plan), mapping.value(), input, options);
    if (!outcome)
        return inputError(outcome.error());
    const auto& o = outcome.value();
    for (const QString& problem : o.problems)
        err() << CliText::tr("%1 Skipped.").arg(problem) << Qt::endl;
    for (const QString& note : o.notes)
        err() << note << Qt::endl;
    out() << CliText::tr(
                 "%1 (%2): %3 created, %4 updated, %5 unchanged, %6 skipped; %7 dependencies "
                 "added.")
                 .arg(input, mapping->sourceName())
                 .arg(o.created)
                 .arg(o.updated)
                 .arg(o.unchanged)
                 .arg(o.problems.size())
                 .arg(o.dependencies)
          << Qt::endl;
    return ExitOk;
}

void printJson(const QJsonObject& o) {
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

// A refused manifest: one line naming the file (and line), exit 2, nothing written.
int refuse(const QString& line) {
    err() << line << Qt::endl;
    return ExitBadInput;
}

// The entries of a checksum list as artifacts (their release still to be set), or the one line
// refusing the list: no entries, weak or non-SHA-256 digests (an artifact is known by its
// SHA-256), names that are not file names or that two entries share.
Result<QList<Artifact>> artifactsFrom(const ChecksumList& list, const QString& input) {
    const auto refused = [](const QString& message) {
        return Error{Error::Kind::Usage, message};
    };
    if (list.empty || list.entries.isEmpty())
        return refused(CliText::tr("%1: no entries: nothing to register").arg(input));
    qsizetype weak = 0, sha256 = 0;
    QStringList algorithms;
    for (const ChecksumEntry& e : list.entries) {
        weak += e.weak ? 1 : 0;
        sha256 += e.algorithm == u"SHA-256" ? 1 : 0;
        if (!algorithms.contains(e.algorithm))
            algorithms << e.algorithm;
    }
    if (weak == list.entries.size())
        return refused(CliText::tr("%1: only %2 digests, which prove nothing against a file "
                                   "someone chose; nothing registered")
                           .arg(input, algorithms.join(QStringLiteral(" and "))));
    if (sha256 == 0)
        return refused(CliText::tr("%1: %2 digests only; an artifact is registered by its "
                                   "SHA-256: import the release's SHA-256 list, or register the "
                                   "files with 'slipway artifact add'")
                           .arg(input, algorithms.join(QStringLiteral(" and "))));
    const QDir folder = QFileInfo(input).absoluteDir();
    QHash<QString, int> lineOf;
    QList<Artifact> artifacts;
    for (const ChecksumEntry& e : list.entries) {
        const QString where = QStringLiteral("%1:%2: ").arg(input).arg(e.line);
        if (e.weak)
            return refused(where + CliText::tr("%1 is listed with %2 only, which proves nothing "
                                               "against a file someone chose; nothing registered")
                                       .arg(e.name, e.algorithm));
        if (e.algorithm != u"SHA-256")
            return refused(where + CliText::tr("%1 is listed with %2, not SHA-256; an artifact "
                                               "is registered by its SHA-256; nothing registered")
                                       .arg(e.name, e.algorithm));
        Artifact a;
        // "dist/app.tar.gz" and "./app.tar.gz" are the file app.tar.gz in that folder.
        a.name = QFileInfo(e.name).fileName();
        a.kind = guessArtifactKind(a.name);
        a.location = QDir::cleanPath(folder.filePath(e.name));
        a.sha256 = e.hex;
        if (a.name.isEmpty() || a.name.contains(u'\\') || a.name.contains(u'\n'))
            return refused(where + CliText::tr("%1 cannot be an artifact's name, which is a file "
                                               "name without backslashes or line breaks; nothing "
                                               "registered")
                                       .arg(e.name.simplified()));
        if (const auto it = lineOf.constFind(a.name); it != lineOf.cend())
            return refused(where + CliText::tr("%1 is listed on line %2 too; an artifact's name "
                                               "is unique in its release; nothing registered")
                                       .arg(a.name)
                                       .arg(*it));
        lineOf.insert(a.name, e.line);
        artifacts << a;
    }
    return artifacts;
}

int importChecksums(const QCommandLineParser& parser, const FileOptions& files,
                    const QString& dbPath, const QString& input, const QCommandLineOption& release,
                    bool json, const QString& ticket) {
    const QString command = QStringLiteral("import");
    // The list is read and checked before the file is opened: a refused one leaves it as it was.
    auto list = ChecksumList::fromFile(input);
    if (!list)
        return inputError(list.error());
    auto checked = artifactsFrom(list.value(), input);
    if (!checked)
        return inputError(checked.error());
    auto db = Database::open(dbPath, files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    int exit = ExitOk;
    const auto releaseId = releaseFrom(*db.value(), parser, release, command, &exit);
    if (!releaseId)
        return exit;
    QList<Artifact> artifacts = checked.value();
    for (Artifact& a : artifacts)
        a.releaseId = *releaseId;
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    Session session = acting.value();
    session.changeTicket = ticket;
    ArtifactService service(*db.value(), session);
    // A name the release has already is named with its line here; the service refuses it too.
    auto existing = service.artifacts(*releaseId);
    if (!existing)
        return inputError(existing.error());
    QSet<QString> taken;
    for (const Artifact& e : existing.value())
        taken.insert(e.name);
    // One artifact per entry, in the list's order: the first name taken is the one named.
    for (qsizetype i = 0; i < artifacts.size(); ++i) {
        if (taken.contains(artifacts[i].name))
            return refuse(CliText::tr("%1:%2: %3 is already an artifact of release %4; remove "
                                      "it first or give the new build another name; nothing "
                                      "registered")
                              .arg(input)
                              .arg(list->entries[i].line)
                              .arg(artifacts[i].name, parser.value(release).trimmed()));
    }
    auto stored = service.insertAll(artifacts);
    if (!stored) {
        if (stored.error().kind == Error::Kind::Refused) {
            err() << stored.error().message << Qt::endl;
            return ExitFindings;
        }
        return inputError(stored.error());
    }
    if (json) {
        QJsonArray rows;
        for (const Artifact& a : stored.value())
            rows << toJson(a);
        printJson({{QStringLiteral("format"), 1},
                   {QStringLiteral("file"), input},
                   {QStringLiteral("sha256"), list->evidence.sha256},
                   {QStringLiteral("release_id"), *releaseId},
                   {QStringLiteral("registered"), qint64(stored->size())},
                   {QStringLiteral("artifacts"), rows},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(list->warnings)}});
        return ExitOk;
    }
    for (const QString& warning : std::as_const(list->warnings))
        err() << input << QStringLiteral(": ") << warning << Qt::endl;
    out() << CliText::tr("%1: %n artifact(s) registered (SHA-256, unverified):", nullptr,
                         int(stored->size()))
                 .arg(input)
          << Qt::endl;
    for (const Artifact& a : stored.value())
        out() << QStringLiteral("  %1  %2  %3")
                     .arg(a.sha256.left(16), a.name, displayName(a.kind).toLower())
              << Qt::endl;
    return ExitOk;
}

int importSbom(const QCommandLineParser& parser, const FileOptions& files, const QString& dbPath,
               const QString& input, const QCommandLineOption& release, bool json,
               const QString& ticket) {
    const QString command = QStringLiteral("import");
    auto sbom = SbomReader::fromFile(input);
    if (!sbom)
        return inputError(sbom.error());
    auto db = Database::open(dbPath, files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    int exit = ExitOk;
    const auto releaseId = releaseFrom(*db.value(), parser, release, command, &exit);
    if (!releaseId)
        return exit;
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    Session session = acting.value();
    session.changeTicket = ticket;
    auto imported =
        ComponentService(*db.value(), session).importSbom(*releaseId, sbom.value(), input);
    if (!imported) {
        if (imported.error().kind == Error::Kind::Refused) {
            err() << imported.error().message << Qt::endl;
            return ExitFindings;
        }
        return inputError(imported.error());
    }
    const ComponentService::Imported& n = imported.value();
    if (json) {
        printJson({{QStringLiteral("format"), 1},
                   {QStringLiteral("file"), input},
                   {QStringLiteral("sha256"), sbom->evidence.sha256},
                   {QStringLiteral("sbom_format"), sbom->formatName()},
                   {QStringLiteral("release_id"), *releaseId},
                   {QStringLiteral("components"), n.components},
                   {QStringLiteral("with_purl"), n.withPurl},
                   {QStringLiteral("with_hashes"), n.withHashes},
                   {QStringLiteral("dependency_edges"), n.edges},
                   {QStringLiteral("subject"),
                    n.subject ? QJsonValue(sbom->subject->name) : QJsonValue(QJsonValue::Null)},
                   {QStringLiteral("replaced"), n.replaced},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(sbom->warnings)}});
        return ExitOk;
    }
    for (const QString& warning : std::as_const(sbom->warnings))
        err() << input << QStringLiteral(": ") << warning << Qt::endl;
    out() << CliText::tr("%1 (%2): components: %3 (%4 with a purl, %5 with hashes); dependency "
                         "edges: %6; warnings: %7.")
                 .arg(input, sbom->formatName())
                 .arg(n.components)
                 .arg(n.withPurl)
                 .arg(n.withHashes)
                 .arg(n.edges)
                 .arg(sbom->warnings.size())
          << Qt::endl;
    if (n.subject)
        out() << CliText::tr("It describes %1.")
                     .arg(QString(sbom->subject->name + u' ' + sbom->subject->version).trimmed())
              << Qt::endl;
    if (n.replaced > 0)
        out() << CliText::tr("It replaces the release's earlier list of %n component(s).", nullptr,
                             int(n.replaced))
              << Qt::endl;
    return ExitOk;
}

} // namespace

int runImport(const QStringList& args) {
    if (args.value(1) == u"metrics") // its own options: MetricImport.cpp
        return importMetrics(args);
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "csv: reads scope items from a CSV file (RFC 4180, UTF-8): Jira and Azure DevOps "
        "exports are recognised, other files say with --map which column holds what. By "
        "default a file with any invalid row is refused whole, listing each row's line and "
        "reason. Items keep their external key: importing the same file again updates "
        "them.\n"
        "csv --kind incidents: reads a ServiceNow, Jira Service Management or PagerDuty "
        "incident export (other files say with --map which column holds what); incidents keep "
        "their number, so importing again updates what changed.\n"
        "ics: reads an iCalendar file (Outlook, Google Calendar, Thunderbird, iCloud) and "
        "stores its events as blackouts or incident freezes. Events keep their UID: "
        "importing the same calendar again updates them.\n"
        "junit, sarif, bench: reads a JUnit XML report, a SARIF 2.1.0 log, or Google "
        "Benchmark JSON / a name,value,unit CSV as the evidence of one criterion of a "
        "release's quality gates (--release ID|PRODUCT@VERSION --criterion NAME); prints the "
        "criterion's "
        "status and exits 1 when it fails.\n"
        "checksums: registers every entry of a SHA256SUMS list (GNU or BSD tag form, signify's "
        "embedded form too) as an artifact of the release, located beside the list; a list "
        "with no entries, only MD5 or SHA-1 digests, or a name the release has is refused.\n"
        "sbom: makes a CycloneDX 1.4-1.6 (JSON or XML) or SPDX 2.2/2.3 JSON SBOM's components, "
        "with versions, purls, hashes, licences and dependencies, the release's component "
        "list, replacing the one imported before.\n"
        "The whole file is checked first and written in one transaction, or not at all."));
    parser.addPositionalArgument(QStringLiteral("FORMAT"),
                                 CliText::tr("csv, ics, junit, sarif, bench, checksums or "
                                             "sbom."));
    parser.addPositionalArgument(QStringLiteral("INPUT"), CliText::tr("The file to read."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption as(QStringLiteral("as"),
                                CliText::tr("What the events become: blackouts or freezes."),
                                QStringLiteral("KIND"));
    const QCommandLineOption soft(
        QStringLiteral("soft"),
        CliText::tr("Blackouts are soft (a warning), not hard (an error)."));
    const QCommandLineOption ticket(QStringLiteral("change-ticket"),
                                    CliText::tr("The change ticket the import is done under."),
                                    QStringLiteral("TICKET"));
    const CsvOptions csv;
    const QCommandLineOption criterion(
        QStringLiteral("criterion"),
        CliText::tr(
            "junit, sarif, bench: the name of the gate criterion the file is evidence for."),
        QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliText::tr("checksums, sbom: print the result as JSON."));
    const QCommandLineOption artifact(
        QStringLiteral("artifact"),
        CliText::tr("junit, sarif, bench: the SHA-256 of an artifact the file was produced "
                    "against (repeatable); a deployment of that artifact counts as tested while "
                    "this evidence passes."),
        QStringLiteral("SHA256"));
    parser.addOptions({as, soft, ticket, csv.kind, csv.release, csv.skipInvalid, csv.map,
                       csv.timeZone, criterion, json, artifact});
    if (auto stop = parseCommand(
            parser, args, command,
            QStringLiteral("slipway import csv --db FILE|URL --kind scope "
                           "[--release ID|PRODUCT@VERSION] [--skip-invalid] [--map "
                           "COLUMN=FIELD,…] INPUT.csv\n"
                           "       slipway import csv --db FILE|URL --kind "
                           "acknowledgements INPUT.csv\n"
                           "       slipway import csv --db FILE|URL --kind incidents "
                           "[--skip-invalid] [--map COLUMN=FIELD,…] [--time-zone ZONE] INPUT.csv\n"
                           "       slipway import ics --db FILE|URL --as "
                           "blackouts|freezes [--soft] INPUT.ics\n"
                           "       slipway import junit|sarif|bench --db "
                           "FILE|URL --release ID|PRODUCT@VERSION --criterion NAME "
                           "[--artifact SHA256]… INPUT\n"
                           "       slipway import checksums|sbom --db FILE|URL --release "
                           "ID|PRODUCT@VERSION [--json] INPUT"),
            2))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString format = positional.value(0);
    const bool gateEvidence = format == u"junit" || format == u"sarif" || format == u"bench";
    const bool manifest = format == u"checksums" || format == u"sbom";
    if (format != u"ics" && format != u"csv" && !gateEvidence && !manifest)
        return usageError(
            command,
            positional.isEmpty()
                ? CliText::tr(
                      "say which format: 'slipway import csv …', 'slipway import ics …', or "
                      "junit, sarif, bench, checksums, sbom")
                : CliText::tr("unknown format '%1'; available: csv, ics, junit, sarif, bench, "
                              "checksums, sbom")
                      .arg(format));
    if (positional.size() < 2)
        return usageError(command, format == u"csv" ? CliText::tr("name the CSV file to read")
                                   : format == u"ics"
                                       ? CliText::tr("name the calendar file to read")
                                       : CliText::tr("name the %1 file to read").arg(format));
    if (parser.isSet(json) && !manifest)
        return usageError(command, CliText::tr("--json applies to checksums and sbom"));
    if (parser.isSet(artifact) && !gateEvidence)
        return usageError(command, CliText::tr("--artifact applies to junit, sarif and bench"));
    // Checked before the file is opened: a bad digest leaves it as it was.
    for (const QString& digest : parser.values(artifact))
        if (normalisedSha256(digest).isEmpty())
            return usageError(command, CliText::tr("--artifact '%1' is not a SHA-256 digest (64 "
                                                   "hexadecimal digits)")
                                           .arg(digest.simplified()));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    if (format == u"checksums")
        return importChecksums(parser, files, *path, positional[1], csv.release, parser.isSet(json),
                               parser.value(ticket));
    if (format == u"sbom")
        return importSbom(parser, files, *path, positional[1], csv.release, parser.isSet(json),
                          parser.value(ticket));
    if (gateEvidence)
        return importGateEvidence(parser, files, format, *path, positional[1], csv.release,
                                  criterion, parser.value(ticket), parser.values(artifact));
    if (format == u"csv")
        return importCsv(parser, files, csv, *path, positional[1], parser.value(ticket));
    CalendarImportService::Options options;
    const QString kind = parser.value(as);
    if (kind == u"blackouts")
        options.as = CalendarImportService::As::Blackouts;
    else if (kind == u"freezes")
        options.as = CalendarImportService::As::Freezes;
    else
        return usageError(command, CliText::tr("--as must be blackouts or freezes"));
    options.hard = !parser.isSet(soft);

    auto calendar = IcsReader::read(positional[1]);
    if (!calendar)
        return inputError(calendar.error());
    auto db = Database::open(*path, files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    Session session = acting.value();
    session.changeTicket = parser.value(ticket);
    auto outcome = CalendarImportService(*db.value(), session)
                       .import(calendar.value(), positional[1], options);
    if (!outcome)
        return inputError(outcome.error());
    for (const QString& skipped : std::as_const(outcome->skipped))
        err() << skipped << Qt::endl;
    out() << CliText::tr("%1: %2 created, %3 updated, %4 unchanged, %5 left out.")
                 .arg(positional[1])
                 .arg(outcome->created)
                 .arg(outcome->updated)
                 .arg(outcome->unchanged)
                 .arg(outcome->skipped.size())
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
