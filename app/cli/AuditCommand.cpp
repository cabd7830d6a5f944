// SPDX-License-Identifier: GPL-3.0-or-later
// slipway audit verify --db FILE [--anchor FILE]… [--json]: walks the hash chain, names the
// first bad entry, and holds the log against anchors taken earlier.
// slipway audit anchor --db FILE --out FILE [--json]: appends the log's count and head to FILE.
#include "CliSupport.h"
#include "io/AuditAnchorFile.h"
#include "storage/AuditAnchor.h"
#include "storage/AuditLog.h"
#include "storage/AuditProtection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

QString describe(const AuditEntry& e) {
    const QString when = QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return CliText::tr("entry %1: %2 UTC, %3 %4 %5 %6")
        .arg(e.seq)
        .arg(when, e.actor, e.action, e.entity)
        .arg(e.entityId);
}

// The chain walked, and whether the log was emptied on a file holding data.
struct LogState {
    AuditVerification chain;
    std::optional<ProtectionFinding> emptied;
    bool sound() const { return chain.intact() && !emptied; }
};

Result<LogState> readLogState(Database& db) {
    auto verified = AuditLog(db).verify();
    if (!verified)
        return verified.error();
    auto emptied = AuditProtection::emptiedLog(db);
    if (!emptied)
        return emptied.error();
    return LogState{verified.value(), emptied.value()};
}

struct AnchorResult {
    AuditAnchorFile::Entry entry;
    AnchorCheck check;
};

QJsonObject anchorJson(const AnchorResult& r) {
    return {{QStringLiteral("anchor_file"), QDir::toNativeSeparators(r.entry.path)},
            {QStringLiteral("line"), r.entry.line},
            {QStringLiteral("time"), r.entry.anchor.when()},
            {QStringLiteral("entries"), r.entry.anchor.entries},
            {QStringLiteral("head"), r.entry.anchor.head},
            {QStringLiteral("file"), r.entry.anchor.file},
            {QStringLiteral("outcome"), AnchorCheck::outcomeKey(r.check.outcome)},
            {QStringLiteral("message"), r.check.message}};
}

int runVerify(const QCommandLineParser& parser, const FileOptions& files, const QString& path,
              const QCommandLineOption& anchorOption, bool json) {
    // Anchors first: a malformed one is bad input, whatever the file holds.
    QList<AuditAnchorFile::Entry> anchors;
    const QStringList anchorFiles = parser.values(anchorOption);
    for (const QString& file : anchorFiles) {
        auto read = AuditAnchorFile::read(file);
        if (!read)
            return inputError(read.error());
        anchors.append(read.value());
    }
    auto db = Database::open(path, files.readingOptions(parser));
    if (!db)
        return inputError(db.error());
    auto state = readLogState(*db.value());
    if (!state)
        return inputError(state.error());
    const AuditVerification& v = state->chain;
    AuditLog log(*db.value());
    QList<AnchorResult> results;
    int anchorFindings = 0;
    for (const AuditAnchorFile::Entry& entry : std::as_const(anchors)) {
        auto checked = checkAnchor(log, v.checked, entry.anchor);
        if (!checked)
            return inputError(checked.error());
        anchorFindings += checked->holds() ? 0 : 1;
        results.append({entry, checked.value()});
    }
    QString detail;
    if (!v.intact()) {
        auto broken = log.entry(*v.firstBrokenSeq);
        if (broken)
            detail = describe(broken.value());
    }
    const bool ok = state->sound() && anchorFindings == 0;
    if (json) {
        QJsonArray anchorArray;
        for (const AnchorResult& r : std::as_const(results))
            anchorArray.append(anchorJson(r));
        const QJsonObject o{
            {QStringLiteral("format"), 1},
            {QStringLiteral("file"), db.value()->fileName()},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("entries"), v.checked},
            {QStringLiteral("head"), v.head},
            {QStringLiteral("first_broken_seq"),
             v.firstBrokenSeq ? QJsonValue(*v.firstBrokenSeq) : QJsonValue()},
            {QStringLiteral("problem"), v.problem},
            {QStringLiteral("entry"), detail},
            {QStringLiteral("emptied"),
             state->emptied ? QJsonValue(state->emptied->message) : QJsonValue()},
            {QStringLiteral("anchors"), anchorArray},
        };
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out().flush();
        return ok ? ExitOk : ExitFindings;
    }
    if (v.intact()) {
        out() << CliText::tr("Audit chain intact: %1 entries checked, head %2.")
                     .arg(v.checked)
                     .arg(v.head)
              << Qt::endl;
    } else {
        out() << CliText::tr("Audit chain BROKEN in %1: %2.").arg(db.value()->fileName(), v.problem)
              << Qt::endl;
        if (!detail.isEmpty())
            out() << CliText::tr("First broken %1").arg(detail) << Qt::endl;
    }
    if (state->emptied)
        out() << CliText::tr("Audit log EMPTIED in %1: %2.")
                     .arg(db.value()->fileName(), state->emptied->message)
              << Qt::endl;
    for (const AnchorResult& r : std::as_const(results)) {
        if (!r.check.holds())
            out() << CliText::tr("Anchor %1 line %2: %3.")
                         .arg(QDir::toNativeSeparators(r.entry.path))
                         .arg(r.entry.line)
                         .arg(r.check.message)
                  << Qt::endl;
    }
    if (!anchorFiles.isEmpty())
        out() << CliText::tr("Anchors: %1 checked, %2 hold, %3 do not.")
                     .arg(results.size())
                     .arg(results.size() - anchorFindings)
                     .arg(anchorFindings)
              << Qt::endl;
    out().flush();
    return ok ? ExitOk : ExitFindings;
}

int runAnchor(const QCommandLineParser& parser, const FileOptions& files, const QString& path,
              const QString& target, bool json) {
    auto db = Database::open(path, files.readingOptions(parser));
    if (!db)
        return inputError(db.error());
    auto state = readLogState(*db.value());
    if (!state)
        return inputError(state.error());
    // An anchor vouches for the log as it is: one that does not verify is not anchored.
    if (!state->sound()) {
        const QString why = state->emptied ? state->emptied->message : state->chain.problem;
        out() << CliText::tr("Not anchored: the audit log of %1 does not verify (%2); %3 was not "
                             "changed.")
                     .arg(db.value()->fileName(), why, QDir::toNativeSeparators(target))
              << Qt::endl;
        out().flush();
        return ExitFindings;
    }
    AuditAnchor anchor;
    anchor.at = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    anchor.entries = state->chain.checked;
    anchor.head = state->chain.head;
    anchor.file = isServer(path) ? shownDb(path) : QFileInfo(db.value()->path()).fileName();
    if (auto written = AuditAnchorFile::append(target, anchor); !written)
        return inputError(written.error());
    if (json) {
        const QJsonObject o{{QStringLiteral("format"), 1},
                            {QStringLiteral("file"), db.value()->fileName()},
                            {QStringLiteral("anchor_file"), QDir::toNativeSeparators(target)},
                            {QStringLiteral("time"), anchor.when()},
                            {QStringLiteral("entries"), anchor.entries},
                            {QStringLiteral("head"), anchor.head},
                            {QStringLiteral("line"), anchor.toLine()}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out() << CliText::tr("Anchored %1 entries of %2 (head %3) in %4.")
                     .arg(anchor.entries)
                     .arg(db.value()->fileName(), anchor.head, QDir::toNativeSeparators(target))
              << Qt::endl;
    }
    out().flush();
    return ExitOk;
}

} // namespace

int runAudit(const QStringList& args) {
    const QString command = QStringLiteral("audit");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "verify: recomputes the audit log's SHA-256 hash chain and, with --anchor, holds it "
        "against anchors taken earlier. Exit 0: intact; 1: an entry was changed, removed or "
        "inserted behind Slipway's back (the first one is named), the log was emptied on a "
        "file that holds data, or it is shorter than or differs from an anchor (each one "
        "named); 2: the file or an anchor file cannot be read.\n"
        "anchor: appends one line with the log's entry count, head hash and the time to "
        "FILE (created if absent), to keep where the file's users cannot rewrite it (a git "
        "repository, a write-once share). Exit 1: the log does not verify, nothing "
        "written; 2: FILE cannot be written (it is left as it was)."));
    parser.addPositionalArgument(QStringLiteral("verify|anchor"), CliText::tr("The action."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliText::tr("Print the result as JSON (see docs/cli-json.md)."));
    const QCommandLineOption anchor(
        QStringLiteral("anchor"),
        CliText::tr("verify: an anchor file to hold the log against; may be given more than once."),
        QStringLiteral("FILE"));
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     CliText::tr("anchor: the anchor file to append to."),
                                     QStringLiteral("FILE"));
    parser.addOptions({json, anchor, outFile});
    if (auto stop =
            parseCommand(parser, args, command,
                         QStringLiteral("slipway audit verify --db FILE|URL [--anchor FILE]… "
                                        "[--json] [--shared] [--read-only]\n"
                                        "       slipway audit anchor --db FILE|URL --out FILE "
                                        "[--json] [--shared]"),
                         1))
        return *stop;
    const QString action = parser.positionalArguments().value(0);
    if (action.isEmpty())
        return usageError(command,
                          CliText::tr("say what to do: 'slipway audit verify --db FILE' or "
                                      "'slipway audit anchor --db FILE --out FILE'"));
    if (action != u"verify" && action != u"anchor")
        return usageError(
            command,
            CliText::tr("unknown action '%1'; the actions are 'verify' and 'anchor'").arg(action));
    if (action == u"verify" && parser.isSet(outFile))
        return usageError(command,
                          CliText::tr("--out belongs to 'audit anchor'; 'audit verify' reads "
                                      "anchors with --anchor FILE"));
    if (action == u"anchor" && parser.isSet(anchor))
        return usageError(command, CliText::tr("--anchor belongs to 'audit verify'; 'audit anchor' "
                                               "writes to --out FILE"));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    if (action == u"verify")
        return runVerify(parser, files, *path, anchor, parser.isSet(json));
    const QString target = parser.value(outFile);
    if (target.isEmpty())
        return usageError(command,
                          CliText::tr("--out FILE is required: the anchor file to append to"));
    return runAnchor(parser, files, *path, target, parser.isSet(json));
}

} // namespace slipway::cli
