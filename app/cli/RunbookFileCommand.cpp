// SPDX-License-Identifier: GPL-3.0-or-later
// slipway runbook export --db FILE --release R --format csv|md|pdf --out FILE
// slipway runbook import --db FILE --release R FILE.csv|FILE.md [--format csv|md]
#include "RunbookFileCommand.h"

#include "CliSupport.h"
#include "RunbookCommand.h"
#include "deploy/RunbookReportWriter.h"
#include "io/RunbookCsv.h"
#include "io/RunbookMarkdown.h"
#include "services/ReleaseService.h"
#include "services/RunbookRunService.h"
#include "services/RunbookService.h"
#include "services/Session.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>

namespace slipway::cli {
namespace {

const QString kCommand = QStringLiteral("runbook");

// csv, md or pdf from --format, else from the file's extension; empty when neither says.
QString formatOf(const QString& given, const QString& path) {
    QString f = given.trimmed().toLower();
    if (f.isEmpty())
        f = QFileInfo(path).suffix().toLower();
    if (f == u"markdown")
        f = QStringLiteral("md");
    return f;
}

int exportFile(const QCommandLineParser& parser, const FileOptions& files, const QString& dbPath,
               const QCommandLineOption& release, const QString& format, const QString& target) {
    auto db = Database::open(dbPath, files.readingOptions(parser));
    if (!db)
        return inputError(db.error());
    int exit = ExitOk;
    const auto releaseId = releaseFrom(*db.value(), parser, release, kCommand, &exit);
    if (!releaseId)
        return exit;
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    const Session session = acting.value();
    auto found = ReleaseService(*db.value(), session).find(*releaseId);
    if (!found)
        return runbookRefused(kCommand, found.error());
    const Release& r = found.value();
    const QString label = releaseLabel(r.name, r.version);
    RunbookService runbooks(*db.value(), session);
    auto book = runbooks.forRelease(*releaseId);
    if (!book)
        return runbookRefused(kCommand, book.error());
    if (!book->has_value())
        return usageError(kCommand, CliText::tr("%1 has no runbook yet; create one with 'slipway "
                                                "runbook create' or import its steps")
                                        .arg(label));
    Runbook runbook = book->value();
    if (runbook.releaseLabel.isEmpty())
        runbook.releaseLabel = label;
    const QString shown = QDir::toNativeSeparators(target);

    if (format == u"csv" || format == u"md") {
        auto written = format == u"csv" ? RunbookCsv::write(runbook.steps, target)
                                        : RunbookMarkdown::write(runbook, target);
        if (!written)
            return inputError(written.error());
        out() << CliText::tr("Wrote the %n step(s) of %1's runbook to %2.", nullptr,
                             int(runbook.steps.size()))
                     .arg(label, shown)
              << Qt::endl;
        return ExitOk;
    }

    QElapsedTimer timer;
    timer.start();
    ui::RunbookReportWriter::Input input;
    input.runbook = runbook;
    input.releaseLabel = label;
    if (r.windowStart.isValid())
        input.windowStartUtc = r.windowStart.toSecsSinceEpoch();
    if (r.windowEnd.isValid())
        input.windowEndUtc = r.windowEnd.toSecsSinceEpoch();
    input.windowZone = r.windowZone;
    input.generatedAt = QDateTime::currentSecsSinceEpoch();
    // The latest run, if the runbook has been run; a runbook that cannot be planned has none.
    if (auto status = RunbookRunService(*db.value(), session).status(*releaseId); status)
        input.run = status->run;
    auto written = ui::RunbookReportWriter::writePdf(input, target);
    if (!written)
        return inputError(written.error());
    out() << CliText::tr("Wrote %1: %2 page(s), %3 step(s)%4 in %5 ms.")
                 .arg(shown)
                 .arg(written->pages)
                 .arg(runbook.steps.size())
                 .arg(input.run ? CliText::tr(" and the latest run") : QString())
                 .arg(timer.elapsed())
          << Qt::endl;
    return ExitOk;
}

int importFile(const QCommandLineParser& parser, const FileOptions& files, const QString& dbPath,
               const QCommandLineOption& release, const QString& format, const QString& input) {
    // The file first: a bad one is refused before the Slipway file is even opened.
    auto steps = format == u"csv" ? RunbookCsv::read(input) : RunbookMarkdown::read(input);
    if (!steps)
        return runbookRefused(kCommand, steps.error());
    auto db = Database::open(dbPath, files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    int exit = ExitOk;
    const auto releaseId = releaseFrom(*db.value(), parser, release, kCommand, &exit);
    if (!releaseId)
        return exit;
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    RunbookService runbooks(*db.value(), acting.value());
    auto book = runbooks.forRelease(*releaseId);
    if (!book)
        return runbookRefused(kCommand, book.error());
    const QString shown = QFileInfo(input).fileName();
    const int count = int(steps->size());
    if (!book->has_value()) {
        auto created = runbooks.create(*releaseId, DeploymentPattern::Custom,
                                       CliText::tr("Steps imported from %1.").arg(shown),
                                       QJsonObject(), steps.value());
        if (!created)
            return runbookRefused(kCommand, created.error());
        out() << CliText::tr("Created a custom runbook for %1 with the %n step(s) of %2.", nullptr,
                             count)
                     .arg(created->releaseLabel, shown)
              << Qt::endl;
        return ExitOk;
    }
    Runbook edited = book->value();
    const bool wasReady = edited.isReady();
    // A step that keeps its key keeps its identity.
    QHash<QString, qint64> ids;
    for (const RunbookStep& s : std::as_const(edited.steps))
        ids.insert(s.key, s.id);
    edited.steps = steps.value();
    for (RunbookStep& s : edited.steps)
        s.id = ids.value(s.key);
    auto saved = runbooks.save(edited);
    if (!saved)
        return runbookRefused(kCommand, saved.error());
    out() << CliText::tr("Replaced the steps of %1's runbook with the %n step(s) of %2.", nullptr,
                         count)
                 .arg(saved->releaseLabel, shown);
    if (wasReady)
        out() << u' ' << CliText::tr("It was ready and is a draft again.");
    out() << Qt::endl;
    return ExitOk;
}

} // namespace

int runRunbookFile(const QStringList& args) {
    const QString action = args.value(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "export: writes a release's runbook as CSV (the steps, one per row), Markdown (the "
        "release, pattern, rationale and state, the steps as a pipe table and the rollback "
        "triggers) or the PDF for the deployment bridge call (planned times, the critical path, "
        "owners, rollback pairs, scripts, cutover TTLs, rehearsals, triggers and what the "
        "latest run did). The file is opened read-only; the output appears complete or not at "
        "all.\n"
        "import: replaces the release's steps with those of a CSV or Markdown file in the "
        "export's columns (key, title, kind and duration_min required; any order), or creates "
        "a custom runbook with them. A ready runbook goes back to draft. Any problem in the "
        "file is refused in one line naming its line, and nothing is written. A release "
        "manager's work; audited."));
    parser.addPositionalArgument(QStringLiteral("action"), CliText::tr("import or export."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CliText::tr("import: the CSV or Markdown file to read."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption release(QStringLiteral("release"),
                                     CliText::tr("The release: its id or PRODUCT@VERSION."),
                                     QStringLiteral("ID|PRODUCT@VERSION"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CliText::tr("csv, md or pdf (default: from the file's extension)."),
        QStringLiteral("csv|md|pdf"));
    const QCommandLineOption outFile(
        QStringLiteral("out"), CliText::tr("export: the file to write."), QStringLiteral("FILE"));
    parser.addOptions({release, format, outFile});
    if (auto stop =
            parseCommand(parser, args, kCommand,
                         QStringLiteral("slipway runbook export --db FILE|URL --release R "
                                        "--format csv|md|pdf --out FILE | slipway runbook "
                                        "import --db FILE|URL --release R FILE.csv|FILE.md"),
                         2))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    int exit = ExitOk;
    if (action == u"export") {
        if (positional.size() > 1)
            return usageError(kCommand, CliText::tr("unexpected argument '%1'; export writes to "
                                                    "--out FILE")
                                            .arg(positional.value(1)));
        const QString target = parser.value(outFile);
        if (target.isEmpty())
            return usageError(kCommand, CliText::tr("--out FILE is required"));
        const QString f = formatOf(parser.value(format), target);
        if (f != u"csv" && f != u"md" && f != u"pdf")
            return usageError(kCommand,
                              CliText::tr("--format takes csv, md or pdf, not '%1'").arg(f));
        const auto path = requireDb(parser, files, kCommand, &exit);
        if (!path)
            return exit;
        return exportFile(parser, files, *path, release, f, target);
    }
    if (parser.isSet(outFile))
        return usageError(kCommand, CliText::tr("--out applies to export only"));
    const QString input = positional.value(1);
    if (input.isEmpty())
        return usageError(kCommand, CliText::tr("say which file to import: 'slipway runbook "
                                                "import --db FILE --release R FILE.csv'"));
    const QString f = formatOf(parser.value(format), input);
    if (f != u"csv" && f != u"md")
        return usageError(kCommand, CliText::tr("import reads csv or md files; say which with "
                                                "--format csv|md, not '%1'")
                                        .arg(f));
    const auto path = requireDb(parser, files, kCommand, &exit);
    if (!path)
        return exit;
    return importFile(parser, files, *path, release, f, input);
}

} // namespace slipway::cli
