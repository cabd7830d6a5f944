// SPDX-License-Identifier: GPL-3.0-or-later
// slipway export csv --db FILE --table releases|scope|assumptions|metrics|tradeoffs|artifacts|
//                    components|config --out FILE
// slipway export ics --db FILE --out FILE.ics [--from DATE --to DATE]
// slipway export cmdb --db FILE --release R --out FILE.csv|FILE.json (CmdbExport.cpp)
#include "CliSupport.h"
#include "ReviewCommand.h"
#include "domain/TimeText.h"
#include "io/ArtifactCsvExporter.h"
#include "io/CabCsvExporter.h"
#include "io/CommunicationCsvExporter.h"
#include "io/ComponentCsvExporter.h"
#include "io/ConfigCsvExporter.h"
#include "io/DefinitionCsvExporter.h"
#include "io/DeploymentCsvExporter.h"
#include "io/IcsExporter.h"
#include "io/ReleaseCsvExporter.h"
#include "io/ScopeCsvExporter.h"
#include "io/TradeoffCsvExporter.h"

#include <QCoreApplication>
#include <QDir>

namespace slipway::cli {
namespace {

// The tables `export csv --table` writes.
QStringList csvTables() {
    return {QStringLiteral("releases"),
            QStringLiteral("scope"),
            QStringLiteral("assumptions"),
            QStringLiteral("metrics"),
            QStringLiteral("tradeoffs"),
            QStringLiteral("communications"),
            QStringLiteral("acknowledgements"),
            QStringLiteral("cab-agenda"),
            QStringLiteral("decisions"),
            QStringLiteral("deployments"),
            QStringLiteral("artifacts"),
            QStringLiteral("components"),
            QStringLiteral("config")};
}

int exportIcs(const QCommandLineParser& parser, const FileOptions& files, const QString& path,
              const QString& target, const QCommandLineOption& from, const QCommandLineOption& to) {
    const QString command = QStringLiteral("export");
    if (target.isEmpty())
        return usageError(command, CliText::tr("--out FILE.ics is required"));
    std::optional<Interval> range;
    if (parser.isSet(from) || parser.isSet(to)) {
        const auto start =
            parser.isSet(from) ? parseUtcTime(parser.value(from)) : std::optional<qint64>(0);
        const auto end = parser.isSet(to)
                             ? parseUtcTime(parser.value(to))
                             : std::optional<qint64>(std::numeric_limits<qint64>::max() / 2);
        if (!start || !end)
            return usageError(command,
                              CliText::tr("--from and --to take dates such as 2026-12-01"));
        if (*end <= *start)
            return usageError(command, CliText::tr("--to must come after --from"));
        range = Interval{*start, *end};
    }
    auto db = Database::open(path, files.readingOptions(parser));
    if (!db)
        return inputError(db.error());
    auto counts = IcsExporter::exportTo(*db.value(), target, range);
    if (!counts)
        return inputError(counts.error());
    out() << CliText::tr(
                 "Wrote %1 release window(s), %2 blackout(s) and %3 incident freeze(s) to %4.")
                 .arg(counts->windows)
                 .arg(counts->blackouts)
                 .arg(counts->freezes)
                 .arg(QDir::toNativeSeparators(target))
          << Qt::endl;
    return ExitOk;
}

} // namespace

int runExport(const QStringList& args) {
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "csv: writes a table as RFC 4180 CSV (UTF-8, CRLF, header row). Cells a spreadsheet "
        "would run as a formula get a leading apostrophe.\n"
        "cmdb: writes a closed release's configuration-management record, as stored when it "
        "was closed, as CSV or as the JSON of a ServiceNow import set.\n"
        "ics: writes release windows, blackouts (with their recurrence) and incident freezes "
        "as iCalendar for Outlook, Google Calendar and Thunderbird, with stable UIDs.\n"
        "The output appears complete or not at all."));
    parser.addPositionalArgument(QStringLiteral("FORMAT"), CliText::tr("csv, ics or cmdb."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption table(
        QStringLiteral("table"),
        CliText::tr("The table to export: releases, scope, assumptions, metrics, tradeoffs, "
                    "communications, acknowledgements, cab-agenda, decisions (a meeting's), "
                    "deployments, artifacts, components or config (values of secret keys "
                    "left out)."),
        QStringLiteral("TABLE"));
    const QCommandLineOption meeting(
        QStringLiteral("meeting"),
        CliText::tr("cab-agenda and decisions: the meeting's id or date."),
        QStringLiteral("ID|DATE"));
    const QCommandLineOption outFile(QStringLiteral("out"), CliText::tr("The CSV file to write."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), CliText::tr("ics: from this date (UTC)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliText::tr("ics: up to this date (UTC)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption release(
        QStringLiteral("release"),
        CliText::tr("cmdb: the closed release, by id or PRODUCT@VERSION."),
        QStringLiteral("ID|PRODUCT@VERSION"));
    parser.addOptions({table, outFile, from, to, meeting, release});
    if (auto stop = parseCommand(
            parser, args, command,
            QStringLiteral("slipway export csv|ics|cmdb --db FILE|URL [--table "
                           "releases|scope|assumptions|metrics|tradeoffs|communications|"
                           "acknowledgements|cab-agenda|"
                           "decisions|deployments|artifacts|components|config] [--meeting ID|DATE] "
                           "--out FILE "
                           "[--from DATE --to DATE] [--release R]"),
            1))
        return *stop;
    const QString format = parser.positionalArguments().value(0);
    if (format.isEmpty())
        return usageError(
            command,
            CliText::tr("say which format: 'slipway export csv …' or 'slipway export ics …'"));
    if (format != u"csv" && format != u"ics" && format != u"cmdb")
        return usageError(
            command, CliText::tr("unknown format '%1'; available: csv, ics, cmdb").arg(format));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    if (format == u"cmdb")
        return exportCmdb(parser, files, *path, release, parser.value(outFile));
    if (format == u"ics")
        return exportIcs(parser, files, *path, parser.value(outFile), from, to);
    if (!parser.isSet(table))
        return usageError(command, CliText::tr("--table is required (available: %1)")
                                       .arg(csvTables().join(QStringLiteral(", "))));
    const QString which = parser.value(table);
    if (!csvTables().contains(which))
        return usageError(command, CliText::tr("unknown table '%1'; available: %2")
                                       .arg(which, csvTables().join(QStringLiteral(", "))));
    const bool cab = which == u"cab-agenda" || which == u"decisions";
    const QString target = parser.value(outFile);
    if (target.isEmpty())
        return usageError(command, CliText::tr("--out FILE is required"));
    if (cab && !parser.isSet(meeting))
        return usageError(command, CliText::tr("--table %1 needs --meeting ID|DATE").arg(which));
    if (!cab && parser.isSet(meeting))
        return usageError(command,
                          CliText::tr("--meeting applies to cab-agenda and decisions only"));
    if (cab) {
        auto db = Database::open(*path, files.readingOptions(parser));
        if (!db)
            return inputError(db.error());
        auto id = resolveMeeting(*db.value(), parser.value(meeting));
        if (!id)
            return id.error().kind == Error::Kind::Usage ? usageError(command, id.error().message)
                                                         : inputError(id.error());
        const bool agenda = which == u"cab-agenda";
        auto written = CabCsvExporter::exportTo(
            *db.value(), agenda ? CabCsvExporter::Table::Agenda : CabCsvExporter::Table::Decisions,
            id.value(), target);
        if (!written)
            return inputError(written.error());
        out() << (agenda ? QCoreApplication::translate("cli", "Wrote %n agenda item(s) to %1.",
                                                       nullptr, int(written.value()))
                         : QCoreApplication::translate("cli", "Wrote %n decision(s) to %1.",
                                                       nullptr, int(written.value())))
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
        return ExitOk;
    }

    auto db = Database::open(*path, files.readingOptions(parser));
    if (!db)
        return inputError(db.error());
    if (which == u"artifacts" || which == u"components") {
        const bool artifacts = which == u"artifacts";
        auto rows = artifacts ? ArtifactCsvExporter::exportTo(*db.value(), target)
                              : ComponentCsvExporter::exportTo(*db.value(), target);
        if (!rows)
            return inputError(rows.error());
        out() << (artifacts
                      ? CliText::tr("Wrote %n artifact(s) to %1.", nullptr, int(rows.value()))
                      : CliText::tr("Wrote %n component(s) to %1.", nullptr, int(rows.value())))
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
        return ExitOk;
    }
    if (which == u"config") {
        auto rows = ConfigCsvExporter::exportTo(*db.value(), target);
        if (!rows)
            return inputError(rows.error());
        out() << CliText::tr("Wrote %n configuration setting(s) to %1.", nullptr, int(rows.value()))
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
        return ExitOk;
    }
    if (which == u"deployments") {
        auto rows = DeploymentCsvExporter::exportAll(*db.value(), target);
        if (!rows)
            return inputError(rows.error());
        out() << QCoreApplication::translate("cli", "Wrote %n deployment record(s) to %1.", nullptr,
                                             int(rows.value()))
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
        return ExitOk;
    }
    if (which == u"communications" || which == u"acknowledgements") {
        const bool messages = which == u"communications";
        auto rows = messages
                        ? CommunicationCsvExporter::exportCommunications(*db.value(), target)
                        : CommunicationCsvExporter::exportAcknowledgements(*db.value(), target);
        if (!rows)
            return inputError(rows.error());
        out() << (messages ? QCoreApplication::translate("cli", "Wrote %n issued message(s) to %1.",
                                                         nullptr, int(rows.value()))
                           : QCoreApplication::translate(
                                 "cli", "Wrote %n recipient row(s) with acknowledgements to %1.",
                                 nullptr, int(rows.value())))
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
        return ExitOk;
    }
    if (which == u"assumptions" || which == u"metrics") {
        const bool assumptions = which == u"assumptions";
        auto rows = assumptions ? DefinitionCsvExporter::exportAssumptions(*db.value(), target)
                                : DefinitionCsvExporter::exportMetrics(*db.value(), target);
        if (!rows)
            return inputError(rows.error());
        out() << (assumptions
                      ? QCoreApplication::translate("cli", "Wrote %n assumption(s) to %1.", nullptr,
                                                    int(rows.value()))
                      : QCoreApplication::translate("cli", "Wrote %n success metric(s) to %1.",
                                                    nullptr, int(rows.value())))
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
        return ExitOk;
    }
    if (which == u"tradeoffs") {
        auto written = TradeoffCsvExporter::exportTo(*db.value(), target);
        if (!written)
            return inputError(written.error());
        out() << QCoreApplication::translate("cli", "Wrote %n trade-off(s) to %1.", nullptr,
                                             int(written.value()))
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
        return ExitOk;
    }
    const bool scope = which == u"scope";
    auto written = scope ? ScopeCsvExporter::exportTo(*db.value(), target)
                         : ReleaseCsvExporter::exportTo(*db.value(), target);
    if (!written)
        return inputError(written.error());
    out() << (scope ? QCoreApplication::translate("cli", "Wrote %n scope item(s) to %1.", nullptr,
                                                  int(written.value()))
                    : QCoreApplication::translate("cli", "Wrote %n release(s) to %1.", nullptr,
                                                  int(written.value())))
                 .arg(QDir::toNativeSeparators(target))
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
