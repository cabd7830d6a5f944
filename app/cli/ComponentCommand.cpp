// SPDX-License-Identifier: GPL-3.0-or-later
// slipway component pin --db FILE --release R --component C --on TARGET --constraint EXPR
// slipway component unpin --db FILE --release R --component C --on TARGET
// slipway component pins --db FILE [--release R] [--json]
#include "CliSupport.h"
#include "EnvCommand.h"
#include "services/PinService.h"
#include "services/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

const QString kCommand = QStringLiteral("component");

// A refusal of the service: a role says no (exit 1), or the input is bad (exit 2).
int refused(const Error& error) {
    if (error.kind == Error::Kind::Permission || error.kind == Error::Kind::Refused) {
        err() << error.message << Qt::endl;
        return ExitFindings;
    }
    if (error.kind == Error::Kind::Usage || error.kind == Error::Kind::NotFound)
        return usageError(kCommand, error.message);
    return inputError(error);
}

} // namespace

int runComponent(const QStringList& args) {
    const QString& command = kCommand;
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "The version pins of a release's components: what a component needs of a shared "
        "library or service it depends on, in the npm range syntax (^1.2.0, ~1.4, "
        ">=2.0.0 <3.0.0, 1.2.3, alternatives with ||). pin: pins --component on --on within "
        "--constraint by hand (again: a new constraint); a constraint that does not read is "
        "refused (exit 2) and nothing is written. unpin: removes a pin set by hand; pins from "
        "the SBOM go with the next import. pins: lists them. 'slipway check' and 'slipway env "
        "matrix' report every pin an environment does not meet."));
    parser.addPositionalArgument(QStringLiteral("action"), CliText::tr("pin, unpin or pins."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption release(QStringLiteral("release"),
                                     CliText::tr("The release: its id or PRODUCT@VERSION."),
                                     QStringLiteral("ID|PRODUCT@VERSION"));
    const QCommandLineOption component(
        QStringLiteral("component"),
        CliText::tr("The depending component, as the release's component list names it (or "
                    "the product, for a release without one)."),
        QStringLiteral("NAME"));
    const QCommandLineOption on(QStringLiteral("on"),
                                CliText::tr("What it depends on: a name, GROUP/NAME or a purl."),
                                QStringLiteral("TARGET"));
    const QCommandLineOption constraint(QStringLiteral("constraint"),
                                        CliText::tr("pin: the versions it accepts."),
                                        QStringLiteral("EXPR"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("pins: print JSON."));
    parser.addOptions({release, component, on, constraint, json});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway component pin|unpin|pins --db FILE|URL "
                                                "--release ID|PRODUCT@VERSION [--component NAME "
                                                "--on TARGET] [--constraint EXPR] [--json]"),
                                 1))
        return *stop;
    const QString action = parser.positionalArguments().value(0);
    static const QStringList kActions{QStringLiteral("pin"), QStringLiteral("unpin"),
                                      QStringLiteral("pins")};
    if (!kActions.contains(action))
        return usageError(command, action.isEmpty()
                                       ? CliText::tr("say what to do: pin, unpin or pins")
                                       : CliText::tr("unknown action '%1'; available: pin, "
                                                     "unpin, pins")
                                             .arg(action));
    const bool editing = action != u"pins";
    if (editing && (!parser.isSet(component) || !parser.isSet(on)))
        return usageError(command,
                          CliText::tr("%1 needs --component NAME and --on TARGET").arg(action));
    if (action == u"pin" && !parser.isSet(constraint))
        return usageError(command, CliText::tr("pin needs --constraint EXPR"));
    if (action != u"pin" && parser.isSet(constraint))
        return usageError(command, CliText::tr("--constraint applies to 'pin' only"));
    if (editing && parser.isSet(json))
        return usageError(command, CliText::tr("--json applies to 'pins' only"));

    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    auto db =
        Database::open(*path, editing ? files.openOptions(parser) : files.readingOptions(parser));
    if (!db)
        return inputError(db.error());
    qint64 releaseId = 0;
    if (editing || parser.isSet(release)) {
        const auto id = releaseFrom(*db.value(), parser, release, command, &exit);
        if (!id)
            return exit;
        releaseId = *id;
    }
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    PinService pins(*db.value(), acting.value());
    if (action == u"pin") {
        auto pinned = pins.pin(releaseId, parser.value(component), parser.value(on),
                               parser.value(constraint));
        if (!pinned)
            return refused(pinned.error());
        out() << CliText::tr("%1: %2 pinned on %3 %4")
                     .arg(pinned->releaseLabel, pinned->component, pinned->target,
                          pinned->constraint)
              << Qt::endl;
        return ExitOk;
    }
    if (action == u"unpin") {
        auto removed = pins.unpin(releaseId, parser.value(component), parser.value(on));
        if (!removed)
            return refused(removed.error());
        out() << CliText::tr("%1: %2 no longer pinned on %3 (was %4)")
                     .arg(removed->releaseLabel, removed->component, removed->target,
                          removed->constraint)
              << Qt::endl;
        return ExitOk;
    }
    auto all = pins.pins(releaseId);
    if (!all)
        return inputError(all.error());
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Pin& p : all.value())
            list.append(toJson(p));
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                                             {QStringLiteral("pins"), list}})
                                       .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const Pin& p : all.value())
        out() << QStringLiteral("%1  %2 → %3 %4  (%5)")
                     .arg(p.releaseLabel, p.component, p.target, p.constraint, toKey(p.source))
              << Qt::endl;
    out() << CliText::tr("%1 pin(s)").arg(all->size()) << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
