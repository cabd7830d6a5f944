// SPDX-License-Identifier: GPL-3.0-or-later
// slipway review start|show|save|done|reopen --db F --release R [--summary T] …
// slipway review action add|done|drop|list --db F --release R [--title T --owner O --due D]
// slipway closure status|tick|na|reopen --db F --release R [--item KEY] [--reference REF]
//                 [--reason TEXT] [--json]
#include "ReviewCommand.h"

#include "domain/InputText.h"
#include "domain/TimeText.h"
#include "services/ClosureService.h"
#include "services/LifecycleService.h"
#include "services/ReleaseService.h"
#include "services/ReviewService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace slipway::cli {
namespace {

const QString kReview = QStringLiteral("review");
const QString kClosure = QStringLiteral("closure");

QString utc(qint64 secs) {
    if (secs <= 0)
        return CliText::tr("none");
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

void printJson(const QJsonObject& o) {
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out().flush();
}

// A refusal by a role, a rule or a newer save is exit 1; bad input is exit 2.
int refused(const QString& command, const Error& error) {
    if (error.kind == Error::Kind::Permission || error.kind == Error::Kind::Refused ||
        error.kind == Error::Kind::Stale) {
        err() << InputText::singleLine(error.message, 4000) << Qt::endl;
        return ExitFindings;
    }
    if (error.kind == Error::Kind::Usage || error.kind == Error::Kind::NotFound ||
        error.kind == Error::Kind::Validation)
        return usageError(command, InputText::singleLine(error.message, 4000));
    return inputError(error);
}

struct Options {
    FileOptions files;
    QCommandLineOption release{QStringLiteral("release"),
                               QCoreApplication::translate("cli", "The release: its id or "
                                                                  "PRODUCT@VERSION."),
                               QStringLiteral("ID|PRODUCT@VERSION")};
    QCommandLineOption json{QStringLiteral("json"),
                            QCoreApplication::translate("cli", "Print the result as JSON.")};
    QCommandLineOption summary{QStringLiteral("summary"),
                               QCoreApplication::translate("cli", "What happened, in short."),
                               QStringLiteral("TEXT")};
    QCommandLineOption wentWell{QStringLiteral("went-well"),
                                QCoreApplication::translate("cli", "What went well."),
                                QStringLiteral("TEXT")};
    QCommandLineOption wentBadly{QStringLiteral("went-badly"),
                                 QCoreApplication::translate("cli", "What went badly."),
                                 QStringLiteral("TEXT")};
    QCommandLineOption factors{
        QStringLiteral("factors"),
        QCoreApplication::translate("cli", "The contributing factors: systems and process, "
                                           "not people."),
        QStringLiteral("TEXT")};
    QCommandLineOption lessons{QStringLiteral("lessons"),
                               QCoreApplication::translate("cli", "What was learned."),
                               QStringLiteral("TEXT")};
    QCommandLineOption title{QStringLiteral("title"),
                             QCoreApplication::translate("cli", "action add: what to do."),
                             QStringLiteral("TEXT")};
    QCommandLineOption owner{QStringLiteral("owner"),
                             QCoreApplication::translate("cli", "action add: a team or a role."),
                             QStringLiteral("NAME")};
    QCommandLineOption due{QStringLiteral("due"),
                           QCoreApplication::translate("cli", "action add: the due date (UTC)."),
                           QStringLiteral("DATE")};
    QCommandLineOption id{QStringLiteral("id"),
                          QCoreApplication::translate("cli", "action done|drop: the action's id."),
                          QStringLiteral("N")};
    QCommandLineOption item{
        QStringLiteral("item"),
        QCoreApplication::translate("cli", "tick|na|reopen: runbooks, monitoring, alerts, backup "
                                           "or documentation."),
        QStringLiteral("KEY")};
    QCommandLineOption reference{
        QStringLiteral("reference"),
        QCoreApplication::translate("cli", "tick: a link or a commit showing it was done."),
        QStringLiteral("REF")};
    QCommandLineOption reason{QStringLiteral("reason"),
                              QCoreApplication::translate("cli", "na: why it does not apply."),
                              QStringLiteral("TEXT")};

    void addTo(QCommandLineParser& parser) const {
        files.addTo(parser);
        parser.addOptions({release, json, summary, wentWell, wentBadly, factors, lessons, title,
                           owner, due, id, item, reference, reason});
    }
};

// The file and the release, opened for reading or writing; an exit code when either fails.
struct Opened {
    std::unique_ptr<Database> db;
    qint64 releaseId = 0;
};
std::optional<int> open(const QCommandLineParser& parser, const Options& o, const QString& command,
                        bool reading, Opened& opened) {
    int exit = ExitOk;
    const auto path = requireDb(parser, o.files, command, &exit);
    if (!path)
        return exit;
    auto db = Database::open(*path, reading ? o.files.readingOptions(parser)
                                            : o.files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    const auto releaseId = releaseFrom(*db.value(), parser, o.release, command, &exit);
    if (!releaseId)
        return exit;
    opened.db = std::move(db.value());
    opened.releaseId = *releaseId;
    return std::nullopt;
}

QJsonArray actionsJson(const QList<ReviewAction>& actions) {
    QJsonArray a;
    for (const ReviewAction& action : actions)
        a.append(toJson(action));
    return a;
}

void printActions(const QList<ReviewAction>& actions, qint64 now) {
    if (actions.isEmpty()) {
        out() << CliText::tr("No actions.") << Qt::endl;
        return;
    }
    for (const ReviewAction& a : actions) {
        out() << QStringLiteral("  #%1  %2  %3")
                     .arg(QString::number(a.id), displayName(a.state),
                          InputText::singleLine(a.title, 200));
        if (!a.owner.isEmpty())
            out() << QStringLiteral("  — ") << InputText::singleLine(a.owner, 80);
        if (a.dueAt > 0)
            out() << QStringLiteral("  ") << CliText::tr("due %1").arg(utc(a.dueAt));
        if (a.isOverdue(now))
            out() << QStringLiteral("  ") << CliText::tr("(overdue)");
        out() << Qt::endl;
    }
}

int show(const QCommandLineParser& parser, const Options& o, ReviewService& reviews,
         qint64 releaseId) {
    auto review = reviews.forRelease(releaseId);
    if (!review)
        return refused(kReview, review.error());
    auto required = reviews.isRequired(releaseId);
    if (!required)
        return refused(kReview, required.error());
    auto actions = reviews.actions(releaseId);
    if (!actions)
        return refused(kReview, actions.error());
    auto timeline = reviews.timeline(releaseId);
    if (!timeline)
        return refused(kReview, timeline.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(o.json)) {
        QJsonArray moments;
        for (const TimelineEntry& e : timeline.value())
            moments.append(QJsonObject{
                {QStringLiteral("at"),
                 QDateTime::fromSecsSinceEpoch(e.atUtc, QTimeZone::utc()).toString(Qt::ISODate)},
                {QStringLiteral("kind"), e.kind},
                {QStringLiteral("text"), e.text}});
        QJsonObject o2{{QStringLiteral("release_id"), releaseId},
                       {QStringLiteral("required"), required.value()},
                       {QStringLiteral("review"),
                        review->has_value() ? QJsonValue(toJson(review->value())) : QJsonValue()},
                       {QStringLiteral("late"), review->has_value() && review->value().isLate(now)},
                       {QStringLiteral("actions"), actionsJson(actions.value())},
                       {QStringLiteral("timeline"), moments}};
        printJson(o2);
        return ExitOk;
    }
    out() << (required.value() ? CliText::tr("A review is required.")
                               : CliText::tr("A review is not required."))
          << Qt::endl;
    if (!review->has_value()) {
        out() << CliText::tr("No review yet: `slipway review start` begins one.") << Qt::endl;
    } else {
        const PostReview& r = review->value();
        out() << (r.isDone()
                      ? CliText::tr("Review done %1, due %2%3.")
                            .arg(utc(r.doneAt), utc(r.dueAt),
                                 r.isLate(now) ? CliText::tr(" (late)") : QString())
                      : CliText::tr("Review draft, due %1%2.")
                            .arg(utc(r.dueAt), r.isLate(now) ? CliText::tr(" (late)") : QString()))
              << Qt::endl;
        const auto field = [](const QString& label, const QString& text) {
            out() << label << QStringLiteral(": ")
                  << (text.isEmpty() ? CliText::tr("(empty)") : text) << Qt::endl;
        };
        field(CliText::tr("Summary"), r.summary);
        field(CliText::tr("Went well"), r.wentWell);
        field(CliText::tr("Went badly"), r.wentBadly);
        field(CliText::tr("Contributing factors"), r.factors);
        field(CliText::tr("Lessons"), r.lessons);
    }
    out() << CliText::tr("Actions:") << Qt::endl;
    printActions(actions.value(), now);
    out() << CliText::tr("Timeline:") << Qt::endl;
    for (const TimelineEntry& e : timeline.value())
        out() << QStringLiteral("  ") << utc(e.atUtc) << QStringLiteral("  ")
              << InputText::singleLine(e.text, 400) << Qt::endl;
    return ExitOk;
}

int save(const QString& action, const QCommandLineParser& parser, const Options& o,
         ReviewService& reviews, qint64 releaseId) {
    auto current = reviews.forRelease(releaseId);
    if (!current)
        return refused(kReview, current.error());
    if (!current->has_value())
        return refused(kReview, Error{Error::Kind::Refused,
                                      CliText::tr("release %1 has no review: `slipway review "
                                                  "start` begins one")
                                          .arg(releaseId)});
    PostReview r = current->value();
    const auto take = [&](const QCommandLineOption& option, QString& field) {
        if (parser.isSet(option))
            field = parser.value(option);
    };
    take(o.summary, r.summary);
    take(o.wentWell, r.wentWell);
    take(o.wentBadly, r.wentBadly);
    take(o.factors, r.factors);
    take(o.lessons, r.lessons);
    if (action == u"done")
        r.state = PostReview::State::Done;
    else if (action == u"reopen")
        r.state = PostReview::State::Draft;
    auto saved = reviews.save(r);
    if (!saved)
        return refused(kReview, saved.error());
    if (parser.isSet(o.json)) {
        printJson(toJson(saved.value()));
        return ExitOk;
    }
    out() << (saved->isDone()
                  ? CliText::tr("The review is done.")
                  : CliText::tr("The review is saved as a draft, due %1.").arg(utc(saved->dueAt)))
          << Qt::endl;
    return ExitOk;
}

int actionCommand(const QString& what, const QCommandLineParser& parser, const Options& o,
                  ReviewService& reviews, qint64 releaseId) {
    const QString command = QStringLiteral("review action");
    auto actions = reviews.actions(releaseId);
    if (!actions)
        return refused(command, actions.error());
    if (what == u"list") {
        if (parser.isSet(o.json)) {
            printJson(QJsonObject{{QStringLiteral("actions"), actionsJson(actions.value())}});
            return ExitOk;
        }
        printActions(actions.value(), QDateTime::currentSecsSinceEpoch());
        return ExitOk;
    }
    if (what == u"add") {
        ReviewAction a;
        a.releaseId = releaseId;
        a.title = parser.value(o.title);
        a.owner = parser.value(o.owner);
        if (a.title.trimmed().isEmpty())
            return usageError(command, CliText::tr("--title is required"));
        if (parser.isSet(o.due)) {
            const auto due = parseUtcTime(parser.value(o.due));
            if (!due)
                return usageError(command, CliText::tr("--due takes a date such as 2026-12-01, "
                                                       "not '%1'")
                                               .arg(InputText::singleLine(parser.value(o.due))));
            a.dueAt = *due;
        }
        auto stored = reviews.createAction(a);
        if (!stored)
            return refused(command, stored.error());
        out() << CliText::tr("Added action #%1.").arg(stored->id) << Qt::endl;
        return ExitOk;
    }
    bool ok = false;
    const qint64 id = parser.value(o.id).toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(command, CliText::tr("--id N is required (see `review action list`)"));
    const ReviewAction* found = nullptr;
    for (const ReviewAction& a : actions.value())
        if (a.id == id)
            found = &a;
    if (!found)
        return usageError(command,
                          CliText::tr("release %1 has no action #%2").arg(releaseId).arg(id));
    ReviewAction changed = *found;
    changed.state = what == u"done" ? ReviewAction::State::Done : ReviewAction::State::Dropped;
    auto stored = reviews.updateAction(changed);
    if (!stored)
        return refused(command, stored.error());
    out() << (what == u"done" ? CliText::tr("Action #%1 is done.")
                              : CliText::tr("Action #%1 is dropped."))
                 .arg(id)
          << Qt::endl;
    return ExitOk;
}

} // namespace

int runReview(const QStringList& args) {
    const QString action = args.value(1);
    const QStringList actions{QStringLiteral("start"),  QStringLiteral("show"),
                              QStringLiteral("save"),   QStringLiteral("done"),
                              QStringLiteral("reopen"), QStringLiteral("action")};
    const QStringList actionVerbs{QStringLiteral("add"), QStringLiteral("done"),
                                  QStringLiteral("drop"), QStringLiteral("list")};
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "The blameless post-implementation review of a release: systems and process, never "
        "people. start: a draft due some days after the production deployment. show: the "
        "review, its actions and the timeline of the deployment and the days after. save: "
        "changes the text. done: marks it done (needs --summary, --factors and --lessons, "
        "given now or before). reopen: back to a draft. action add|done|drop|list: the actions "
        "it decided on. Exit 0: done; 1: refused (a role or a newer save); 2: bad input."));
    parser.addPositionalArgument(QStringLiteral("action"), actions.join(QStringLiteral(", ")));
    Options o;
    o.addTo(parser);
    if (auto stop = parseCommand(parser, args, kReview,
                                 QStringLiteral("slipway review ACTION --db FILE|URL --release R "
                                                "[options]"),
                                 2))
        return *stop;
    if (!actions.contains(action))
        return usageError(
            kReview, action.isEmpty()
                         ? CliText::tr("say what to do: %1").arg(actions.join(QStringLiteral(", ")))
                         : CliText::tr("unknown action '%1'").arg(action));
    const QString verb = parser.positionalArguments().value(1);
    if (action == u"action" && !actionVerbs.contains(verb))
        return usageError(
            kReview,
            CliText::tr("review action takes %1").arg(actionVerbs.join(QStringLiteral(", "))));
    if (action != u"action" && parser.positionalArguments().size() > 1)
        return usageError(kReview,
                          CliText::tr("unexpected argument '%1'").arg(InputText::singleLine(verb)));
    const bool reading = action == u"show" || (action == u"action" && verb == u"list");
    Opened opened;
    if (auto stop = open(parser, o, kReview, reading, opened))
        return *stop;
    auto acting = Session::forDatabase(*opened.db);
    if (!acting)
        return inputError(acting.error());
    ReviewService reviews(*opened.db, acting.value());
    if (action == u"show")
        return show(parser, o, reviews, opened.releaseId);
    if (action == u"action")
        return actionCommand(verb, parser, o, reviews, opened.releaseId);
    if (action == u"start") {
        auto started = reviews.start(opened.releaseId);
        if (!started)
            return refused(kReview, started.error());
        // Text given with start is saved straight away.
        if (parser.isSet(o.summary) || parser.isSet(o.wentWell) || parser.isSet(o.wentBadly) ||
            parser.isSet(o.factors) || parser.isSet(o.lessons))
            return save(QStringLiteral("save"), parser, o, reviews, opened.releaseId);
        if (parser.isSet(o.json))
            printJson(toJson(started.value()));
        else
            out() << CliText::tr("Started the review, due %1.").arg(utc(started->dueAt))
                  << Qt::endl;
        return ExitOk;
    }
    return save(action, parser, o, reviews, opened.releaseId);
}

namespace {

QString stateText(const ChecklistItem& item) {
    switch (item.state) {
    case ChecklistItem::State::Open:
        return CliText::tr("open");
    case ChecklistItem::State::Done:
        return CliText::tr("done: %1").arg(InputText::singleLine(item.reference, 300));
    case ChecklistItem::State::NotApplicable:
        return CliText::tr("not applicable: %1").arg(InputText::singleLine(item.reason, 300));
    }
    return {};
}

int status(const QCommandLineParser& parser, const Options& o, Database& db, qint64 releaseId) {
    auto acting = Session::forDatabase(db);
    if (!acting)
        return inputError(acting.error());
    ClosureService closure(db, acting.value());
    auto release = ReleaseService(db, acting.value()).find(releaseId);
    if (!release)
        return refused(kClosure, release.error());
    auto items = closure.checklist(releaseId);
    if (!items)
        return refused(kClosure, items.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const bool closed = release->status == ReleaseStatus::Closed;
    QStringList blockers;
    if (!closed) {
        auto own = closure.blockers(releaseId, now);
        if (!own)
            return refused(kClosure, own.error());
        // The lifecycle's guards of the move come first (the move itself, approval, gates);
        // its closure guard is listed a sentence a line (waiver tasks, the CAB's conditions,
        // then the conditions of closing), each sentence once.
        auto check = LifecycleService(db).check(releaseId, ReleaseStatus::Closed);
        if (!check)
            return refused(kClosure, check.error());
        if (!check->moveAllowed)
            blockers << check->reasons().value(0);
        for (const GuardCheck& g : check->failing()) {
            if (g.guard != Guard::Closure)
                blockers << g.line();
            else
                for (const QString& part : g.detail.split(QStringLiteral("; ")))
                    if (!part.isEmpty() && !blockers.contains(part))
                        blockers << part;
        }
        for (const QString& b : own.value())
            if (!blockers.contains(b))
                blockers << b;
    }
    const QString label = releaseLabel(release->name, release->version);
    if (parser.isSet(o.json)) {
        QJsonArray list;
        for (const ChecklistItem& i : items.value()) {
            QJsonObject j = toJson(i);
            j.insert(QStringLiteral("name"), displayName(i.key));
            list.append(j);
        }
        printJson(QJsonObject{{QStringLiteral("release_id"), releaseId},
                              {QStringLiteral("release"), label},
                              {QStringLiteral("closed"), closed},
                              {QStringLiteral("may_close"), !closed && blockers.isEmpty()},
                              {QStringLiteral("checklist"), list},
                              {QStringLiteral("blockers"), QJsonArray::fromStringList(blockers)}});
        return closed || blockers.isEmpty() ? ExitOk : ExitFindings;
    }
    out() << CliText::tr("Closure checklist of %1:").arg(label) << Qt::endl;
    for (const ChecklistItem& i : items.value())
        out() << QStringLiteral("  %1  %2").arg(displayName(i.key), -26).arg(stateText(i))
              << Qt::endl;
    if (closed) {
        out() << CliText::tr("%1 is closed.").arg(label) << Qt::endl;
        return ExitOk;
    }
    if (blockers.isEmpty()) {
        out()
            << CliText::tr("%1 may be closed: `slipway lifecycle set --status closed`.").arg(label)
            << Qt::endl;
        return ExitOk;
    }
    out() << CliText::tr("%1 cannot be closed yet:").arg(label) << Qt::endl;
    for (const QString& b : blockers)
        out() << QStringLiteral("  - ") << InputText::singleLine(b, 1000) << Qt::endl;
    return ExitFindings;
}

int settle(const QString& action, const QCommandLineParser& parser, const Options& o, Database& db,
           qint64 releaseId) {
    if (!parser.isSet(o.item))
        return usageError(kClosure, CliText::tr("--item is required (runbooks, monitoring, "
                                                "alerts, backup or documentation)"));
    const auto key = checklistKeyFromKey(parser.value(o.item).trimmed().toLower());
    if (!key)
        return usageError(kClosure, CliText::tr("unknown --item '%1'; available: runbooks, "
                                                "monitoring, alerts, backup, documentation")
                                        .arg(InputText::singleLine(parser.value(o.item))));
    if (action == u"tick" && parser.value(o.reference).trimmed().isEmpty())
        return usageError(kClosure, CliText::tr("tick needs --reference (a link or a commit)"));
    if (action == u"na" && parser.value(o.reason).trimmed().isEmpty())
        return usageError(kClosure, CliText::tr("na needs --reason"));
    auto acting = Session::forDatabase(db);
    if (!acting)
        return inputError(acting.error());
    ClosureService closure(db, acting.value());
    auto items = closure.checklist(releaseId);
    if (!items)
        return refused(kClosure, items.error());
    ChecklistItem item;
    for (const ChecklistItem& i : items.value())
        if (i.key == *key)
            item = i;
    item.reference.clear();
    item.reason.clear();
    if (action == u"tick") {
        item.state = ChecklistItem::State::Done;
        item.reference = parser.value(o.reference);
    } else if (action == u"na") {
        item.state = ChecklistItem::State::NotApplicable;
        item.reason = parser.value(o.reason);
    } else {
        item.state = ChecklistItem::State::Open;
    }
    auto stored = closure.settle(item);
    if (!stored)
        return refused(kClosure, stored.error());
    out() << CliText::tr("%1: %2.").arg(displayName(stored->key), stateText(stored.value()))
          << Qt::endl;
    return ExitOk;
}

} // namespace

int runClosure(const QStringList& args) {
    const QString action = args.value(1);
    const QStringList actions{QStringLiteral("status"), QStringLiteral("tick"),
                              QStringLiteral("na"), QStringLiteral("reopen")};
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "What closing a release needs. status: the closure checklist and every blocker (exit 0 "
        "when it may close, 1 when not). tick: an item brought up to date, with a reference. na: "
        "an item that does not apply, with a reason. reopen: back to open. Items: runbooks, "
        "monitoring, alerts, backup, documentation. Exit 2: bad input."));
    parser.addPositionalArgument(QStringLiteral("action"), actions.join(QStringLiteral(", ")));
    Options o;
    o.addTo(parser);
    if (auto stop =
            parseCommand(parser, args, kClosure,
                         QStringLiteral("slipway closure status|tick|na|reopen --db FILE|URL "
                                        "--release R [--item KEY] [--reference REF] "
                                        "[--reason TEXT] [--json]"),
                         1))
        return *stop;
    if (!actions.contains(action))
        return usageError(
            kClosure,
            action.isEmpty()
                ? CliText::tr("say what to do: %1").arg(actions.join(QStringLiteral(", ")))
                : CliText::tr("unknown action '%1'").arg(action));
    Opened opened;
    if (auto stop = open(parser, o, kClosure, action == u"status", opened))
        return *stop;
    if (action == u"status")
        return status(parser, o, *opened.db, opened.releaseId);
    return settle(action, parser, o, *opened.db, opened.releaseId);
}

} // namespace slipway::cli
