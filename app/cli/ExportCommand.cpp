// SPDX-License-Identifier: GPL-3.0-or-later
// slipway export csv --db FILE --table releases --out FILE
#include "CliSupport.h"
#include "io/ReleaseCsvExporter.h"

#include <QCoreApplication>
#include <QDir>

namespace slipway::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

} // namespace

int runExport(const QStringList& args) {
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("csv: writes a table as RFC 4180 CSV (UTF-8, CRLF, header row). Cells a spreadsheet "
           "would run as a formula get a leading apostrophe. The output appears complete or not "
           "at all."));
    parser.addPositionalArgument(QStringLiteral("csv"), tr("The format (csv)."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption table(QStringLiteral("table"), tr("The table to export: releases."),
                                   QStringLiteral("TABLE"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("The CSV file to write."),
                                     QStringLiteral("FILE"));
    parser.addOptions({table, outFile});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway export csv --db FILE --table releases "
                                                "--out FILE [--shared] [--read-only]"),
                                 1))
        return *stop;
    const QString format = parser.positionalArguments().value(0);
    if (format.isEmpty())
        return usageError(command, tr("say which format: 'slipway export csv …'"));
    if (format != u"csv")
        return usageError(command, tr("unknown format '%1'; available: csv").arg(format));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    if (!parser.isSet(table))
        return usageError(command, tr("--table is required (available: releases)"));
    if (parser.value(table) != u"releases")
        return usageError(command,
                          tr("unknown table '%1'; available: releases").arg(parser.value(table)));
    const QString target = parser.value(outFile);
    if (target.isEmpty())
        return usageError(command, tr("--out FILE is required"));

    auto db = Database::open(*path, files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    auto written = ReleaseCsvExporter::exportTo(*db.value(), target);
    if (!written)
        return inputError(written.error());
    out() << QCoreApplication::translate("cli", "Wrote %n release(s) to %1.", nullptr,
                                         int(written.value()))
                 .arg(QDir::toNativeSeparators(target))
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
