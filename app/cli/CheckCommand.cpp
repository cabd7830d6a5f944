// SPDX-License-Identifier: GPL-3.0-or-later
// slipway check --db FILE [--json] [--full]: structure, foreign keys and the audit chain.
#include "CliSupport.h"
#include "storage/IntegrityChecker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
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
        {QStringLiteral("findings"), findings},
        {QStringLiteral("timings_ms"),
         QJsonObject{{QStringLiteral("integrity"), r.integrityMs},
                     {QStringLiteral("foreign_keys"), r.foreignKeysMs},
                     {QStringLiteral("audit_chain"), r.auditMs},
                     {QStringLiteral("total"), r.totalMs}}},
    };
}

void printText(const IntegrityReport& r) {
    const QString ok = tr("ok");
    const QString failed = tr("PROBLEMS");
    out() << tr("File:          %1").arg(r.file) << Qt::endl;
    out() << tr("Structure:     %1 (%2)").arg(r.integrityOk ? ok : failed, r.integrityMode)
          << Qt::endl;
    out() << tr("Foreign keys:  %1").arg(r.foreignKeysOk ? ok : failed) << Qt::endl;
    out() << tr("Audit chain:   %1, %2 entries, head %3")
                 .arg(r.auditOk ? ok : failed)
                 .arg(r.auditEntries)
                 .arg(r.auditHead)
          << Qt::endl;
    for (const IntegrityFinding& f : r.findings)
        out() << tr("Finding [%1]: %2").arg(checkKey(f.check), f.message) << Qt::endl;
    out() << (r.clean() ? tr("No problems found.")
                        : QCoreApplication::translate("cli", "%n problem(s) found.", nullptr,
                                                      int(r.findings.size())))
          << Qt::endl;
}

} // namespace

int runCheck(const QStringList& args) {
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a Slipway file: SQLite's structure check, foreign keys and the audit hash "
           "chain. Exit 0: no problems; 1: problems found (listed); 2: the file cannot be "
           "checked."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the result as JSON (see docs/cli-json.md)."));
    const QCommandLineOption full(QStringLiteral("full"),
                                  tr("Run PRAGMA integrity_check (also compares every index with "
                                     "its table; slower) instead of quick_check."));
    parser.addOptions({json, full});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway check --db FILE [--json] [--full] "
                                                "[--shared] [--read-only]")))
        return *stop;
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;

    auto report = IntegrityChecker::check(*path, files.openOptions(parser),
                                          parser.isSet(full) ? IntegrityChecker::Depth::Full
                                                             : IntegrityChecker::Depth::Quick);
    if (!report)
        return inputError(report.error());
    if (parser.isSet(json))
        out() << QString::fromUtf8(
            QJsonDocument(toJson(report.value())).toJson(QJsonDocument::Indented));
    else
        printText(report.value());
    out().flush();
    return report->clean() ? ExitOk : ExitFindings;
}

} // namespace slipway::cli
