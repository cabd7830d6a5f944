// SPDX-License-Identifier: GPL-3.0-or-later
// slipway audit verify --db FILE [--json]: walks the hash chain, names the first bad entry.
#include "CliSupport.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

QString describe(const AuditEntry& e) {
    const QString when = QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return tr("entry %1: %2 UTC, %3 %4 %5 %6")
        .arg(e.seq)
        .arg(when, e.actor, e.action, e.entity)
        .arg(e.entityId);
}

} // namespace

int runAudit(const QStringList& args) {
    const QString command = QStringLiteral("audit");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("verify: recomputes the audit log's SHA-256 hash chain. Exit 0: intact; 1: an entry "
           "was changed, removed or inserted behind Slipway's back (the first one is named); "
           "2: the file cannot be read."));
    parser.addPositionalArgument(QStringLiteral("verify"), tr("The action (only verify for now)."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the result as JSON (see docs/cli-json.md)."));
    parser.addOption(json);
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway audit verify --db FILE [--json] "
                                                "[--shared] [--read-only]"),
                                 1))
        return *stop;
    const QString action = parser.positionalArguments().value(0);
    if (action.isEmpty())
        return usageError(command, tr("say what to do: 'slipway audit verify --db FILE'"));
    if (action != u"verify")
        return usageError(command, tr("unknown action '%1'; the only one is 'verify'").arg(action));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;

    auto db = Database::open(*path, files.readingOptions(parser));
    if (!db)
        return inputError(db.error());
    AuditLog log(*db.value());
    auto verified = log.verify();
    if (!verified)
        return inputError(verified.error());
    const AuditVerification& v = verified.value();
    QString detail;
    if (!v.intact()) {
        auto broken = log.entry(*v.firstBrokenSeq);
        if (broken)
            detail = describe(broken.value());
    }
    if (parser.isSet(json)) {
        const QJsonObject o{
            {QStringLiteral("format"), 1},
            {QStringLiteral("file"), db.value()->fileName()},
            {QStringLiteral("ok"), v.intact()},
            {QStringLiteral("entries"), v.checked},
            {QStringLiteral("head"), v.head},
            {QStringLiteral("first_broken_seq"),
             v.firstBrokenSeq ? QJsonValue(*v.firstBrokenSeq) : QJsonValue()},
            {QStringLiteral("problem"), v.problem},
            {QStringLiteral("entry"), detail},
        };
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (v.intact()) {
        out() << tr("Audit chain intact: %1 entries checked, head %2.").arg(v.checked).arg(v.head)
              << Qt::endl;
    } else {
        out() << tr("Audit chain BROKEN in %1: %2.").arg(db.value()->fileName(), v.problem)
              << Qt::endl;
        if (!detail.isEmpty())
            out() << tr("First broken %1").arg(detail) << Qt::endl;
    }
    out().flush();
    return v.intact() ? ExitOk : ExitFindings;
}

} // namespace slipway::cli
