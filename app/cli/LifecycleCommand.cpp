// SPDX-License-Identifier: GPL-3.0-or-later
// slipway lifecycle show|set|override|approve|settle|settings: a release's guards, a status
// change through them, overrides of a guard by a second release manager, and the file's
// lifecycle settings.
#include "CliSupport.h"
#include "services/DeploymentService.h"
#include "services/LifecycleService.h"
#include "services/ReleaseLookup.h"
#include "services/ReleaseService.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

QJsonArray guardsJson(const QList<GuardCheck>& guards) {
    QJsonArray out;
    for (const GuardCheck& g : guards)
        out.append(QJsonObject{{QStringLiteral("guard"), toKey(g.guard)},
                               {QStringLiteral("state"), toKey(g.state)},
                               {QStringLiteral("detail"), g.detail}});
    return out;
}

int show(Database& db, const Release& release, bool json) {
    LifecycleService lifecycle(db);
    auto facts = lifecycle.facts(release.id);
    if (!facts)
        return inputError(facts.error());
    const LifecycleClock clock = lifecycle.clock();
    const NextStep next = nextStep(facts.value(), clock);
    const QList<GuardCheck> unmet = unmetGuards(facts.value(), clock);
    const QList<GuardCheck> ready =
        readiness(facts.value(), next.next.value_or(facts->status), clock);
    auto overrides = DeploymentService(db, Session{}).overrides(release.id);
    if (!overrides)
        return inputError(overrides.error());
    if (json) {
        QJsonArray o;
        for (const LifecycleOverride& v : overrides.value())
            o.append(toJson(v));
        const QJsonObject root{{QStringLiteral("format"), 1},
                               {QStringLiteral("release_id"), release.id},
                               {QStringLiteral("release"), facts->label},
                               {QStringLiteral("status"), toKey(facts->status)},
                               {QStringLiteral("next"), next.next ? toKey(*next.next) : QString()},
                               {QStringLiteral("readiness"), guardsJson(ready)},
                               {QStringLiteral("unmet"), guardsJson(unmet)},
                               {QStringLiteral("overrides"), o}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return unmet.isEmpty() ? ExitOk : ExitFindings;
    }
    out() << CliText::tr("%1 is %2.").arg(facts->label, displayName(facts->status)) << Qt::endl;
    for (const GuardCheck& g : unmet)
        out() << CliText::tr("  past a guard it never met: %1").arg(g.line()) << Qt::endl;
    if (next.next) {
        out() << CliText::tr("Before %1:").arg(displayName(*next.next)) << Qt::endl;
        for (const GuardCheck& g : ready)
            out() << QStringLiteral("  [%1] ").arg(toKey(g.state)) << g.line() << Qt::endl;
    }
    for (const LifecycleOverride& v : overrides.value())
        out() << CliText::tr("Override %1 of “%2” asked by %3: %4 — %5")
                     .arg(v.id)
                     .arg(guardFromKey(v.guard) ? displayName(*guardFromKey(v.guard)) : v.guard,
                          v.requestedBy, v.reason,
                          v.isSettled() ? CliText::tr("settled by %1").arg(v.settledBy)
                          : v.isApproved()
                              ? CliText::tr("approved by %1, not settled").arg(v.approvedBy)
                              : CliText::tr("awaiting a second release manager"))
              << Qt::endl;
    return unmet.isEmpty() ? ExitOk : ExitFindings;
}

int setStatus(Database& db, const Release& release, const QString& statusKey) {
    const auto status = releaseStatusFromKey(statusKey.trimmed().toLower().replace(u'-', u'_'));
    if (!status)
        return usageError(
            QStringLiteral("lifecycle"),
            CliText::tr("--status must be one of %1").arg(allReleaseStatusKeys().join(u", ")));
    // Asked first, so a refusal leaves the file exactly as it was (not even opened for
    // writing); the service asks again inside its transaction.
    auto check = LifecycleService(db).check(release.id, *status);
    if (!check)
        return inputError(check.error());
    if (!check->ok()) {
        err() << CliText::tr("%1 cannot become %2:")
                     .arg(releaseLabel(release.name, release.version), displayName(*status))
              << Qt::endl;
        for (const QString& line : check->reasons())
            err() << QStringLiteral("  - ") << line << Qt::endl;
        return ExitFindings;
    }
    auto acting = Session::forDatabase(db);
    if (!acting)
        return inputError(acting.error());
    ReleaseService releases(db, acting.value());
    Release changed = release;
    changed.status = *status;
    auto saved = releases.update(changed);
    if (!saved) {
        if (saved.error().kind != Error::Kind::Refused)
            return inputError(saved.error());
        err() << saved.error().message << Qt::endl;
        return ExitFindings;
    }
    out() << CliText::tr("%1 is now %2.")
                 .arg(releaseLabel(release.name, release.version), displayName(*status))
          << Qt::endl;
    return ExitOk;
}

// Prints the file's lifecycle settings; with `days`, sets the emergency approval days first.
int settings(Database& db, std::optional<int> days, bool json) {
    LifecycleService lifecycle(db);
    auto current = lifecycle.emergencyApprovalDays();
    if (!current)
        return inputError(current.error());
    int before = current.value();
    if (days && *days != before) {
        auto acting = Session::forDatabase(db);
        if (!acting)
            return inputError(acting.error());
        auto set = lifecycle.setEmergencyApprovalDays(acting.value(), *days, before);
        if (!set) {
            if (set.error().kind != Error::Kind::Permission)
                return inputError(set.error());
            err() << set.error().message << Qt::endl;
            return ExitFindings;
        }
        before = set.value();
    }
    const int now = days.value_or(before);
    if (json) {
        const QJsonObject root{{QStringLiteral("format"), 1},
                               {QStringLiteral("emergency_approval_days"), now},
                               {QStringLiteral("changed"), now != before}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (now != before)
        out() << CliText::tr(
                     "Emergency approvals are now due within %1 day(s) of production (were %2).")
                     .arg(now)
                     .arg(before)
              << Qt::endl;
    else
        out() << CliText::tr("Emergency approvals are due within %1 day(s) of production.").arg(now)
              << Qt::endl;
    return ExitOk;
}

} // namespace

int runLifecycle(const QStringList& args) {
    const QString command = QStringLiteral("lifecycle");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "show: a release's status, the guards of its next status and any it is past without "
        "meeting (exit 1). set: change the status through its guards (exit 1: refused, one "
        "line per guard). override: ask to let a release past a guard, with a reason. "
        "approve: approve an override (a second person with the release manager role). "
        "settle: close an override with a note. settings: print the file's lifecycle "
        "settings, and set them when given (a release manager)."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 CliText::tr("show, set, override, approve, settle or settings."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption release(QStringLiteral("release"),
                                     CliText::tr("The release: its id or NAME@VERSION."),
                                     QStringLiteral("ID|NAME@VERSION"));
    const QCommandLineOption status(QStringLiteral("status"), CliText::tr("set: the new status."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption guard(
        QStringLiteral("guard"),
        CliText::tr("override: the guard (%1).").arg(allGuardKeys().join(u", ")),
        QStringLiteral("GUARD"));
    const QCommandLineOption reason(QStringLiteral("reason"), CliText::tr("override: why."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption overrideId(QStringLiteral("override"),
                                        CliText::tr("approve, settle: the override's number."),
                                        QStringLiteral("ID"));
    const QCommandLineOption note(
        QStringLiteral("note"), CliText::tr("settle: how it was settled."), QStringLiteral("TEXT"));
    const QCommandLineOption emergencyDays(
        QStringLiteral("emergency-days"),
        CliText::tr(
            "settings: the days an emergency that reached production before its CAB approval has "
            "for that approval (%1 to %2).")
            .arg(LifecycleService::kMinEmergencyApprovalDays)
            .arg(LifecycleService::kMaxEmergencyApprovalDays),
        QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliText::tr("show, settings: print JSON."));
    parser.addOptions({release, status, guard, reason, overrideId, note, emergencyDays, json});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway lifecycle show|set|override|approve|"
                                                "settle|settings --db FILE|URL [--release R] …"),
                                 1))
        return *stop;
    const QString action = parser.positionalArguments().value(0);
    const QStringList actions{QStringLiteral("show"),     QStringLiteral("set"),
                              QStringLiteral("override"), QStringLiteral("approve"),
                              QStringLiteral("settle"),   QStringLiteral("settings")};
    if (!actions.contains(action))
        return usageError(command, CliText::tr("say what to do: %1").arg(actions.join(u", ")));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    // Checked before the file is opened, so a bad number leaves it exactly as it was.
    std::optional<int> days;
    if (action == u"settings" && parser.isSet(emergencyDays)) {
        bool ok = false;
        const int n = parser.value(emergencyDays).trimmed().toInt(&ok);
        if (!ok || n < LifecycleService::kMinEmergencyApprovalDays ||
            n > LifecycleService::kMaxEmergencyApprovalDays)
            return usageError(command,
                              CliText::tr("--emergency-days must be a whole number from %1 to %2, "
                                          "not “%3”")
                                  .arg(LifecycleService::kMinEmergencyApprovalDays)
                                  .arg(LifecycleService::kMaxEmergencyApprovalDays)
                                  .arg(parser.value(emergencyDays)));
        days = n;
    }
    const bool reading = action == u"show" || (action == u"settings" && !days);
    auto db =
        Database::open(*path, reading ? files.readingOptions(parser) : files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    if (action == u"settings")
        return settings(*db.value(), days, parser.isSet(json));

    if (action == u"approve" || action == u"settle") {
        bool ok = false;
        const qint64 id = parser.value(overrideId).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(command, CliText::tr("--override ID is required"));
        auto acting = Session::forDatabase(*db.value());
        if (!acting)
            return inputError(acting.error());
        DeploymentService deployments(*db.value(), acting.value());
        auto list = deployments.unsettledOverrides();
        if (!list)
            return inputError(list.error());
        qint64 version = 0;
        for (const LifecycleOverride& o : list.value())
            if (o.id == id)
                version = o.rowVersion;
        if (version == 0)
            return usageError(command,
                              CliText::tr("override %1 does not exist or is settled").arg(id));
        auto done = action == u"approve"
                        ? deployments.approveOverride(id, version)
                        : deployments.settleOverride(id, version, parser.value(note));
        if (!done) {
            err() << done.error().message << Qt::endl;
            return done.error().kind == Error::Kind::Permission ? ExitFindings : ExitBadInput;
        }
        out() << (action == u"approve" ? CliText::tr("Override %1 approved by %2.")
                                       : CliText::tr("Override %1 settled by %2."))
                     .arg(id)
                     .arg(acting->actor)
              << Qt::endl;
        return ExitOk;
    }

    auto rel = lookUpRelease(*db.value(), parser.value(release));
    if (!rel)
        return usageError(command, rel.error().message);
    if (action == u"show")
        return show(*db.value(), rel.value(), parser.isSet(json));
    if (action == u"set")
        return setStatus(*db.value(), rel.value(), parser.value(status));
    const auto g = guardFromKey(parser.value(guard).trimmed());
    if (!g)
        return usageError(command,
                          CliText::tr("--guard must be one of %1").arg(allGuardKeys().join(u", ")));
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    auto requested = DeploymentService(*db.value(), acting.value())
                         .requestOverride(rel->id, *g, parser.value(reason));
    if (!requested)
        return inputError(requested.error());
    out() << CliText::tr(
                 "Override %1 of “%2” for %3 asked for; a second release manager approves it with "
                 "'slipway lifecycle approve --override %1'.")
                 .arg(requested->id)
                 .arg(displayName(*g), releaseLabel(rel->name, rel->version))
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
