// SPDX-License-Identifier: GPL-3.0-or-later
// slipway artifact add --db FILE --release ID|PRODUCT@VERSION FILE… [--kind K] [--source-repo URL]
//                      [--commit SHA] [--build-id ID] [--build-url URL] [--json]
// slipway artifact list|verify --db FILE --release ID|PRODUCT@VERSION [--dir DIR] [--json]
// slipway artifact trust --db FILE --key FILE [--json]
// slipway artifact keys --db FILE [--json]
#include "CliSupport.h"
#include "services/ArtifactService.h"
#include "services/Session.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace slipway::cli {
namespace {

QJsonObject artifactJson(const Artifact& a) {
    QJsonObject o = toJson(a);
    o.insert(QStringLiteral("state"), toKey(a.state()));
    o.insert(QStringLiteral("frozen"), a.frozen);
    if (a.latest)
        o.insert(QStringLiteral("verification"), toJson(*a.latest));
    return o;
}

void printJson(const QJsonObject& o) {
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString line(const Artifact& a) {
    QString text = QStringLiteral("%1  %2  %3  %4")
                       .arg(displayName(a.state()).leftJustified(16), a.sha256.left(16), a.name,
                            displayName(a.kind).toLower());
    if (a.frozen)
        text += CliText::tr("  (frozen)");
    if (a.latest && !a.latest->detail.isEmpty())
        text += QStringLiteral("\n      ") + a.latest->detail;
    return text;
}

} // namespace

int runArtifact(const QStringList& args) {
    const QString command = QStringLiteral("artifact");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "add: registers files as artifacts of a release, with their size, SHA-256 and SHA-512 "
        "(and a detached signature lying beside each). list: the release's artifacts and where "
        "each stands. verify: recomputes the digests of the files present and checks their "
        "signatures against the trusted keys; each ends verified (by which key), digest "
        "mismatch, bad signature, unknown key or missing file, and any failure exits 1. trust: "
        "trusts the public keys in a file (OpenPGP or minisign), showing their fingerprints. "
        "keys: the trusted keys. remove: takes artifacts back by name, before the set is frozen. "
        "Once a release is promoted into the freeze stage (Staging "
        "unless the file says otherwise) its artifacts cannot change."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 CliText::tr("add, remove, list, verify, trust or keys."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption release(QStringLiteral("release"),
                                     CliText::tr("The release: its id or PRODUCT@VERSION."),
                                     QStringLiteral("ID|PRODUCT@VERSION"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        CliText::tr("add: what the files are (%1); default: guessed from each name.")
            .arg(allArtifactKindKeys().join(QStringLiteral(", "))),
        QStringLiteral("KIND"));
    const QCommandLineOption sourceRepo(QStringLiteral("source-repo"),
                                        CliText::tr("add: the source repository they were built "
                                                    "from."),
                                        QStringLiteral("URL"));
    const QCommandLineOption commit(QStringLiteral("commit"),
                                    CliText::tr("add: the commit they were built from."),
                                    QStringLiteral("SHA"));
    const QCommandLineOption buildId(QStringLiteral("build-id"), CliText::tr("add: the build."),
                                     QStringLiteral("ID"));
    const QCommandLineOption buildUrl(QStringLiteral("build-url"),
                                      CliText::tr("add: where the build can be seen."),
                                      QStringLiteral("URL"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 CliText::tr("verify: the folder holding the files (default: "
                                             "where each was registered from)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 CliText::tr("trust: a file with public keys (an armoured OpenPGP "
                                             "key block, or a minisign .pub)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    parser.addOptions({release, kind, sourceRepo, commit, buildId, buildUrl, dir, key, json});
    if (auto stop = parseCommand(
            parser, args, command,
            QStringLiteral(
                "slipway artifact add|remove|list|verify|trust|keys --db FILE|URL [--release "
                "ID|PRODUCT@VERSION] [FILE…] [--dir DIR] [--key FILE] [--json]"),
            std::numeric_limits<int>::max()))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList kActions{QStringLiteral("add"),   QStringLiteral("remove"),
                                      QStringLiteral("list"),  QStringLiteral("verify"),
                                      QStringLiteral("trust"), QStringLiteral("keys")};
    if (!kActions.contains(action))
        return usageError(
            command, action.isEmpty()
                         ? CliText::tr("say what to do: add, remove, list, verify, trust or keys")
                         : CliText::tr("unknown action '%1'; available: add, remove, list, "
                                       "verify, trust, keys")
                               .arg(action));
    if (action != u"add" && action != u"remove" && positional.size() > 1)
        return usageError(command,
                          CliText::tr("'%1' takes no file names; did you mean 'add'?").arg(action));
    std::optional<ArtifactKind> chosenKind;
    if (parser.isSet(kind)) {
        chosenKind = artifactKindFromKey(parser.value(kind));
        if (!chosenKind)
            return usageError(command, CliText::tr("--kind '%1' is not one of %2")
                                           .arg(parser.value(kind),
                                                allArtifactKindKeys().join(QStringLiteral(", "))));
    }
    if (action == u"add" && positional.size() < 2)
        return usageError(command, CliText::tr("name the files to register"));
    if (action == u"remove" && positional.size() < 2)
        return usageError(command, CliText::tr("name the artifacts to remove"));
    if (action == u"trust" && !parser.isSet(key))
        return usageError(command, CliText::tr("--key FILE is required: the keys to trust"));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    const bool reads = action == u"list" || action == u"keys";
    auto db =
        Database::open(*path, reads ? files.readingOptions(parser) : files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    ArtifactService artifacts(*db.value(), acting.value());

    if (action == u"keys" || action == u"trust") {
        QList<SigningKey> shown;
        if (action == u"trust") {
            QFile file(parser.value(key));
            if (!file.open(QIODevice::ReadOnly))
                return usageError(command, CliText::tr("%1: cannot be read: %2")
                                               .arg(parser.value(key), file.errorString()));
            auto trusted = artifacts.importKeys(file.readAll(), parser.value(key));
            if (!trusted) {
                if (trusted.error().kind == Error::Kind::Permission) {
                    err() << trusted.error().message << Qt::endl;
                    return ExitFindings;
                }
                return inputError(trusted.error());
            }
            shown = trusted.value();
        } else {
            auto all = artifacts.keys();
            if (!all)
                return inputError(all.error());
            shown = all.value();
        }
        if (parser.isSet(json)) {
            QJsonArray list;
            for (SigningKey k : std::as_const(shown)) {
                k.keyText.clear();
                list << toJson(k);
            }
            printJson({{QStringLiteral("format"), 1}, {QStringLiteral("keys"), list}});
        } else {
            if (action == u"trust")
                out() << CliText::tr("Trusted %n new key(s):", nullptr, int(shown.size()))
                      << Qt::endl;
            else if (shown.isEmpty())
                out() << CliText::tr("No trusted keys yet: add them with 'slipway artifact trust "
                                     "--key FILE'.")
                      << Qt::endl;
            for (const SigningKey& k : std::as_const(shown))
                out() << QStringLiteral("  %1  %2  %3")
                             .arg(SigningKey::toKey(k.kind).leftJustified(8), k.fingerprint,
                                  k.label)
                      << Qt::endl;
        }
        return ExitOk;
    }

    const auto releaseId = releaseFrom(*db.value(), parser, release, command, &exit);
    if (!releaseId)
        return exit;
    Result<QList<Artifact>> result = QList<Artifact>();
    if (action == u"add") {
        ArtifactService::AddOptions options;
        options.kind = chosenKind;
        options.sourceRepo = parser.value(sourceRepo).trimmed();
        options.sourceCommit = parser.value(commit).trimmed();
        options.buildId = parser.value(buildId).trimmed();
        options.buildUrl = parser.value(buildUrl).trimmed();
        result = artifacts.add(*releaseId, positional.mid(1), options);
    } else if (action == u"remove") {
        auto current = artifacts.artifacts(*releaseId);
        if (!current)
            return inputError(current.error());
        QList<Artifact> removed;
        for (const QString& name : positional.mid(1)) {
            const auto it = std::find_if(current->cbegin(), current->cend(),
                                         [&](const Artifact& a) { return a.name == name; });
            if (it == current->cend())
                return usageError(command,
                                  CliText::tr("the release has no artifact named %1").arg(name));
            removed << *it;
        }
        if (auto gone = artifacts.removeAll(*releaseId, removed); !gone)
            result = gone.error();
        else
            result = removed;
    } else if (action == u"verify") {
        result = artifacts.verify(*releaseId, parser.value(dir));
    } else {
        result = artifacts.artifacts(*releaseId);
    }
    if (!result) {
        if (result.error().kind == Error::Kind::Refused ||
            result.error().kind == Error::Kind::Permission) {
            err() << result.error().message << Qt::endl;
            return ExitFindings;
        }
        return inputError(result.error());
    }
    int failing = 0;
    for (const Artifact& a : result.value())
        if (a.state() != ArtifactState::Verified)
            ++failing;
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Artifact& a : result.value())
            list << artifactJson(a);
        printJson({{QStringLiteral("format"), 1},
                   {QStringLiteral("artifacts"), list},
                   {QStringLiteral("failing"), failing}});
    } else {
        if (action == u"add")
            out() << CliText::tr("Registered %n artifact(s):", nullptr, int(result->size()))
                  << Qt::endl;
        else if (action == u"remove")
            out() << CliText::tr("Removed %n artifact(s):", nullptr, int(result->size()))
                  << Qt::endl;
        else if (result->isEmpty())
            out() << CliText::tr("The release has no artifacts: register them with 'slipway "
                                 "artifact add'.")
                  << Qt::endl;
        for (const Artifact& a : result.value())
            out() << QStringLiteral("  ") << line(a) << Qt::endl;
        if (action == u"verify" && !result->isEmpty())
            out() << (failing == 0
                          ? CliText::tr("All %n artifact(s) verified.", nullptr,
                                        int(result->size()))
                          : CliText::tr("%n artifact(s) failed verification.", nullptr, failing))
                  << Qt::endl;
    }
    if (action == u"verify")
        return result->isEmpty() || failing > 0 ? ExitFindings : ExitOk;
    return ExitOk;
}

} // namespace slipway::cli
