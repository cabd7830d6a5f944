// SPDX-License-Identifier: GPL-3.0-or-later
// slipway import ics --db FILE --as blackouts|freezes [--soft] INPUT.ics
#include "CliSupport.h"
#include "io/IcsReader.h"
#include "services/CalendarImportService.h"

#include <QCoreApplication>

namespace slipway::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

} // namespace

int runImport(const QStringList& args) {
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("ics: reads an iCalendar file (Outlook, Google Calendar, Thunderbird, iCloud) and "
           "stores its events as blackouts or incident freezes. The whole file is checked "
           "first and written in one transaction, or not at all. Events keep their UID: "
           "importing the same calendar again updates them."));
    parser.addPositionalArgument(QStringLiteral("ics"), tr("The format (ics)."));
    parser.addPositionalArgument(QStringLiteral("INPUT"), tr("The file to read."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption as(QStringLiteral("as"),
                                tr("What the events become: blackouts or freezes."),
                                QStringLiteral("KIND"));
    const QCommandLineOption soft(QStringLiteral("soft"),
                                  tr("Blackouts are soft (a warning), not hard (an error)."));
    const QCommandLineOption ticket(QStringLiteral("change-ticket"),
                                    tr("The change ticket the import is done under."),
                                    QStringLiteral("TICKET"));
    parser.addOptions({as, soft, ticket});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway import ics --db FILE --as "
                                                "blackouts|freezes [--soft] INPUT.ics"),
                                 2))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != u"ics")
        return usageError(command, positional.isEmpty()
                                       ? tr("say which format: 'slipway import ics …'")
                                       : tr("unknown format '%1'; available: ics").arg(positional[0]));
    if (positional.size() < 2)
        return usageError(command, tr("name the calendar file to read"));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    CalendarImportService::Options options;
    const QString kind = parser.value(as);
    if (kind == u"blackouts")
        options.as = CalendarImportService::As::Blackouts;
    else if (kind == u"freezes")
        options.as = CalendarImportService::As::Freezes;
    else
        return usageError(command, tr("--as must be blackouts or freezes"));
    options.hard = !parser.isSet(soft);

    auto calendar = IcsReader::read(positional[1]);
    if (!calendar)
        return inputError(calendar.error());
    auto db = Database::open(*path, files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    Session session = Session::forCurrentUser();
    session.changeTicket = parser.value(ticket);
    auto outcome = CalendarImportService(*db.value(), session).import(calendar.value(), positional[1], options);
    if (!outcome)
        return inputError(outcome.error());
    for (const QString& skipped : std::as_const(outcome->skipped))
        err() << skipped << Qt::endl;
    out() << tr("%1: %2 created, %3 updated, %4 left out.")
                 .arg(positional[1])
                 .arg(outcome->created)
                 .arg(outcome->updated)
                 .arg(outcome->skipped.size())
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
