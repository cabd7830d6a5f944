// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"
#include "domain/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace slipway::cli {

// slipway runbook guide|create|show|ready|rehearse|start|step|status|decide|finish|
// import|export: a release's deployment runbook, its readiness and its live execution.
int runRunbook(const QStringList& args);

// Every option of the runbook subcommands; each subcommand reads the ones it needs.
struct RunbookOptions {
    FileOptions files;
    QCommandLineOption release{QStringLiteral("release"),
                               QCoreApplication::translate("cli", "The release: its id or "
                                                                  "PRODUCT@VERSION."),
                               QStringLiteral("ID|PRODUCT@VERSION")};
    QCommandLineOption json{QStringLiteral("json"),
                            QCoreApplication::translate("cli", "Print the result as JSON.")};
    QCommandLineOption pattern{
        QStringLiteral("pattern"),
        QCoreApplication::translate("cli", "create: blue-green, canary, rolling, big-bang or "
                                           "custom (default: the guide's recommendation)."),
        QStringLiteral("PATTERN")};
    QCommandLineOption answer{
        QStringLiteral("answer"),
        QCoreApplication::translate(
            "cli", "guide, create: an answer for the pattern guide, KEY=VALUE (repeatable): "
                   "stateless, behind_load_balancer, schema_backward_compatible, spare_capacity = "
                   "yes|no; "
                   "rollback_speed = seconds|minutes|hours; user_impact = none|some|tolerated."),
        QStringLiteral("KEY=VALUE")};
    QCommandLineOption rationale{
        QStringLiteral("rationale"),
        QCoreApplication::translate("cli", "create: why this pattern (default: the guide's)."),
        QStringLiteral("TEXT")};
    QCommandLineOption draft{QStringLiteral("draft"),
                             QCoreApplication::translate("cli", "ready: back to draft instead.")};
    QCommandLineOption step{QStringLiteral("step"),
                            QCoreApplication::translate("cli", "The step's key, e.g. S3."),
                            QStringLiteral("KEY")};
    QCommandLineOption status{
        QStringLiteral("status"),
        QCoreApplication::translate("cli", "step: running, done, failed or skipped."),
        QStringLiteral("STATUS")};
    QCommandLineOption note{QStringLiteral("note"),
                            QCoreApplication::translate("cli", "A note kept with the record."),
                            QStringLiteral("TEXT")};
    QCommandLineOption decision{QStringLiteral("decision"),
                                QCoreApplication::translate("cli", "decide: go, no-go or "
                                                                   "rollback."),
                                QStringLiteral("DECISION")};
    QCommandLineOption reason{QStringLiteral("reason"),
                              QCoreApplication::translate("cli", "decide: why (required)."),
                              QStringLiteral("TEXT")};
    QCommandLineOption outcome{
        QStringLiteral("outcome"),
        QCoreApplication::translate("cli", "finish: succeeded, rolled-back or aborted."),
        QStringLiteral("OUTCOME")};
    QCommandLineOption by{QStringLiteral("by"),
                          QCoreApplication::translate("cli", "rehearse: who ran the rehearsal."),
                          QStringLiteral("NAME")};
    QCommandLineOption at{QStringLiteral("at"),
                          QCoreApplication::translate("cli", "rehearse: when, ISO 8601 (default: "
                                                             "now; no offset: UTC)."),
                          QStringLiteral("TIME")};
    QCommandLineOption duration{
        QStringLiteral("duration"),
        QCoreApplication::translate("cli", "rehearse: how long it took, in minutes."),
        QStringLiteral("MIN")};
    QCommandLineOption rowsBefore{
        QStringLiteral("rows-before"),
        QCoreApplication::translate("cli", "rehearse: rows before the migration."),
        QStringLiteral("N")};
    QCommandLineOption rowsAfter{
        QStringLiteral("rows-after"),
        QCoreApplication::translate("cli", "rehearse: rows after the migration."),
        QStringLiteral("N")};
    QCommandLineOption result{QStringLiteral("result"),
                              QCoreApplication::translate("cli", "rehearse: passed or failed."),
                              QStringLiteral("RESULT")};
    QCommandLineOption clone{
        QStringLiteral("clone"),
        QCoreApplication::translate("cli", "rehearse: the clone of production it ran against."),
        QStringLiteral("NAME")};

    void addTo(QCommandLineParser& parser) const;
};

// A refusal of the services: a role or a rule says no (exit 1), or the input is bad (2).
int runbookRefused(const QString& command, const Error& error);

// The execution subcommands (start, step, status, decide, finish), in RunbookRunCommand.cpp;
// the parser has run and the release is resolved.
int runRunbookExecution(const QString& action, const QCommandLineParser& parser,
                        const RunbookOptions& options, Database& db, qint64 releaseId);

} // namespace slipway::cli
