// SPDX-License-Identifier: GPL-3.0-or-later
// slipway import ics --db FILE --as blackouts|freezes [--soft] INPUT.ics
// slipway import csv --db FILE --kind scope [--release ID|PRODUCT@VERSION] [--skip-invalid]
//                    [--map COLUMN=FIELD,…] INPUT.csv
// slipway import junit|sarif|bench --db FILE --release ID|PRODUCT@VERSION --criterion NAME INPUT
#include "CliSupport.h"
#include "io/CsvReader.h"
#include "io/IcsReader.h"
#include "io/ScopeCsvMapping.h"
#include "services/CalendarImportService.h"
#include "services/ScopeImportService.h"

#include <QCoreApplication>

namespace slipway::cli {
namespace {

struct CsvOptions {
    QCommandLineOption kind{QStringLiteral("kind"),
                            CliText::tr("csv: what the rows are: scope or acknowledgements."),
                            QStringLiteral("KIND")};
    QCommandLineOption release{
        QStringLiteral("release"),
        CliText::tr(
            "csv: put every item into this release. junit, sarif, bench: the release whose "
            "criterion the file is evidence for. Its id, PRODUCT@VERSION, or a version only one "
            "release has."),
        QStringLiteral("ID|PRODUCT@VERSION")};
    QCommandLineOption skipInvalid{
        QStringLiteral("skip-invalid"),
        CliText::tr(
            "csv: import the valid rows and list the others, instead of refusing the file.")};
    QCommandLineOption map{
        QStringLiteral("map"),
        CliText::tr("csv: which column holds which field, e.g. \"Name=title,Ticket=external_key\"; "
                    "fields: %1, or ignore. Completes or overrides what Jira and Azure DevOps "
                    "exports are recognised by.")
            .arg(ScopeCsvMapping::fieldNames().join(QStringLiteral(", "))),
        QStringLiteral("COLUMN=FIELD,…")};
};

int importCsv(const QCommandLineParser& parser, const FileOptions& files, const CsvOptions& csv,
              const QString& dbPath, const QString& input, const QString& ticket) {
    const QString command = QStringLiteral("import");
    if (parser.value(csv.kind) == u"acknowledgements")
        return importAcknowledgementsCsv(parser, files, dbPath, input, ticket);
    if (parser.value(csv.kind) != u"scope")
        return usageError(command,
                          parser.isSet(csv.kind)
                              ? CliText::tr("unknown --kind '%1'; available: scope, "
                                            "acknowledgements")
                                    .arg(parser.value(csv.kind))
                              : CliText::tr("--kind scope is required: say what the rows are "
                                            "(or --kind acknowledgements)"));
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
    Session session = Session::forCurrentUser();
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

} // namespace

int runImport(const QStringList& args) {
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "csv: reads scope items from a CSV file (RFC 4180, UTF-8): Jira and Azure DevOps "
        "exports are recognised, other files say with --map which column holds what. By "
        "default a file with any invalid row is refused whole, listing each row's line and "
        "reason. Items keep their external key: importing the same file again updates "
        "them.\n"
        "ics: reads an iCalendar file (Outlook, Google Calendar, Thunderbird, iCloud) and "
        "stores its events as blackouts or incident freezes. Events keep their UID: "
        "importing the same calendar again updates them.\n"
        "junit, sarif, bench: reads a JUnit XML report, a SARIF 2.1.0 log, or Google "
        "Benchmark JSON / a name,value,unit CSV as the evidence of one criterion of a "
        "release's quality gates (--release ID|PRODUCT@VERSION --criterion NAME); prints the "
        "criterion's "
        "status and exits 1 when it fails.\n"
        "The whole file is checked first and written in one transaction, or not at all."));
    parser.addPositionalArgument(QStringLiteral("FORMAT"),
                                 CliText::tr("csv, ics, junit, sarif or bench."));
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
    parser.addOptions(
        {as, soft, ticket, csv.kind, csv.release, csv.skipInvalid, csv.map, criterion});
    if (auto stop =
            parseCommand(parser, args, command,
                         QStringLiteral("slipway import csv --db FILE --kind scope "
                                        "[--release ID|PRODUCT@VERSION] [--skip-invalid] [--map "
                                        "COLUMN=FIELD,…] INPUT.csv\n"
                                        "       slipway import csv --db FILE --kind "
                                        "acknowledgements INPUT.csv\n"
                                        "       slipway import ics --db FILE --as "
                                        "blackouts|freezes [--soft] INPUT.ics\n"
                                        "       slipway import junit|sarif|bench --db "
                                        "FILE --release ID|PRODUCT@VERSION --criterion NAME INPUT"),
                         2))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString format = positional.value(0);
    const bool gateEvidence = format == u"junit" || format == u"sarif" || format == u"bench";
    if (format != u"ics" && format != u"csv" && !gateEvidence)
        return usageError(
            command,
            positional.isEmpty()
                ? CliText::tr(
                      "say which format: 'slipway import csv …', 'slipway import ics …', or "
                      "junit, sarif, bench")
                : CliText::tr("unknown format '%1'; available: csv, ics, junit, sarif, bench")
                      .arg(format));
    if (positional.size() < 2)
        return usageError(command, format == u"csv" ? CliText::tr("name the CSV file to read")
                                   : format == u"ics"
                                       ? CliText::tr("name the calendar file to read")
                                       : CliText::tr("name the %1 file to read").arg(format));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    if (gateEvidence)
        return importGateEvidence(parser, files, format, *path, positional[1], csv.release,
                                  criterion, parser.value(ticket));
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
    Session session = Session::forCurrentUser();
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
