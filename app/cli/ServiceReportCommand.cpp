// SPDX-License-Identifier: GPL-3.0-or-later
// slipway report service --db FILE --from DATE --to DATE [--service S] [--team T]
//   --out FILE.pdf|FILE.csv
#include "CliSupport.h"
#include "ReportCommand.h"
#include "domain/InputText.h"
#include "reporting/ServiceReportWriter.h"
#include "services/ServiceReportService.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace slipway::cli {

int writeServiceReport(const QCommandLineParser& parser, const QString& dbPath,
                       const PeriodReportOptions& options) {
    const QString command = QStringLiteral("report");
    int exit = ExitOk;
    const auto args = periodArgs(parser, options, &exit);
    if (!args)
        return exit;
    Database::OpenOptions open;
    open.readOnly = true; // a report never writes to the file
    auto db = Database::open(dbPath, open);
    if (!db)
        return inputError(db.error());
    ServiceReportService reports(*db.value(), ServiceReportService::Reports::One);
    ServiceReportQuery query;
    query.fromUtc = args->fromUtc;
    query.toUtc = args->toUtc;
    // An unknown name is bad usage: one line naming what exists.
    const auto resolve = [&](const QCommandLineOption& option, qint64* id,
                             Result<qint64> (ServiceReportService::*find)(const QString&)
                                 const) -> std::optional<int> {
        if (!parser.isSet(option))
            return std::nullopt;
        auto found = (reports.*find)(parser.value(option));
        if (!found)
            return found.error().kind == Error::Kind::NotFound ||
                           found.error().kind == Error::Kind::Usage
                       ? usageError(command, found.error().message)
                       : inputError(found.error());
        *id = found.value();
        return std::nullopt;
    };
    if (auto stop = resolve(options.service, &query.serviceId, &ServiceReportService::serviceId))
        return *stop;
    if (auto stop = resolve(options.team, &query.teamId, &ServiceReportService::teamId))
        return *stop;
    QElapsedTimer timer;
    timer.start();
    auto report = reports.report(query);
    if (!report)
        return inputError(report.error());
    ui::ServiceReportWriter::Input input;
    input.report = report.value();
    input.generatedAt = QDateTime::currentSecsSinceEpoch();
    input.fileName = isServer(dbPath)
                         ? shownDb(dbPath)
                         : QDir::toNativeSeparators(QFileInfo(dbPath).absoluteFilePath());
    auto written = ui::ServiceReportWriter::write(input, args->target);
    if (!written)
        return inputError(written.error());
    const QString what = written->pages > 0 ? CliText::tr("%n page(s)", nullptr, written->pages)
                                            : CliText::tr("%n row(s)", nullptr, written->rows);
    out() << CliText::tr("Wrote %1: %2, %3: %4 deployment(s), %5 incident(s) in %6 ms.")
                 .arg(QDir::toNativeSeparators(args->target), what,
                      InputText::singleLine(input.report.scopeLabel),
                      QString::number(input.report.deployments),
                      QString::number(input.report.incidents), QString::number(timer.elapsed()))
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
