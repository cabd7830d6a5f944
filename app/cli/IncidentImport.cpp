// SPDX-License-Identifier: GPL-3.0-or-later
// slipway import csv --db FILE --kind incidents [--map COLUMN=FIELD,…] [--skip-invalid]
//                    [--time-zone ZONE] INPUT.csv
#include "IncidentsCommand.h"

#include "CliSupport.h"
#include "domain/InputText.h"
#include "io/CsvReader.h"
#include "io/IncidentCsvMapping.h"
#include "services/IncidentService.h"

#include <QScopeGuard>
#include <QTimeZone>

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
    bool windows1252 = false;
    auto table = CsvReader::readLenient(input, &windows1252);
    if (!table)
        return inputError(table.error());
    auto mapping = IncidentCsvMapping::forTable(table.value(), mapSpec, input);
    if (!mapping)
        return inputError(mapping.error());
    mapping->setTimeZone(zone);
    // Every row is checked before the file is opened: a refused import leaves it untouched.
    IncidentService::Plan plan = IncidentService::check(table.value(), mapping.value(), input);
    if (!plan.problems.isEmpty() && (!skipInvalid || plan.rows.isEmpty())) {
        const auto good = qint64(plan.rows.size());
        const bool single = plan.problems.size() == 1;
        if (single)
            err() << plan.problems.first() << u' ';
        err() << (good > 0 ? CliText::tr("%1: %2 of %3 rows cannot be imported, so nothing was; "
                                         "--skip-invalid imports the other %4.")
                                 .arg(input, QString::number(plan.problems.size()),
                                      QString::number(plan.total), QString::number(good))
                           : CliText::tr("%1: none of its %2 rows can be imported; nothing was.")
                                 .arg(input, QString::number(plan.total)))
              << Qt::endl;
        for (const QString& problem : std::as_const(plan.problems)) {
            if (!single)
                err() << problem << Qt::endl;
        }
        return ExitBadInput;
    }
    // The parsed file is no longer needed: a large one is freed on the second core meanwhile.
    const QByteArray sha256 = table->sha256().toLatin1();
    std::thread freeing([spent = std::move(table.value())] {});
    const auto joinFreeing = qScopeGuard([&freeing] { freeing.join(); });
    auto db = Database::open(dbPath, files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    Session session = Session::forCurrentUser();
    session.changeTicket = ticket;
    const QString source = plan.sourceName;
    auto outcome =
        IncidentService(*db.value(), session).import(std::move(plan), input, sha256, skipInvalid);
    if (!outcome) {
        if (outcome.error().kind == Error::Kind::Permission ||
            outcome.error().kind == Error::Kind::Refused) {
            err() << outcome.error().message << Qt::endl;
            return ExitFindings;
        }
        return inputError(outcome.error());
    }
    const auto& o = outcome.value();
    for (const QString& problem : o.problems)
        err() << CliText::tr("%1 Skipped.").arg(problem) << Qt::endl;
    if (windows1252)
        err() << CliText::tr("%1: not valid UTF-8; read as Windows-1252.").arg(input) << Qt::endl;
    for (const QString& note : mapping->notes())
        err() << note << Qt::endl;
    out() << CliText::tr("%1 (%2): %3 created, %4 updated, %5 unchanged, %6 skipped.")
                 .arg(input, source, QString::number(o.created), QString::number(o.updated),
                      QString::number(o.unchanged), QString::number(o.problems.size()))
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
