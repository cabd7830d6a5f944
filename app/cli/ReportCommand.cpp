// SPDX-License-Identifier: GPL-3.0-or-later
// slipway report cab --db FILE --meeting ID|DATE --out FILE.pdf [--page a4|letter]
// slipway report pir --db FILE --release R --out FILE.pdf
// slipway report adherence --db FILE --from DATE --to DATE --out FILE.pdf|FILE.csv
// slipway report service --db FILE --from DATE --to DATE [--service S] [--team T]
//   --out FILE.pdf|FILE.csv
#include "ReportCommand.h"
#include "CliSupport.h"
#include "cab/CabReportWriter.h"
#include "domain/InputText.h"
#include "domain/TimeText.h"
#include "io/CabPack.h"
#include "services/CabMeetingService.h"
#include "services/Session.h"
#include "validation/PirReportWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>

namespace slipway::cli {

Result<qint64> resolveMeeting(Database& db, const QString& text) {
    auto acting = Session::forDatabase(db);
    if (!acting)
        return acting.error();
    CabMeetingService meetings(db, acting.value());
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        auto found = meetings.find(id);
        if (!found)
            return Error{
                Error::Kind::Usage,
                CliText::tr("there is no CAB meeting %1 in %2 (see the CAB screen for the ids)")
                    .arg(text, db.fileName())};
        return id;
    }
    const auto when = parseUtcTime(text);
    if (!when)
        return Error{
            Error::Kind::Usage,
            CliText::tr("--meeting takes a meeting id or a date such as 2026-11-03, not '%1'")
                .arg(text)};
    auto found = meetings.meetingOn(*when);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{Error::Kind::Usage,
                     CliText::tr("no CAB meeting on or after %1 in %2").arg(text, db.fileName())};
    return found->value().id;
}

namespace {

// report pir: the post-implementation review of a release as PDF; refused (exit 1) when the
// release has no review yet.
int writePir(const QCommandLineParser& parser, const QString& dbPath,
             const QCommandLineOption& release, const QString& target) {
    const QString command = QStringLiteral("report");
    Database::OpenOptions options;
    options.readOnly = true; // a report never writes to the file
    auto db = Database::open(dbPath, options);
    if (!db)
        return inputError(db.error());
    int exit = ExitOk;
    const auto releaseId = releaseFrom(*db.value(), parser, release, command, &exit);
    if (!releaseId)
        return exit;
    QElapsedTimer timer;
    timer.start();
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    auto input = ui::PirReportWriter::load(*db.value(), acting.value(), *releaseId,
                                           QDateTime::currentSecsSinceEpoch());
    if (!input) {
        if (input.error().kind != Error::Kind::Refused)
            return inputError(input.error());
        QString line = input.error().message;
        line.replace(u'\n', u' ');
        err() << line << Qt::endl;
        return ExitFindings;
    }
    auto written = ui::PirReportWriter::writePdf(input.value(), target);
    if (!written)
        return inputError(written.error());
    out() << CliText::tr("Wrote %1: %2 page(s), the %3 review of %4 with %5 incident(s) and %6 "
                         "action(s) in %7 ms.")
                 .arg(QDir::toNativeSeparators(target), QString::number(written->pages),
                      input->review.isDone() ? CliText::tr("done") : CliText::tr("draft"),
                      InputText::singleLine(input->releaseLabel),
                      QString::number(input->incidents.size()),
                      QString::number(input->actions.size()), QString::number(timer.elapsed()))
          << Qt::endl;
    return ExitOk;
}

} // namespace

int runReport(const QStringList& args) {
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "cab: writes the CAB report of a meeting as PDF: a cover with the attendees, the "
        "change outlook charts, the agenda, a section per change (window in UTC and the "
        "attendees' zones, conflicts, risk, gate status, rollback plan, approvals, its week "
        "with blackouts), decisions, open conditions and actions. Every page carries the "
        "audit chain head and the time of generation. pir: writes the post-implementation "
        "review of a release as PDF: the deployments and outcome, validation (checks, metrics "
        "with Mann-Whitney p-values), correlated incidents, feedback, the review, its timeline "
        "and actions. adherence: every deviation from the release process in a period with its "
        "corrective actions, counts by kind, team and month with a trend chart, and a sign-off "
        "block with the audit chain head, as PDF or CSV. service: deployment frequency, lead "
        "time, change failure rate, time to restore, availability, changes by risk and type and "
        "capacity for a period, a service or a team, as PDF or CSV. The file is opened "
        "read-only."));
    parser.addPositionalArgument(QStringLiteral("REPORT"),
                                 CliText::tr("cab, pir, adherence or service."));
    FileOptions files;
    files.addTo(parser, false);
    const QCommandLineOption meeting(
        QStringLiteral("meeting"),
        CliText::tr("The meeting: its id, or a date (the meeting that day, "
                    "else the first one after)."),
        QStringLiteral("ID|DATE"));
    const QCommandLineOption outFile(
        QStringLiteral("out"),
        CliText::tr("The file to write: PDF, or for adherence and service PDF or CSV by its "
                    "suffix. The adherence CSV has its counts by team, month and kind beside it "
                    "in FILE-counts.csv."),
        QStringLiteral("FILE.pdf|FILE.csv"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  CliText::tr("Paper: a4 (default) or letter."),
                                  QStringLiteral("a4|letter"), QStringLiteral("a4"));
    const QCommandLineOption release(QStringLiteral("release"),
                                     CliText::tr("pir: the release (id, PRODUCT@VERSION or a "
                                                 "version only one release has)."),
                                     QStringLiteral("R"));
    const PeriodReportOptions period{
        {QStringLiteral("from"),
         CliText::tr("adherence, service: the period's start (a date such as 2026-10-01, "
                     "midnight UTC, or a UTC time)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"),
         CliText::tr("adherence, service: the period's end, excluded (2027-01-01 ends the "
                     "period with 31 December)."),
         QStringLiteral("DATE")},
        {QStringLiteral("service"),
         CliText::tr("service: one service, by name or id (default: every service)."),
         QStringLiteral("S")},
        {QStringLiteral("team"), CliText::tr("service: one team's services, by name or id."),
         QStringLiteral("T")},
        outFile};
    parser.addOptions(
        {meeting, outFile, page, release, period.from, period.to, period.service, period.team});
    if (auto stop = parseCommand(
            parser, args, command,
            QStringLiteral("slipway report cab --db FILE|URL --meeting ID|DATE "
                           "--out FILE.pdf [--page a4|letter] | slipway "
                           "report pir --db FILE|URL --release R --out FILE.pdf | slipway report "
                           "adherence --db FILE|URL --from DATE --to DATE "
                           "--out FILE.pdf|FILE.csv | slipway report "
                           "service --db FILE|URL --from DATE --to DATE "
                           "[--service S] [--team T] --out "
                           "FILE.pdf|FILE.csv"),
            1))
        return *stop;
    const QString kind = parser.positionalArguments().value(0);
    if (kind.isEmpty())
        return usageError(command,
                          CliText::tr("say which report: 'slipway report cab …', 'slipway "
                                      "report pir …', 'slipway report adherence …' or 'slipway "
                                      "report service …'"));
    if (kind != u"cab" && kind != u"pir" && kind != u"adherence" && kind != u"service")
        return usageError(
            command,
            CliText::tr("unknown report '%1'; available: cab, pir, adherence, service").arg(kind));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    if (kind == u"adherence")
        return writeAdherenceReport(parser, *path, period);
    if (kind == u"service")
        return writeServiceReport(parser, *path, period);
    if (kind == u"pir") {
        const QString target = parser.value(outFile);
        if (target.isEmpty())
            return usageError(command, CliText::tr("--out FILE.pdf is required"));
        return writePir(parser, *path, release, target);
    }
    if (!parser.isSet(meeting))
        return usageError(command, CliText::tr("--meeting ID|DATE is required"));
    const QString target = parser.value(outFile);
    if (target.isEmpty())
        return usageError(command, CliText::tr("--out FILE.pdf is required"));
    const QString paper = parser.value(page).toLower();
    if (paper != u"a4" && paper != u"letter")
        return usageError(
            command, CliText::tr("--page takes a4 or letter, not '%1'").arg(parser.value(page)));

    Database::OpenOptions options;
    options.readOnly = true;
    auto db = Database::open(*path, options);
    if (!db)
        return inputError(db.error());
    auto id = resolveMeeting(*db.value(), parser.value(meeting));
    if (!id)
        return id.error().kind == Error::Kind::Usage ? usageError(command, id.error().message)
                                                     : inputError(id.error());
    QElapsedTimer timer;
    timer.start();
    auto pack = CabPack::load(*db.value(), id.value(), QDateTime::currentSecsSinceEpoch());
    if (!pack)
        return inputError(pack.error());
    auto written = ui::CabReportWriter::writePdf(
        pack.value(), target,
        paper == u"letter" ? ui::CabReportWriter::Paper::Letter : ui::CabReportWriter::Paper::A4);
    if (!written)
        return inputError(written.error());
    out() << CliText::tr("Wrote %1: %2 page(s), %3 agenda item(s), %4 decision(s) in %5 ms.")
                 .arg(QDir::toNativeSeparators(target))
                 .arg(written->pages)
                 .arg(pack->items.size())
                 .arg(pack->decisions.size())
                 .arg(timer.elapsed())
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
