// SPDX-License-Identifier: GPL-3.0-or-later
// slipway adherence deviations --db F [--from DATE] [--to DATE] [--json]
// slipway adherence action add --db F --deviation KEY --title T --owner NAME --due DATE [--note T]
// slipway adherence action list --db F [--deviation KEY] [--json]
// slipway adherence action set --db F --id N [--state S] [--note T] [--owner O] [--due D]
//                              [--title T]
// slipway adherence action remove --db F --id N
#include "AdherenceCommand.h"

#include "domain/InputText.h"
#include "domain/TimeText.h"
#include "services/AdherenceService.h"
#include "services/CorrectiveActionService.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace slipway::cli {
namespace {

const QString kCommand = QStringLiteral("adherence");
constexpr qint64 kDay = 86400;
// How far back `action add` looks for the deviation it is given, and `deviations` by default.
constexpr qint64 kLookBackDays = 5 * 366;

void printJson(const QJsonObject& o) {
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out().flush();
}

// A refusal by a role or a newer save is exit 1; bad input is exit 2.
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

QString utcDay(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString utcIso(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate);
}

QDate todayUtc() {
    return QDateTime::currentDateTimeUtc().date();
}

bool isOverdue(const CorrectiveAction& a) {
    return !isClosed(a.state) && a.due.isValid() && a.due < todayUtc();
}

// The action as the audit log pictures it, with when it was closed, whether it is overdue,
// and who created and last changed it.
QJsonObject actionJson(const CorrectiveAction& a) {
    QJsonObject row = toJson(a);
    row.insert(QStringLiteral("closed_at"),
               a.closedAt > 0 ? QJsonValue(utcIso(a.closedAt)) : QJsonValue());
    row.insert(QStringLiteral("overdue"), isOverdue(a));
    row.insert(QStringLiteral("created_by"), a.createdBy);
    row.insert(QStringLiteral("created_at"), utcIso(a.createdAt));
    row.insert(QStringLiteral("updated_by"), a.updatedBy);
    row.insert(QStringLiteral("updated_at"), utcIso(a.updatedAt));
    return row;
}

struct Options {
    FileOptions files;
    QCommandLineOption json{QStringLiteral("json"),
                            QCoreApplication::translate("cli", "Print the result as JSON.")};
    QCommandLineOption deviation{
        QStringLiteral("deviation"),
        QCoreApplication::translate("cli", "The deviation's key, as `adherence deviations` "
                                           "lists it."),
        QStringLiteral("KEY")};
    QCommandLineOption title{QStringLiteral("title"),
                             QCoreApplication::translate("cli", "What will be done."),
                             QStringLiteral("TEXT")};
    QCommandLineOption owner{QStringLiteral("owner"),
                             QCoreApplication::translate("cli", "Who will do it."),
                             QStringLiteral("NAME")};
    QCommandLineOption due{QStringLiteral("due"),
                           QCoreApplication::translate("cli", "The due date, e.g. 2026-12-31."),
                           QStringLiteral("DATE")};
    QCommandLineOption state{
        QStringLiteral("state"),
        QCoreApplication::translate("cli", "set: open, in_progress, done or dropped."),
        QStringLiteral("STATE")};
    QCommandLineOption note{
        QStringLiteral("note"),
        QCoreApplication::translate("cli", "How it was closed, or why it was dropped."),
        QStringLiteral("TEXT")};
    QCommandLineOption id{QStringLiteral("id"),
                          QCoreApplication::translate("cli", "set|remove: the action's id."),
                          QStringLiteral("N")};
    QCommandLineOption from{
        QStringLiteral("from"),
        QCoreApplication::translate("cli", "deviations: the period's start (default: five "
                                           "years ago)."),
        QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"),
                          QCoreApplication::translate("cli", "deviations: the period's end "
                                                             "(default: now)."),
                          QStringLiteral("DATE")};

    void addTo(QCommandLineParser& parser) const {
        files.addTo(parser);
        parser.addOptions({json, deviation, title, owner, due, state, note, id, from, to});
    }
};

std::optional<QDate> dueFrom(const QCommandLineParser& parser, const Options& o,
                             const QString& command, int* exit) {
    const QString text = parser.value(o.due).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        *exit = usageError(command, CliText::tr("--due takes a date such as 2026-12-31, not %1")
                                        .arg(InputText::quoted(text)));
        return std::nullopt;
    }
    return date;
}

QString describe(const CorrectiveAction& a) {
    QString line =
        QStringLiteral("#%1  %2  %3  %4  — %5")
            .arg(QString::number(a.id), correctiveStateLabel(a.state),
                 CliText::tr("due %1").arg(a.due.toString(Qt::ISODate)),
                 InputText::singleLine(a.title, 200), InputText::singleLine(a.owner, 80));
    if (isOverdue(a))
        line += QStringLiteral("  ") + CliText::tr("(overdue)");
    return line;
}

int list(const QCommandLineParser& parser, const Options& o, CorrectiveActionService& actions) {
    const QString command = QStringLiteral("adherence action list");
    auto all = actions.list(parser.value(o.deviation));
    if (!all)
        return refused(command, all.error());
    if (parser.isSet(o.json)) {
        QJsonArray rows;
        for (const CorrectiveAction& a : all.value()) {
            rows.append(actionJson(a));
        }
        printJson(QJsonObject{{QStringLiteral("actions"), rows}});
        return ExitOk;
    }
    if (all->isEmpty()) {
        out() << CliText::tr("No corrective actions.") << Qt::endl;
        return ExitOk;
    }
    QString deviation;
    for (const CorrectiveAction& a : all.value()) {
        if (a.deviationKey != deviation) {
            deviation = a.deviationKey;
            out() << InputText::singleLine(deviation) << Qt::endl;
        }
        out() << QStringLiteral("  ") << describe(a) << Qt::endl;
        if (!a.note.isEmpty())
            out() << QStringLiteral("      ") << InputText::singleLine(a.note, 400) << Qt::endl;
    }
    return ExitOk;
}

// The deviation the key names, looked for in the review of the last five years.
Result<std::optional<Deviation>> findDeviation(Database& db, const QString& key) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto acting = Session::forDatabase(db);
    if (!acting)
        return acting.error();
    auto found = AdherenceService(db, acting.value())
                     .deviations(now - kLookBackDays * kDay, now + kDay, now);
    if (!found)
        return found.error();
    for (const Deviation& d : found.value())
        if (d.key == key)
            return std::optional<Deviation>(d);
    return std::optional<Deviation>();
}

int add(const QCommandLineParser& parser, const Options& o, Database& db,
        CorrectiveActionService& actions) {
    const QString command = QStringLiteral("adherence action add");
    for (const QCommandLineOption* required : {&o.deviation, &o.title, &o.owner, &o.due})
        if (parser.value(*required).trimmed().isEmpty())
            return usageError(command, CliText::tr("--%1 is required").arg(required->names()[0]));
    int exit = ExitOk;
    const auto due = dueFrom(parser, o, command, &exit);
    if (!due)
        return exit;
    CorrectiveAction a;
    a.deviationKey = parser.value(o.deviation).trimmed();
    a.title = parser.value(o.title);
    a.owner = parser.value(o.owner);
    a.due = *due;
    a.note = parser.value(o.note);
    if (parser.isSet(o.state)) {
        const auto state = correctiveStateFromKey(parser.value(o.state));
        if (!state)
            return usageError(command, CliText::tr("--state takes open, in_progress, done or "
                                                   "dropped, not %1")
                                           .arg(InputText::quoted(parser.value(o.state))));
        a.state = *state;
    }
    if (releaseIdOfDeviationKey(a.deviationKey) <= 0)
        return usageError(command, CliText::tr("%1 is not a deviation key (KIND:RELEASE:REFERENCE, "
                                               "as `slipway adherence deviations` lists them)")
                                       .arg(InputText::quoted(a.deviationKey)));
    auto deviation = findDeviation(db, a.deviationKey);
    if (!deviation)
        return refused(command, deviation.error());
    if (!deviation->has_value())
        return usageError(command, CliText::tr("the adherence review finds no deviation %1 "
                                               "(see `slipway adherence deviations`)")
                                       .arg(InputText::quoted(a.deviationKey)));
    auto stored = actions.create(a);
    if (!stored)
        return refused(command, stored.error());
    if (parser.isSet(o.json))
        printJson(actionJson(stored.value()));
    else
        out() << CliText::tr("Added corrective action #%1 to %2.")
                     .arg(QString::number(stored->id), InputText::singleLine(stored->deviationKey))
              << Qt::endl;
    return ExitOk;
}

// The action --id names; none is a usage error naming the number.
Result<CorrectiveAction> findAction(CorrectiveActionService& actions, qint64 id) {
    auto found = actions.find(id);
    if (!found && found.error().kind == Error::Kind::NotFound)
        return Error{
            Error::Kind::NotFound,
            CliText::tr("there is no corrective action #%1 (see `adherence action list`)").arg(id)};
    return found;
}

std::optional<qint64> idFrom(const QCommandLineParser& parser, const Options& o,
                             const QString& command, int* exit) {
    bool ok = false;
    const qint64 id = parser.value(o.id).trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        *exit = usageError(command,
                           parser.isSet(o.id)
                               ? CliText::tr("--id takes an action's number, not %1")
                                     .arg(InputText::quoted(parser.value(o.id)))
                               : CliText::tr("--id N is required (see `adherence action list`)"));
        return std::nullopt;
    }
    return id;
}

int set(const QCommandLineParser& parser, const Options& o, CorrectiveActionService& actions) {
    const QString command = QStringLiteral("adherence action set");
    int exit = ExitOk;
    const auto id = idFrom(parser, o, command, &exit);
    if (!id)
        return exit;
    if (!parser.isSet(o.state) && !parser.isSet(o.note) && !parser.isSet(o.owner) &&
        !parser.isSet(o.due) && !parser.isSet(o.title))
        return usageError(command,
                          CliText::tr("say what to change: --state, --note, --owner, --due or "
                                      "--title"));
    auto found = findAction(actions, *id);
    if (!found)
        return refused(command, found.error());
    CorrectiveAction changed = found.value();
    if (parser.isSet(o.state)) {
        const auto state = correctiveStateFromKey(parser.value(o.state));
        if (!state)
            return usageError(command, CliText::tr("--state takes open, in_progress, done or "
                                                   "dropped, not %1")
                                           .arg(InputText::quoted(parser.value(o.state))));
        changed.state = *state;
    }
    if (parser.isSet(o.due)) {
        const auto due = dueFrom(parser, o, command, &exit);
        if (!due)
            return exit;
        changed.due = *due;
    }
    if (parser.isSet(o.note))
        changed.note = parser.value(o.note);
    if (parser.isSet(o.owner))
        changed.owner = parser.value(o.owner);
    if (parser.isSet(o.title))
        changed.title = parser.value(o.title);
    auto stored = actions.update(changed);
    if (!stored)
        return refused(command, stored.error());
    if (parser.isSet(o.json))
        printJson(actionJson(stored.value()));
    else
        out() << describe(stored.value()) << Qt::endl;
    return ExitOk;
}

int remove(const QCommandLineParser& parser, const Options& o, CorrectiveActionService& actions) {
    const QString command = QStringLiteral("adherence action remove");
    int exit = ExitOk;
    const auto id = idFrom(parser, o, command, &exit);
    if (!id)
        return exit;
    auto found = findAction(actions, *id);
    if (!found)
        return refused(command, found.error());
    if (auto gone = actions.remove(found->id, found->rowVersion); !gone)
        return refused(command, gone.error());
    out() << CliText::tr("Removed corrective action #%1.").arg(*id) << Qt::endl;
    return ExitOk;
}

int deviations(const QCommandLineParser& parser, const Options& o, Database& db) {
    const QString command = QStringLiteral("adherence deviations");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 from = now - kLookBackDays * kDay;
    qint64 to = now + 1;
    for (auto [option, value] : {std::pair{&o.from, &from}, std::pair{&o.to, &to}}) {
        if (!parser.isSet(*option))
            continue;
        const auto parsed = parseUtcTime(parser.value(*option));
        if (!parsed)
            return usageError(
                command, CliText::tr("--%1 takes a date such as 2026-10-01, not %2")
                             .arg(option->names()[0], InputText::quoted(parser.value(*option))));
        *value = *parsed;
    }
    if (from >= to)
        return usageError(command, CliText::tr("--from must be before --to"));
    auto acting = Session::forDatabase(db);
    if (!acting)
        return inputError(acting.error());
    auto found = AdherenceService(db, acting.value()).deviations(from, to, now);
    if (!found)
        return refused(command, found.error());
    auto actions = CorrectiveActionService(db, acting.value()).list();
    if (!actions)
        return refused(command, actions.error());
    QHash<QString, QList<CorrectiveAction>> byKey;
    for (const CorrectiveAction& a : actions.value())
        byKey[a.deviationKey].append(a);
    if (parser.isSet(o.json)) {
        QJsonArray rows;
        for (const Deviation& d : found.value()) {
            QJsonArray attached;
            for (const CorrectiveAction& a : byKey.value(d.key))
                attached.append(actionJson(a));
            rows.append(QJsonObject{
                {QStringLiteral("key"), d.key},
                {QStringLiteral("kind"), toKey(d.kind)},
                {QStringLiteral("release_id"), d.releaseId},
                {QStringLiteral("release"), d.releaseLabel},
                {QStringLiteral("team"), d.teamName},
                {QStringLiteral("at"),
                 QDateTime::fromSecsSinceEpoch(d.at, QTimeZone::utc()).toString(Qt::ISODate)},
                {QStringLiteral("detail"), d.detail},
                {QStringLiteral("actions"), attached}});
        }
        printJson(QJsonObject{{QStringLiteral("deviations"), rows}});
        return ExitOk;
    }
    if (found->isEmpty()) {
        out() << CliText::tr("No deviations in the period.") << Qt::endl;
        return ExitOk;
    }
    for (const Deviation& d : found.value()) {
        out() << InputText::singleLine(d.key) << Qt::endl
              << QStringLiteral("  ") << utcDay(d.at) << QStringLiteral("  ")
              << deviationKindLabel(d.kind) << QStringLiteral("  ")
              << InputText::singleLine(d.releaseLabel) << Qt::endl;
        if (!d.detail.isEmpty())
            out() << QStringLiteral("  ") << InputText::singleLine(d.detail, 400) << Qt::endl;
        for (const CorrectiveAction& a : byKey.value(d.key))
            out() << QStringLiteral("    ") << describe(a) << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int runAdherence(const QStringList& args) {
    const QString what = args.value(1);
    const QStringList whats{QStringLiteral("deviations"), QStringLiteral("action")};
    const QStringList verbs{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("set"),
                            QStringLiteral("remove")};
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "The adherence review's deviations and their corrective actions. deviations: where the "
        "release process was not followed, each with its key. action add: attaches an action "
        "(title, owner, due date) to a deviation. action list: the actions, by deviation. "
        "action set: changes one (done and dropped close it; dropped needs a --note). action "
        "remove: removes one. Every change is audited. Exit 0: done; 1: refused (a role or a "
        "newer save); 2: bad input."));
    parser.addPositionalArgument(QStringLiteral("what"), whats.join(QStringLiteral(", ")));
    Options o;
    o.addTo(parser);
    if (auto stop = parseCommand(parser, args, kCommand,
                                 QStringLiteral("slipway adherence deviations|action VERB --db "
                                                "FILE [options]"),
                                 2))
        return *stop;
    if (!whats.contains(what))
        return usageError(
            kCommand, what.isEmpty()
                          ? CliText::tr("say what to do: %1").arg(whats.join(QStringLiteral(", ")))
                          : CliText::tr("unknown action %1").arg(InputText::quoted(what)));
    const QString verb = parser.positionalArguments().value(1);
    if (what == u"action" && !verbs.contains(verb))
        return usageError(
            kCommand,
            CliText::tr("adherence action takes %1").arg(verbs.join(QStringLiteral(", "))));
    if (what != u"action" && parser.positionalArguments().size() > 1)
        return usageError(kCommand,
                          CliText::tr("unexpected argument %1").arg(InputText::quoted(verb)));
    int exit = ExitOk;
    const auto path = requireDb(parser, o.files, kCommand, &exit);
    if (!path)
        return exit;
    const bool reading = what == u"deviations" || verb == u"list";
    auto db = Database::open(*path, reading ? o.files.readingOptions(parser)
                                            : o.files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    if (what == u"deviations")
        return deviations(parser, o, *db.value());
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    CorrectiveActionService actions(*db.value(), acting.value());
    if (verb == u"list")
        return list(parser, o, actions);
    if (verb == u"add")
        return add(parser, o, *db.value(), actions);
    if (verb == u"set")
        return set(parser, o, actions);
    return remove(parser, o, actions);
}

} // namespace slipway::cli
