// SPDX-License-Identifier: GPL-3.0-or-later
// slipway runbook guide [--answer KEY=VALUE]… [--json]
// slipway runbook create --db FILE --release R [--pattern P] [--answer KEY=VALUE]…
//                        [--rationale TEXT]
// slipway runbook show|ready [--draft]|rehearse … --db FILE --release R
// slipway runbook start|step|status|decide|finish … (RunbookRunCommand.cpp)
// slipway runbook import|export … (RunbookFileCommand.cpp)
#include "RunbookCommand.h"

#include "RunbookFileCommand.h"
#include "domain/InputText.h"
#include "rules/PatternGuide.h"
#include "rules/RunbookSchedule.h"
#include "services/RunbookService.h"
#include "services/Session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

const QString kCommand = QStringLiteral("runbook");

const QStringList kEditActions{QStringLiteral("guide"), QStringLiteral("create"),
                               QStringLiteral("show"), QStringLiteral("ready"),
                               QStringLiteral("rehearse")};
const QStringList kRunActions{QStringLiteral("start"), QStringLiteral("step"),
                              QStringLiteral("status"), QStringLiteral("decide"),
                              QStringLiteral("finish")};

void printJson(const QJsonObject& o) {
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString minutes(int m) {
    return m >= 60 ? QStringLiteral("%1h%2").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1m").arg(m);
}

// --answer KEY=VALUE… as the guide's answers; a usage error names the bad one.
Result<PatternAnswers> answersFrom(const QStringList& given) {
    QJsonObject o;
    const PatternAnswers blank;
    const QJsonObject known = blank.toJson();
    for (const QString& a : given) {
        const qsizetype eq = a.indexOf(u'=');
        const QString key = a.left(eq).trimmed().toLower().replace(u'-', u'_');
        const QString value = eq < 0 ? QString() : a.mid(eq + 1).trimmed().toLower();
        if (eq < 0 || !known.contains(key))
            return Error{Error::Kind::Usage,
                         CliText::tr("--answer '%1' is not KEY=VALUE with a key of %2")
                             .arg(a, known.keys().join(QStringLiteral(", ")))};
        o.insert(key, value);
    }
    const PatternAnswers parsed = PatternAnswers::fromJson(o);
    // Every value given must have been understood: read back, it is not "unknown".
    const QJsonObject back = parsed.toJson();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (back.value(it.key()) != it.value())
            return Error{Error::Kind::Usage,
                         CliText::tr("--answer %1=%2: not a value the guide knows")
                             .arg(it.key(), it.value().toString())};
    return parsed;
}

int guide(const QCommandLineParser& parser, const RunbookOptions& o) {
    auto answers = answersFrom(parser.values(o.answer));
    if (!answers)
        return usageError(kCommand, answers.error().message);
    const PatternRecommendation rec = recommendPattern(answers.value());
    if (parser.isSet(o.json)) {
        QJsonArray list;
        for (const PatternAssessment& a : rec.assessments)
            list.append(QJsonObject{
                {QStringLiteral("pattern"), toKey(a.pattern)},
                {QStringLiteral("score"), a.score},
                {QStringLiteral("possible"), a.possible},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(a.reasons)},
                {QStringLiteral("trade_offs"), QJsonArray::fromStringList(a.tradeOffs)}});
        printJson({{QStringLiteral("recommended"), toKey(rec.recommended)},
                   {QStringLiteral("unanswered"), rec.unanswered},
                   {QStringLiteral("rationale"), rec.rationale()},
                   {QStringLiteral("answers"), answers->toJson()},
                   {QStringLiteral("assessments"), list}});
        return ExitOk;
    }
    out() << CliText::tr("Recommended: %1").arg(displayName(rec.recommended)) << Qt::endl;
    if (rec.unanswered > 0)
        out() << CliText::tr("(%n question(s) unanswered)", nullptr, rec.unanswered) << Qt::endl;
    out() << rec.rationale() << Qt::endl;
    for (const PatternAssessment& a : rec.assessments) {
        out() << Qt::endl
              << displayName(a.pattern) << (a.possible ? QString() : CliText::tr(" (ruled out)"))
              << Qt::endl;
        for (const QString& r : a.reasons)
            out() << QStringLiteral("  + ") << r << Qt::endl;
        for (const QString& t : a.tradeOffs)
            out() << QStringLiteral("  - ") << t << Qt::endl;
    }
    return ExitOk;
}

int create(const QCommandLineParser& parser, const RunbookOptions& o, RunbookService& runbooks,
           qint64 releaseId) {
    auto answers = answersFrom(parser.values(o.answer));
    if (!answers)
        return usageError(kCommand, answers.error().message);
    const PatternRecommendation rec = recommendPattern(answers.value());
    DeploymentPattern pattern = rec.recommended;
    if (parser.isSet(o.pattern)) {
        const auto given = deploymentPatternFromKey(parser.value(o.pattern));
        if (!given)
            return usageError(kCommand,
                              CliText::tr("--pattern '%1' is not blue-green, canary, rolling, "
                                          "big-bang or custom")
                                  .arg(parser.value(o.pattern)));
        pattern = *given;
    }
    QString why = parser.value(o.rationale).trimmed();
    if (why.isEmpty() && pattern == rec.recommended && !parser.values(o.answer).isEmpty())
        why = rec.rationale();
    auto made =
        runbooks.create(releaseId, pattern, why,
                        parser.values(o.answer).isEmpty() ? QJsonObject() : answers->toJson());
    if (!made)
        return runbookRefused(kCommand, made.error());
    if (parser.isSet(o.json)) {
        printJson(toJson(made.value()));
        return ExitOk;
    }
    out() << CliText::tr("Created the %1 runbook of %2: %n step(s), draft.", nullptr,
                         int(made->steps.size()))
                 .arg(displayName(made->pattern), made->releaseLabel)
          << Qt::endl;
    return ExitOk;
}

int show(const QCommandLineParser& parser, const RunbookOptions& o, RunbookService& runbooks,
         qint64 releaseId) {
    auto found = runbooks.forRelease(releaseId);
    if (!found)
        return inputError(found.error());
    if (!found->has_value())
        return runbookRefused(kCommand, Error{Error::Kind::NotFound,
                                              CliText::tr("the release has no runbook; create "
                                                          "one with `slipway runbook create`")});
    const Runbook& book = found->value();
    auto findings = runbooks.findings(book);
    if (!findings)
        return inputError(findings.error());
    auto plan = planRunbook(book.steps);
    if (parser.isSet(o.json)) {
        QJsonObject j = toJson(book);
        QJsonArray list;
        for (const RunbookFinding& f : findings.value())
            list.append(QJsonObject{{QStringLiteral("step"), f.stepKey},
                                    {QStringLiteral("code"), f.code},
                                    {QStringLiteral("blocking"), f.blocking()},
                                    {QStringLiteral("message"), f.message}});
        j.insert(QStringLiteral("findings"), list);
        if (plan) {
            j.insert(QStringLiteral("planned_end_min"), plan->plannedEndMin);
            j.insert(QStringLiteral("critical_path"),
                     QJsonArray::fromStringList(plan->criticalPath));
        }
        printJson(j);
        return ExitOk;
    }
    out() << CliText::tr("%1 — %2 runbook, %3")
                 .arg(book.releaseLabel, displayName(book.pattern),
                      book.isReady() ? CliText::tr("ready (marked by %1 at %2)")
                                           .arg(book.readyBy,
                                                QDateTime::fromSecsSinceEpoch(book.readyAt, Qt::UTC)
                                                    .toString(Qt::ISODate))
                                     : CliText::tr("draft"))
          << Qt::endl;
    if (!book.rationale.isEmpty())
        out() << book.rationale << Qt::endl;
    out() << Qt::endl;
    for (const RunbookStep& s : book.steps) {
        const StepTiming* t = plan ? plan->timing(s.key) : nullptr;
        out() << QStringLiteral("%1 %2 %3  %4  [%5, %6%7]")
                     .arg(t && t->critical ? QStringLiteral("*") : QStringLiteral(" "),
                          s.key.leftJustified(6),
                          s.isForward() ? QStringLiteral("→") : QStringLiteral("↩"), s.title,
                          displayName(s.kind), s.owner.isEmpty() ? QStringLiteral("—") : s.owner,
                          t ? QStringLiteral(", +%1 → +%2")
                                  .arg(minutes(t->earliestStart), minutes(t->earliestFinish))
                            : QStringLiteral(", %1").arg(minutes(s.durationMin)))
              << Qt::endl;
    }
    if (plan)
        out() << Qt::endl
              << CliText::tr("Planned end: +%1; critical path: %2")
                     .arg(minutes(plan->plannedEndMin),
                          plan->criticalPath.join(QStringLiteral(" → ")))
              << Qt::endl;
    for (const RunbookFinding& f : findings.value())
        out() << (f.blocking() ? CliText::tr("blocking: ") : CliText::tr("warning: ")) << f.message
              << Qt::endl;
    return ExitOk;
}

int ready(const QCommandLineParser& parser, const RunbookOptions& o, RunbookService& runbooks,
          qint64 releaseId) {
    auto found = runbooks.forRelease(releaseId);
    if (!found)
        return inputError(found.error());
    if (!found->has_value())
        return runbookRefused(
            kCommand, Error{Error::Kind::NotFound, CliText::tr("the release has no runbook")});
    const bool toReady = !parser.isSet(o.draft);
    auto done = runbooks.setReady(releaseId, toReady, found->value().rowVersion);
    if (!done)
        return runbookRefused(kCommand, done.error());
    out() << (toReady ? CliText::tr("The runbook of %1 is ready and locked.")
                      : CliText::tr("The runbook of %1 is a draft again."))
                 .arg(done->releaseLabel)
          << Qt::endl;
    return ExitOk;
}

int rehearse(const QCommandLineParser& parser, const RunbookOptions& o, RunbookService& runbooks,
             qint64 releaseId) {
    MigrationRehearsal r;
    r.stepKey = parser.value(o.step).trimmed();
    r.rehearsedBy = parser.value(o.by).trimmed();
    r.cloneName = parser.value(o.clone).trimmed();
    r.notes = parser.value(o.note).trimmed();
    if (r.stepKey.isEmpty() || r.rehearsedBy.isEmpty() || !parser.isSet(o.result) ||
        !parser.isSet(o.duration))
        return usageError(kCommand, CliText::tr("rehearse needs --step, --by, --duration and "
                                                "--result"));
    const QString result = parser.value(o.result).trimmed().toLower();
    if (result != u"passed" && result != u"failed")
        return usageError(
            kCommand,
            CliText::tr("--result must be passed or failed, not '%1'").arg(parser.value(o.result)));
    r.passed = result == u"passed";
    bool ok = true;
    r.durationMin = parser.value(o.duration).toInt(&ok);
    if (!ok || r.durationMin < 0)
        return usageError(kCommand, CliText::tr("--duration '%1' is not a whole number of "
                                                "minutes")
                                        .arg(parser.value(o.duration)));
    for (const auto& [option, target] :
         {std::pair{&o.rowsBefore, &r.rowsBefore}, std::pair{&o.rowsAfter, &r.rowsAfter}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parser.value(*option).toLongLong(&ok);
        if (!ok || *target < 0)
            return usageError(kCommand,
                              CliText::tr("--%1 '%2' is not a row count")
                                  .arg(option->names().constFirst(), parser.value(*option)));
    }
    if (parser.isSet(o.at)) {
        r.rehearsedAt = parseUtc(parser.value(o.at));
        if (r.rehearsedAt == 0)
            return usageError(
                kCommand, CliText::tr("--at '%1' is not an ISO 8601 time").arg(parser.value(o.at)));
    }
    auto before = runbooks.forRelease(releaseId);
    const bool wasReady = before && before->has_value() && before->value().isReady();
    auto added = runbooks.addRehearsal(releaseId, r);
    if (!added)
        return runbookRefused(kCommand, added.error());
    out() << CliText::tr("Recorded the %1 rehearsal of %2 by %3 (%4 min, %5 → %6 rows).")
                 .arg(added->passed ? CliText::tr("passed") : CliText::tr("failed"), added->stepKey,
                      added->rehearsedBy)
                 .arg(added->durationMin)
                 .arg(added->rowsBefore)
                 .arg(added->rowsAfter);
    // A rehearsal that blocks a ready runbook takes it back to draft: say so.
    if (auto after = runbooks.forRelease(releaseId);
        wasReady && after && after->has_value() && !after->value().isReady())
        out() << u' ' << CliText::tr("It was ready and is a draft again.");
    out() << Qt::endl;
    return ExitOk;
}

} // namespace

void RunbookOptions::addTo(QCommandLineParser& parser) const {
    files.addTo(parser);
    parser.addOptions({release, json, pattern, answer, rationale, draft, step, status, note,
                       decision, reason, outcome, by, at, duration, rowsBefore, rowsAfter, result,
                       clone});
}

int runbookRefused(const QString& command, const Error& error) {
    if (error.kind == Error::Kind::Permission || error.kind == Error::Kind::Refused ||
        error.kind == Error::Kind::Stale) {
        // One line whatever the message quotes: step titles and notes come from imports.
        err() << InputText::singleLine(error.message, 4000) << Qt::endl;
        return ExitFindings;
    }
    if (error.kind == Error::Kind::Usage || error.kind == Error::Kind::NotFound ||
        error.kind == Error::Kind::Validation)
        return usageError(command, error.message);
    return inputError(error);
}

int runRunbook(const QStringList& args) {
    const QString action = args.value(1);
    if (action == u"import" || action == u"export")
        return runRunbookFile(args);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "A release's deployment runbook. guide: recommends blue-green, canary, rolling or big "
        "bang from your answers, with reasons and trade-offs. create: a runbook from a "
        "pattern's template (a release manager's work). show: the steps, the plan, the critical "
        "path and what keeps it from being ready. ready: marks it ready and locks it (refused "
        "while it has blocking findings), or --draft takes it back. rehearse: records a "
        "rehearsal of a database migration step. start, step, status, decide, finish: the live "
        "run (a deployer's work): pipelines report each step with `runbook step`. import, "
        "export: CSV, Markdown or the bridge-call PDF. Exit 0: done; 1: refused, nothing "
        "written (status: a rollback trigger's condition holds); 2: bad input."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 (kEditActions + kRunActions).join(QStringLiteral(", ")) +
                                     QStringLiteral(", import, export"));
    RunbookOptions o;
    o.addTo(parser);
    if (auto stop = parseCommand(parser, args, kCommand,
                                 QStringLiteral("slipway runbook ACTION --db FILE|URL --release R "
                                                "[options]"),
                                 1))
        return *stop;
    if (!kEditActions.contains(action) && !kRunActions.contains(action))
        return usageError(kCommand,
                          action.isEmpty()
                              ? CliText::tr("say what to do: %1, import or export")
                                    .arg((kEditActions + kRunActions).join(QStringLiteral(", ")))
                              : CliText::tr("unknown action '%1'").arg(action));
    if (action == u"guide")
        return guide(parser, o);
    int exit = ExitOk;
    const auto path = requireDb(parser, o.files, kCommand, &exit);
    if (!path)
        return exit;
    const bool reading = action == u"show" || action == u"status";
    auto db = Database::open(*path, reading ? o.files.readingOptions(parser)
                                            : o.files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    const auto releaseId = releaseFrom(*db.value(), parser, o.release, kCommand, &exit);
    if (!releaseId)
        return exit;
    if (kRunActions.contains(action))
        return runRunbookExecution(action, parser, o, *db.value(), *releaseId);
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    RunbookService runbooks(*db.value(), acting.value());
    if (action == u"create")
        return create(parser, o, runbooks, *releaseId);
    if (action == u"show")
        return show(parser, o, runbooks, *releaseId);
    if (action == u"ready")
        return ready(parser, o, runbooks, *releaseId);
    return rehearse(parser, o, runbooks, *releaseId);
}

} // namespace slipway::cli
