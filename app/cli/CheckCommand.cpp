// SPDX-License-Identifier: GPL-3.0-or-later
// slipway check --db FILE [--json] [--full]: structure, foreign keys, the audit chain and the
// triggers that protect it.
#include "CheckEnvironments.h"
#include "CheckLifecycle.h"
#include "CheckRowState.h"
#include "CliSupport.h"
#include "services/ScheduleService.h"
#include "services/ScopeService.h"
#include "storage/IntegrityChecker.h"

#include <QDateTime>
#include <QMap>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

QString iso(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

int errorsIn(const QList<Conflict>& conflicts) {
    int n = 0;
    for (const Conflict& c : conflicts)
        n += c.severity == Conflict::Severity::Error ? 1 : 0;
    return n;
}

QJsonObject conflictsJson(const QList<Conflict>& conflicts) {
    QMap<QString, int> byKind;
    QJsonArray items;
    for (const Conflict& c : conflicts) {
        byKind[Conflict::kindKey(c.kind)] += 1;
        items.append(
            QJsonObject{{QStringLiteral("kind"), Conflict::kindKey(c.kind)},
                        {QStringLiteral("severity"), c.severity == Conflict::Severity::Error
                                                         ? QStringLiteral("error")
                                                         : QStringLiteral("warning")},
                        {QStringLiteral("release_id"), c.releaseId},
                        {QStringLiteral("release"), c.releaseLabel},
                        {QStringLiteral("other_id"), c.otherId},
                        {QStringLiteral("other"), c.otherLabel},
                        {QStringLiteral("environment"), c.environment},
                        {QStringLiteral("start"), iso(c.overlap.start)},
                        {QStringLiteral("end"), iso(c.overlap.end)},
                        {QStringLiteral("message"), c.message()}});
    }
    QJsonObject kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        kinds.insert(it.key(), it.value());
    return {{QStringLiteral("count"), int(conflicts.size())},
            {QStringLiteral("errors"), errorsIn(conflicts)},
            {QStringLiteral("by_kind"), kinds},
            {QStringLiteral("items"), items}};
}

QJsonObject dependenciesJson(const QList<DependencyWarning>& warnings) {
    QJsonArray items;
    for (const DependencyWarning& w : warnings)
        items.append(
            QJsonObject{{QStringLiteral("item_id"), w.itemId},
                        {QStringLiteral("needs_id"), w.needsId},
                        {QStringLiteral("release_id"), w.releaseId},
                        {QStringLiteral("needs_release_id"),
                         w.needsReleaseId > 0 ? QJsonValue(w.needsReleaseId) : QJsonValue()},
                        {QStringLiteral("reason"), DependencyWarning::reasonKey(w.reason)},
                        {QStringLiteral("severity"), QStringLiteral("warning")},
                        {QStringLiteral("message"), w.message}});
    return {{QStringLiteral("count"), int(warnings.size())}, {QStringLiteral("items"), items}};
}

// The --json shape is documented in docs/cli-json.md; add keys, never rename or remove them.
QJsonObject toJson(const IntegrityReport& r) {
    QJsonArray findings;
    for (const IntegrityFinding& f : r.findings) {
        QJsonObject o{{QStringLiteral("check"), checkKey(f.check)},
                      {QStringLiteral("message"), f.message}};
        if (f.check == IntegrityFinding::Check::ForeignKeys && !f.table.isEmpty()) {
            o.insert(QStringLiteral("table"), f.table);
            o.insert(QStringLiteral("rowid"), f.rowId);
            o.insert(QStringLiteral("parent"), f.parent);
        }
        if (f.check == IntegrityFinding::Check::AuditChain && f.auditSeq > 0)
            o.insert(QStringLiteral("seq"), f.auditSeq);
        if (f.check == IntegrityFinding::Check::AuditProtection ||
            f.check == IntegrityFinding::Check::ServerRoles) {
            if (!f.trigger.isEmpty())
                o.insert(QStringLiteral("trigger"), f.trigger);
            if (!f.table.isEmpty())
                o.insert(QStringLiteral("table"), f.table);
        }
        findings.append(o);
    }
    return QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("file"), r.file},
        {QStringLiteral("schema_version"), r.schemaVersion},
        {QStringLiteral("ok"), r.clean()},
        {QStringLiteral("integrity"), QJsonObject{{QStringLiteral("mode"), r.integrityMode},
                                                  {QStringLiteral("ok"), r.integrityOk}}},
        {QStringLiteral("foreign_keys"), QJsonObject{{QStringLiteral("ok"), r.foreignKeysOk}}},
        {QStringLiteral("audit_chain"),
         QJsonObject{{QStringLiteral("ok"), r.auditOk},
                     {QStringLiteral("entries"), r.auditEntries},
                     {QStringLiteral("head"), r.auditHead},
                     {QStringLiteral("first_broken_seq"),
                      r.auditFirstBroken ? QJsonValue(*r.auditFirstBroken) : QJsonValue()},
                     {QStringLiteral("problem"), r.auditProblem}}},
        {QStringLiteral("audit_protection"),
         QJsonObject{{QStringLiteral("ok"), r.auditProtectionOk}}},
        {QStringLiteral("server"), r.server},
        {QStringLiteral("server_roles"), QJsonObject{{QStringLiteral("ok"), r.serverRolesOk}}},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("timings_ms"),
         QJsonObject{{QStringLiteral("integrity"), r.integrityMs},
                     {QStringLiteral("foreign_keys"), r.foreignKeysMs},
                     {QStringLiteral("audit_chain"), r.auditMs},
                     {QStringLiteral("audit_protection"), r.auditProtectionMs},
                     {QStringLiteral("total"), r.totalMs}}},
    };
}

void printText(const IntegrityReport& r) {
    const QString ok = CliText::tr("ok");
    const QString failed = CliText::tr("PROBLEMS");
    out() << CliText::tr("File:          %1").arg(r.file) << Qt::endl;
    if (r.server) {
        out() << CliText::tr("Structure:     page structure: the server's own; not checked")
              << Qt::endl;
    } else {
        out() << CliText::tr("Structure:     %1 (%2)")
                     .arg(r.integrityOk ? ok : failed, r.integrityMode)
              << Qt::endl;
        out() << CliText::tr("Foreign keys:  %1").arg(r.foreignKeysOk ? ok : failed) << Qt::endl;
    }
    out() << CliText::tr("Audit chain:   %1, %2 entries, head %3")
                 .arg(r.auditOk ? ok : failed)
                 .arg(r.auditEntries)
                 .arg(r.auditHead)
          << Qt::endl;
    out() << CliText::tr("Audit guards:  %1").arg(r.auditProtectionOk ? ok : failed) << Qt::endl;
    if (r.server)
        out() << CliText::tr("Server roles:  %1").arg(r.serverRolesOk ? ok : failed) << Qt::endl;
    for (const IntegrityFinding& f : r.findings)
        out() << CliText::tr("Finding [%1]: %2").arg(checkKey(f.check), f.message) << Qt::endl;
    out() << (r.clean() ? CliText::tr("No problems found in the file.")
                        : QCoreApplication::translate("cli", "%n problem(s) found.", nullptr,
                                                      int(r.findings.size())))
          << Qt::endl;
}

void printConflicts(const QList<Conflict>& conflicts) {
    QMap<QString, int> byKind;
    for (const Conflict& c : conflicts)
        byKind[Conflict::kindKey(c.kind)] += 1;
    QStringList parts;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    out() << CliText::tr("Conflicts:     %1%2")
                 .arg(conflicts.size())
                 .arg(parts.isEmpty()
                          ? QString()
                          : QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + u')')
          << Qt::endl;
    for (const Conflict& c : conflicts)
        out() << (c.severity == Conflict::Severity::Error ? CliText::tr("  error:   ")
                                                          : CliText::tr("  warning: "))
              << c.message() << Qt::endl;
}

void printDependencies(const QList<DependencyWarning>& warnings) {
    out() << CliText::tr("Scope dependencies: %1 warning(s)").arg(warnings.size()) << Qt::endl;
    for (const DependencyWarning& w : warnings)
        out() << CliText::tr("  warning: ") << w.message << Qt::endl;
}

} // namespace

int runCheck(const QStringList& args) {
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Checks a Slipway file or PostgreSQL server: SQLite's structure check and foreign "
        "keys (a file only; a server keeps its own), the audit hash chain and what protects it "
        "(the append-only triggers as Slipway creates them, an audit log that is not empty "
        "when the database holds data; on a server also the grants and row security that "
        "admin init sets), then lists every scheduling "
        "conflict by kind (hard blackouts, incident "
        "freezes, double-booked shared environments and missing roles are errors; soft "
        "blackouts are warnings), then every committed scope item that needs one which is "
        "deferred, "
        "in the backlog or in a later release (warnings), then every release whose status is "
        "past a lifecycle guard it never met and every artifact digest a production "
        "deployment put in place that no passing gate evidence covers (errors), and every "
        "override not yet settled, "
        "then drift between staging and production, production running what was never "
        "verified, and every version pin an environment does not meet (warnings). "
        "Exit 0: no problems and no conflict "
        "errors; 1: problems "
        "or conflict errors found (listed); 2: the database cannot be checked."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliText::tr("Print the result as JSON (see docs/cli-json.md)."));
    const QCommandLineOption full(
        QStringLiteral("full"),
        CliText::tr("On a file, run PRAGMA integrity_check (also compares every index with "
                    "its table; slower) instead of quick_check; on both, compare "
                    "every audited release, change request, deployment record "
                    "and override with its newest audit entry."));
    const QCommandLineOption integrityOnly(
        QStringLiteral("integrity-only"),
        CliText::tr("Check integrity only; do not list scheduling conflicts."));
    parser.addOptions({json, full, integrityOnly});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway check --db FILE|URL [--json] [--full] "
                                                "[--integrity-only] [--shared] [--read-only]")))
        return *stop;
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    auto report = IntegrityChecker::check(*path, files.readingOptions(parser),
                                          parser.isSet(full) ? IntegrityChecker::Depth::Full
                                                             : IntegrityChecker::Depth::Quick);
    if (!report)
        return inputError(report.error());
    // Conflicts only make sense in a file that is whole.
    QList<Conflict> conflicts;
    QList<DependencyWarning> dependencyWarnings;
    LifecycleReport lifecycle;
    EnvironmentReport environments;
    QList<RowStateFinding> rowState;
    const bool withConflicts = !parser.isSet(integrityOnly) && report->clean();
    if (withConflicts) {
        Database::OpenOptions options = files.openOptions(parser);
        options.readOnly = true;
        auto db = Database::open(*path, options);
        if (!db)
            return inputError(db.error());
        auto found = ScheduleService(*db.value()).allConflicts();
        if (!found)
            return inputError(found.error());
        conflicts = found.value();
        auto warnings = ScopeService(*db.value(), Session{}).dependencyWarnings();
        if (!warnings)
            return inputError(warnings.error());
        dependencyWarnings = warnings.value();
        auto guards = checkLifecycle(*db.value(), conflicts);
        if (!guards)
            return inputError(guards.error());
        lifecycle = guards.value();
        auto running = checkEnvironments(*db.value());
        if (!running)
            return inputError(running.error());
        environments = running.value();
        if (parser.isSet(full)) {
            auto rows = RowStateCheck::run(*db.value());
            if (!rows)
                return inputError(rows.error());
            rowState = rows.value();
        }
    }
    if (parser.isSet(json)) {
        QJsonObject o = toJson(report.value());
        if (withConflicts) {
            o.insert(QStringLiteral("conflicts"), conflictsJson(conflicts));
            o.insert(QStringLiteral("scope_dependencies"), dependenciesJson(dependencyWarnings));
            o.insert(QStringLiteral("lifecycle"), lifecycleJson(lifecycle));
            o.insert(QStringLiteral("environments"), environmentsJson(environments));
            if (parser.isSet(full))
                o.insert(QStringLiteral("row_state"), rowStateJson(rowState));
        }
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        printText(report.value());
        if (withConflicts) {
            printConflicts(conflicts);
            printDependencies(dependencyWarnings);
            printLifecycle(lifecycle);
            printEnvironments(environments);
            if (parser.isSet(full))
                printRowState(rowState);
        }
    }
    out().flush();
    return report->clean() && errorsIn(conflicts) == 0 && lifecycle.clean() && rowState.isEmpty()
               ? ExitOk
               : ExitFindings;
}

} // namespace slipway::cli
