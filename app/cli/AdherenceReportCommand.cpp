// SPDX-License-Identifier: GPL-3.0-or-later
// slipway report adherence --db FILE --from DATE --to DATE --out FILE.pdf|FILE.csv
// (CSV: the deviations in FILE.csv, their counts by team, month and kind in FILE-counts.csv)
#include "CliSupport.h"
#include "ReportCommand.h"
#include "domain/TimeText.h"
#include "reporting/AdherenceReportWriter.h"
#include "services/Session.h"
#include "storage/AuditLog.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace slipway::cli {
namespace {

std::optional<qint64> timeOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                 int* exitCode) {
    const QString name = option.names().constFirst();
    if (!parser.isSet(option)) {
        *exitCode =
            usageError(QStringLiteral("report"), CliText::tr("--%1 DATE is required").arg(name));
        return std::nullopt;
    }
    const auto when = parseUtcTime(parser.value(option));
    if (!when) {
        *exitCode =
            usageError(QStringLiteral("report"),
                       CliText::tr("--%1 takes a date such as 2026-10-01 or a UTC time such as "
                                   "2026-10-01T08:00, not '%2'")
                           .arg(name, parser.value(option)));
        return std::nullopt;
    }
    return *when;
}

} // namespace

std::optional<ReportPeriodArgs> periodArgs(const QCommandLineParser& parser,
                                           const PeriodReportOptions& options, int* exitCode) {
    const QString command = QStringLiteral("report");
    ReportPeriodArgs args;
    args.target = parser.value(options.out);
    if (args.target.isEmpty()) {
        *exitCode = usageError(command, CliText::tr("--out FILE.pdf or FILE.csv is required"));
        return std::nullopt;
    }
    const QString suffix = QFileInfo(args.target).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"csv") {
        *exitCode = usageError(
            command, CliText::tr("--out %1: the report is written as .pdf or .csv, not '%2'")
                         .arg(QDir::toNativeSeparators(args.target), suffix));
        return std::nullopt;
    }
    const auto from = timeOption(parser, options.from, exitCode);
    if (!from)
        return std::nullopt;
    const auto to = timeOption(parser, options.to, exitCode);
    if (!to)
        return std::nullopt;
    if (*from >= *to) {
        *exitCode =
            usageError(command, CliText::tr("--from %1 is not before --to %2: the period "
                                            "is empty (--to is excluded)")
                                    .arg(parser.value(options.from), parser.value(options.to)));
        return std::nullopt;
    }
    args.fromUtc = *from;
    args.toUtc = *to;
    return args;
}

int writeAdherenceReport(const QCommandLineParser& parser, const QString& dbPath,
                         const PeriodReportOptions& options) {
    int exit = ExitOk;
    const auto args = periodArgs(parser, options, &exit);
    if (!args)
        return exit;
    Database::OpenOptions open;
    open.readOnly = true; // a report never writes to the file
    auto db = Database::open(dbPath, open);
    if (!db)
        return inputError(db.error());
    QElapsedTimer timer;
    timer.start();
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    auto input = ui::AdherenceReportWriter::load(*db.value(), acting.value(), args->fromUtc,
                                                 args->toUtc, QDateTime::currentSecsSinceEpoch());
    if (!input)
        return inputError(input.error());
    // Count and head from one lookup of the last entry, as `report cab` prints them.
    auto tip = AuditLog(*db.value()).tip();
    if (!tip)
        return inputError(tip.error());
    input->chainEntries = tip->seq;
    input->chainHead = tip->hash;
    input->fileName = isServer(dbPath)
                          ? shownDb(dbPath)
                          : QDir::toNativeSeparators(QFileInfo(dbPath).absoluteFilePath());
    auto written = ui::AdherenceReportWriter::write(input.value(), args->target);
    if (!written)
        return inputError(written.error());
    int actions = 0;
    for (const auto& list : std::as_const(input->actions))
        actions += int(list.size());
    const QString what = written->pages > 0 ? CliText::tr("%n page(s)", nullptr, written->pages)
                                            : CliText::tr("%n row(s)", nullptr, written->rows);
    out() << CliText::tr("Wrote %1: %2, %3 deviation(s) with %4 corrective action(s) in %5 ms.")
                 .arg(QDir::toNativeSeparators(args->target), what,
                      QString::number(input->deviations.size()), QString::number(actions),
                      QString::number(timer.elapsed()))
          << Qt::endl;
    if (!written->countsFile.isEmpty())
        out() << CliText::tr("Wrote %1: counts by team, month and kind, %n row(s).", nullptr,
                             written->countRows)
                     .arg(QDir::toNativeSeparators(written->countsFile))
              << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
