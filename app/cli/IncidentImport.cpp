// SPDX-License-Identifier: GPL-3.0-or-later
// slipway import csv --db FILE --kind incidents [--map COLUMN=FIELD,…] [--skip-invalid]
//                    [--time-zone ZONE] INPUT.csv
#include "IncidentsCommand.h"

#include "CliSupport.h"
#include "domain/InputText.h"
#include "io/CsvReader.h"
#include "io/IncidentCsvMapping.h"
#include "services/IncidentService.h"

#include <QTimeZone>

#include <optional>
#include <thread>

namespace slipway::cli {

int importIncidentsCsv(const QCommandLineParser& parser, const FileOptions& files,
                       const QString& dbPath, const QString& input, const QString& ticket,
                       const QString& mapSpec, bool skipInvalid, const QString& timeZone) {
    const QTimeZone zone = timeZone.isEmpty() ? QTimeZone() : QTimeZone(timeZone.toUtf8());
    if (!timeZone.isEmpty() && !zone.isValid())
        return usageError(QStringLiteral("import"),
                          CliText::tr("--time-zone '%1' is not a time zone this computer knows "
                                      "(an IANA name such as Europe/Berlin or "
                                      "America/Los_Angeles)")
                              .arg(InputText::singleLine(timeZone, 60)));
    // The file is read on a second core while this one opens the database.
    bool windows1252 = false;
    std::optional<Result<CsvTable>> table;
    std::thread reading([&] { table = CsvReader::readLenient(input, &windows1252); });
    auto db = Database::open(dbPath, files.openOptions(parser));
    reading.join();
    if (!table->ok())
        return inputError(table->error());
    if (!db)
        return inputError(db.error());
    auto mapping = IncidentCsvMapping::forTable(table->value(), mapSpec, input);
    if (!mapping)
        return inputError(mapping.error());
    mapping->setTimeZone(zone);
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    Session session = acting.value();
    session.changeTicket = ticket;
    // A refused file is rolled back whole, after every row has been checked.
    auto outcome = IncidentService(*db.value(), session)
                       .import(table->value(), mapping.value(), input,
                               table->value().sha256().toLatin1(), skipInvalid);
    if (!outcome) {
        if (outcome.error().kind == Error::Kind::Permission ||
            outcome.error().kind == Error::Kind::Refused) {
            err() << outcome.error().message << Qt::endl;
            return ExitFindings;
        }
        return inputError(outcome.error());
    }
    if (outcome->refused) {
        const QStringList& problems = outcome->problems;
        const qint64 good = outcome->total - qint64(problems.size());
        const bool single = problems.size() == 1;
        if (single)
            err() << problems.first() << u' ';
        err() << (good > 0 ? CliText::tr("%1: %2 of %3 rows cannot be imported, so nothing was; "
                                         "--skip-invalid imports the other %4.")
                                 .arg(input, QString::number(problems.size()),
                                      QString::number(outcome->total), QString::number(good))
                           : CliText::tr("%1: none of its %2 rows can be imported; nothing was.")
                                 .arg(input, QString::number(outcome->total)))
              << Qt::endl;
        for (const QString& problem : problems) {
            if (!single)
                err() << problem << Qt::endl;
        }
        return ExitBadInput;
    }
    const auto& o = outcome.value();
    for (const QString& problem : o.problems)
        err() << CliText::tr("%1 Skipped.").arg(problem) << Qt::endl;
    if (windows1252)
        err() << CliText::tr("%1: not valid UTF-8; read as Windows-1252.").arg(input) << Qt::endl;
    for (const QString& note : mapping->notes())
        err() << note << Qt::endl;
    out() << CliText::tr("%1 (%2): %3 created, %4 updated, %5 unchanged, %6 skipped.")
                 .arg(input, o.sourceName, QString::number(o.created), QString::number(o.updated),
                      QString::number(o.unchanged), QString::number(o.problems.size()))
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
