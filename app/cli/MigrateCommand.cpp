// SPDX-License-Identifier: GPL-3.0-or-later
// slipway migrate --from SOURCE --to TARGET [--json]
#include "MigrateCommand.h"

#include "services/DatabaseAddress.h"
#include "storage/DatabaseMover.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

// Big moves take a while: a line on stderr for each large table and each slow stage.
constexpr qint64 kReportedRows = 100000;
constexpr double kReportedSeconds = 2.0;

} // namespace

int runMigrate(const QStringList& args) {
    const QString command = QStringLiteral("migrate");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Copies a whole Slipway database, its audit history included, from a file to a "
        "PostgreSQL server or back (also file to file, server to server). The target must be a "
        "new file or a database that holds nothing but what a new one has; it is created or "
        "upgraded to this Slipway's schema, and the source must be at the same schema. The "
        "source's audit chain is verified before anything is written, and the target's after "
        "copying: its head must equal the source's. All or nothing: on any failure the target "
        "is left as it was (a new file is not created)."));
    const QCommandLineOption from(
        QStringLiteral("from"),
        CliText::tr("The database to copy: a Slipway file, postgresql://HOST/DATABASE or "
                    "service=NAME. Only read."),
        QStringLiteral("SOURCE"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        CliText::tr("Where to copy it: a new Slipway file, postgresql://HOST/DATABASE or "
                    "service=NAME."),
        QStringLiteral("TARGET"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliText::tr("Print the summary as JSON on stdout."));
    parser.addOptions({from, to, json});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway migrate --from SOURCE --to TARGET "
                                                "[--json]")))
        return *stop;
    for (const QCommandLineOption* option : {&from, &to}) {
        const QString name = option->names().constFirst();
        const QString value = parser.value(*option);
        if (value.isEmpty())
            return usageError(command, CliText::tr("--%1 is required").arg(name));
        if (auto checked = DatabaseAddress::check(value); !checked)
            return usageError(command,
                              QStringLiteral("--%1: ").arg(name) + checked.error().message);
    }

    auto progress = [](const QString& what, qint64 rows, double seconds) {
        if ((rows >= 0 && rows < kReportedRows) || (rows < 0 && seconds < kReportedSeconds))
            return;
        if (rows < 0)
            err() << CliText::tr("%1 (%2 s)").arg(what).arg(seconds, 0, 'f', 1) << Qt::endl;
        else
            err()
                << CliText::tr("  %1: %L2 rows (%3 s)").arg(what).arg(rows).arg(seconds, 0, 'f', 1)
                << Qt::endl;
    };
    auto moved = DatabaseMover::move(parser.value(from), parser.value(to), progress);
    if (!moved) {
        if (moved.error().kind == Error::Kind::Corrupt) {
            err() << moved.error().message << Qt::endl;
            return ExitFindings; // a broken audit chain, as 'audit verify' reports it
        }
        return inputError(moved.error());
    }
    const MoveSummary& s = moved.value();
    if (parser.isSet(json)) {
        QJsonObject stages;
        for (const auto& [name, seconds] : s.stages)
            stages.insert(name, seconds);
        const QJsonObject o{
            {QStringLiteral("format"), 1},      {QStringLiteral("from"), s.from},
            {QStringLiteral("to"), s.to},       {QStringLiteral("tables"), s.tables},
            {QStringLiteral("rows"), s.rows},   {QStringLiteral("audit_entries"), s.auditEntries},
            {QStringLiteral("head"), s.head},   {QStringLiteral("seconds"), s.seconds},
            {QStringLiteral("stages"), stages},
        };
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitOk;
    }
    out() << CliText::tr("Moved %1 to %2: %3 tables, %L4 rows, %L5 audit entries in %6 s.")
                 .arg(s.from, s.to)
                 .arg(s.tables)
                 .arg(s.rows)
                 .arg(s.auditEntries)
                 .arg(s.seconds, 0, 'f', 1)
          << Qt::endl
          << CliText::tr("Audit chain verified on both sides; head %1.").arg(s.head) << Qt::endl;
    out().flush();
    return ExitOk;
}

} // namespace slipway::cli
