// SPDX-License-Identifier: GPL-3.0-or-later
// slipway import csv --db FILE --kind acknowledgements INPUT.csv
#include "CliSupport.h"
#include "io/AcknowledgementCsv.h"
#include "services/CommunicationService.h"

#include <QCoreApplication>

namespace slipway::cli {

int importAcknowledgementsCsv(const QCommandLineParser& parser, const FileOptions& files,
                              const QString& dbPath, const QString& input, const QString& ticket) {
    auto db = Database::open(dbPath, files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    auto parsed = AcknowledgementCsv::read(*db.value(), input);
    if (!parsed)
        return inputError(parsed.error());
    if (!parsed->problems.isEmpty()) {
        // One line: the first problem; every one follows for the user fixing the file.
        err() << CliText::tr("%1 (%2 of %3 rows refused; nothing was imported)")
                     .arg(parsed->problems.first())
                     .arg(parsed->problems.size())
                     .arg(parsed->problems.size() + parsed->rows.size())
              << Qt::endl;
        for (qsizetype i = 1; i < parsed->problems.size(); ++i)
            err() << parsed->problems[i] << Qt::endl;
        return ExitBadInput;
    }
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    Session session = acting.value();
    session.changeTicket = ticket;
    auto written = CommunicationService(*db.value(), session).importAcknowledgements(parsed->rows);
    if (!written)
        return inputError(written.error());
    out() << CliText::tr("%1: %2 acknowledgement(s) imported.").arg(input).arg(written.value())
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
