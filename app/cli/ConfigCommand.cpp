// SPDX-License-Identifier: GPL-3.0-or-later
// slipway config set --db FILE --release R --environment ENV KEY (VALUE | --ref REF) [--secret]
// slipway config unset --db FILE --release R --environment ENV KEY
// slipway config list --db FILE --release R [--environment ENV] [--json]
// slipway config diff --db FILE --release R --from ENV --to ENV [--json]
#include "CliSupport.h"
#include "services/ConfigService.h"
#include "services/DeploymentService.h"
#include "services/ReleaseLookup.h"
#include "services/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

const QString kCommand = QStringLiteral("config");

void printJson(const QJsonObject& o) {
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

// A refusal of the service: a rule or a role says no (exit 1), or the input is bad (exit 2).
int refused(const Error& error) {
    if (error.kind == Error::Kind::Permission || error.kind == Error::Kind::Refused) {
        err() << error.message << Qt::endl;
        return ExitFindings;
    }
    if (error.kind == Error::Kind::Usage || error.kind == Error::Kind::NotFound)
        return usageError(kCommand, error.message);
    return inputError(error);
}

// What `list --json` shows of a setting: never a value marked secret.
QJsonObject itemJson(const ConfigItem& c) {
    QJsonObject o{{QStringLiteral("environment"), c.environmentName},
                  {QStringLiteral("key"), c.key},
                  {QStringLiteral("secret"), c.isSecret},
                  {QStringLiteral("updated_by"), c.updatedBy},
                  {QStringLiteral("updated_at"), c.updatedAt}};
    if (c.isReference())
        o.insert(QStringLiteral("secret_ref"), c.secretRef);
    else
        o.insert(QStringLiteral("value"), ConfigService::shownValue(c));
    return o;
}

QString note(const ConfigItem& c) {
    if (c.isReference())
        return CliText::tr("  (reference)");
    return c.isSecret ? CliText::tr("  (secret)") : QString();
}

QString changeKey(ConfigService::DiffEntry::Change change) {
    using Change = ConfigService::DiffEntry::Change;
    switch (change) {
    case Change::Added:
        return QStringLiteral("added");
    case Change::Removed:
        return QStringLiteral("removed");
    case Change::Changed:
        return QStringLiteral("changed");
    case Change::SecretChanged:
        return QStringLiteral("secret_changed");
    case Change::SameReference:
        return QStringLiteral("same_reference");
    }
    return {};
}

QString diffLine(const ConfigService::DiffEntry& e) {
    using Change = ConfigService::DiffEntry::Change;
    switch (e.change) {
    case Change::Added:
        return QStringLiteral("  + %1 = %2").arg(e.key, e.to);
    case Change::Removed:
        return QStringLiteral("  - %1 = %2").arg(e.key, e.from);
    case Change::Changed:
        return QStringLiteral("  ~ %1: %2 → %3").arg(e.key, e.from, e.to);
    case Change::SecretChanged:
        return QStringLiteral("  ~ %1: ").arg(e.key) + CliText::tr("secret changed");
    case Change::SameReference:
        return QStringLiteral("  = %1: ").arg(e.key) + CliText::tr("same reference");
    }
    return {};
}

int printDiff(const ConfigService::Diff& diff, const QString& label, const Environment& from,
              const Environment& to, qint64 releaseId, bool json) {
    using Change = ConfigService::DiffEntry::Change;
    if (json) {
        QJsonArray entries;
        for (const ConfigService::DiffEntry& e : diff.entries) {
            QJsonObject o{{QStringLiteral("key"), e.key},
                          {QStringLiteral("change"), changeKey(e.change)},
                          {QStringLiteral("secret"), e.secret}};
            if (e.change == Change::Removed || e.change == Change::Changed)
                o.insert(QStringLiteral("from"), e.from);
            if (e.change == Change::Added || e.change == Change::Changed)
                o.insert(QStringLiteral("to"), e.to);
            entries << o;
        }
        printJson(
            {{QStringLiteral("format"), 1},
             {QStringLiteral("release_id"), releaseId},
             {QStringLiteral("from"), from.name},
             {QStringLiteral("to"), to.name},
             {QStringLiteral("entries"), entries},
             {QStringLiteral("added"), diff.count(Change::Added)},
             {QStringLiteral("removed"), diff.count(Change::Removed)},
             {QStringLiteral("changed"),
              diff.count(Change::Changed) + diff.count(Change::SecretChanged)},
             {QStringLiteral("unchanged"), diff.unchanged + diff.count(Change::SameReference)}});
        return ExitOk;
    }
    out() << CliText::tr("Configuration of %1, %2 → %3:").arg(label, from.name, to.name)
          << Qt::endl;
    for (const ConfigService::DiffEntry& e : diff.entries)
        out() << diffLine(e) << Qt::endl;
    out() << CliText::tr("%1 added, %2 removed, %3 changed, %4 the same.")
                 .arg(diff.count(Change::Added))
                 .arg(diff.count(Change::Removed))
                 .arg(diff.count(Change::Changed) + diff.count(Change::SecretChanged))
                 .arg(diff.unchanged + diff.count(Change::SameReference))
          << Qt::endl;
    return ExitOk;
}

} // namespace

int runConfig(const QStringList& args) {
    const QString& command = kCommand;
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "A release's configuration per environment, without secrets. set: stores a value, or "
        "with --ref a reference to where a secret lives (vault:PATH#FIELD, awssm:NAME[#KEY], "
        "azkv:VAULT/NAME[/VERSION] or env:NAME); a value that looks like a secret (a private "
        "key, a token, a JWT, a password, a URL with a password, a long random string) is "
        "refused and nothing is written. --secret keeps a plain value out of lists, diffs and "
        "exports. unset: removes a key. list: the settings, secrets masked. diff: how one "
        "environment's settings differ from another's; secret values are never shown."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 CliText::tr("set, unset, list or diff."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption release(QStringLiteral("release"),
                                     CliText::tr("The release: its id or PRODUCT@VERSION."),
                                     QStringLiteral("ID|PRODUCT@VERSION"));
    const QCommandLineOption environment(QStringLiteral("environment"),
                                         CliText::tr("The environment, by name."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption ref(QStringLiteral("ref"),
                                 CliText::tr("set: a reference to the secret instead of a value."),
                                 QStringLiteral("REF"));
    const QCommandLineOption secret(
        QStringLiteral("secret"),
        CliText::tr("set: keep the value out of lists, diffs, exports and the audit log."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliText::tr("diff: the environment to compare from."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption to(QStringLiteral("to"),
                                CliText::tr("diff: the environment to compare with."),
                                QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    parser.addOptions({release, environment, ref, secret, from, to, json});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway config set|unset|list|diff --db FILE|URL "
                                                "--release ID|PRODUCT@VERSION [--environment "
                                                "NAME] [KEY [VALUE]] [--ref REF] [--secret] "
                                                "[--from NAME --to NAME] [--json]"),
                                 3))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList kActions{QStringLiteral("set"), QStringLiteral("unset"),
                                      QStringLiteral("list"), QStringLiteral("diff")};
    if (!kActions.contains(action))
        return usageError(command,
                          action.isEmpty()
                              ? CliText::tr("say what to do: set, unset, list or diff")
                              : CliText::tr("unknown action '%1'; available: set, unset, list, "
                                            "diff")
                                    .arg(action));
    const bool setting = action == u"set";
    const bool unsetting = action == u"unset";
    if (setting) {
        if (positional.size() < 2)
            return usageError(command, CliText::tr("name the key to set"));
        if (parser.isSet(ref) && positional.size() > 2)
            return usageError(command, CliText::tr("give a value or --ref, not both"));
        if (!parser.isSet(ref) && positional.size() < 3)
            return usageError(command, CliText::tr("give the value for %1, or a reference with "
                                                   "--ref")
                                           .arg(positional.value(1)));
        if (parser.isSet(ref) && parser.isSet(secret))
            return usageError(command, CliText::tr("a reference is always secret; leave "
                                                   "--secret out"));
    } else if (unsetting) {
        if (positional.size() != 2)
            return usageError(command, CliText::tr("name the one key to remove"));
    } else if (positional.size() > 1) {
        return usageError(
            command, CliText::tr("'%1' takes no key or value; did you mean 'set'?").arg(action));
    }
    if (!setting && (parser.isSet(ref) || parser.isSet(secret)))
        return usageError(command, CliText::tr("--ref and --secret apply to 'set' only"));
    if ((setting || unsetting) && !parser.isSet(environment))
        return usageError(command, CliText::tr("--environment NAME is required"));
    if (action == u"diff" && (!parser.isSet(from) || !parser.isSet(to)))
        return usageError(command, CliText::tr("diff needs --from NAME and --to NAME"));
    if (action != u"diff" && (parser.isSet(from) || parser.isSet(to)))
        return usageError(command, CliText::tr("--from and --to apply to 'diff' only"));
    if (action == u"diff" && parser.isSet(environment))
        return usageError(command, CliText::tr("diff takes --from and --to, not --environment"));

    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    const bool reads = !setting && !unsetting;
    auto db =
        Database::open(*path, reads ? files.readingOptions(parser) : files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    const auto releaseId = releaseFrom(*db.value(), parser, release, command, &exit);
    if (!releaseId)
        return exit;
    auto found = lookUpRelease(*db.value(), QString::number(*releaseId));
    if (!found)
        return inputError(found.error());
    const QString label = releaseLabel(found->name, found->version);
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    const Session session = acting.value();
    DeploymentService deployments(*db.value(), session);
    const auto environmentNamed = [&](const QCommandLineOption& option) -> Result<Environment> {
        auto e = deployments.environmentNamed(parser.value(option));
        if (!e)
            return Error{Error::Kind::Usage,
                         QStringLiteral("--%1: ").arg(option.names().first()) + e.error().message};
        return e;
    };
    ConfigService config(*db.value(), session);

    if (action == u"diff") {
        auto a = environmentNamed(from);
        if (!a)
            return refused(a.error());
        auto b = environmentNamed(to);
        if (!b)
            return refused(b.error());
        auto diff = config.diff(*releaseId, a->id, b->id);
        if (!diff)
            return refused(diff.error());
        return printDiff(diff.value(), label, a.value(), b.value(), *releaseId, parser.isSet(json));
    }

    qint64 environmentId = 0;
    if (parser.isSet(environment)) {
        auto e = environmentNamed(environment);
        if (!e)
            return refused(e.error());
        environmentId = e->id;
    }
    if (setting) {
        ConfigService::Setting s;
        s.releaseId = *releaseId;
        s.environmentId = environmentId;
        s.key = positional.value(1);
        s.value = positional.value(2);
        s.reference = parser.value(ref);
        s.secret = parser.isSet(secret);
        auto stored = config.set(s);
        if (!stored)
            return refused(stored.error());
        const ConfigItem& c = stored->item;
        const QString shown = ConfigService::shownValue(c);
        switch (stored->outcome) {
        case ConfigService::Outcome::Created:
            out() << CliText::tr("Set %1 = %2 for %3 in %4.")
                         .arg(c.key, shown, label, c.environmentName)
                  << Qt::endl;
            break;
        case ConfigService::Outcome::Updated:
            out() << CliText::tr("Changed %1 = %2 for %3 in %4.")
                         .arg(c.key, shown, label, c.environmentName)
                  << Qt::endl;
            break;
        case ConfigService::Outcome::Unchanged:
            out() << CliText::tr("%1 is already set so for %2 in %3; nothing written.")
                         .arg(c.key, label, c.environmentName)
                  << Qt::endl;
            break;
        }
        return ExitOk;
    }
    if (unsetting) {
        auto removed = config.unset(*releaseId, environmentId, positional.value(1));
        if (!removed)
            return refused(removed.error());
        out() << CliText::tr("Removed %1 for %2 in %3.")
                     .arg(removed->key, label, removed->environmentName)
              << Qt::endl;
        return ExitOk;
    }

    auto items = config.items(*releaseId, environmentId);
    if (!items)
        return refused(items.error());
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const ConfigItem& c : std::as_const(items.value()))
            list << itemJson(c);
        printJson({{QStringLiteral("format"), 1},
                   {QStringLiteral("release_id"), *releaseId},
                   {QStringLiteral("items"), list}});
        return ExitOk;
    }
    if (items->isEmpty()) {
        out() << CliText::tr("%1 has no configuration here yet: add it with 'slipway config set'.")
                     .arg(label)
              << Qt::endl;
        return ExitOk;
    }
    out() << CliText::tr("Configuration of %1:").arg(label) << Qt::endl;
    qsizetype width = 0;
    for (const ConfigItem& c : std::as_const(items.value()))
        width = std::max(width, c.key.size());
    QString current;
    for (const ConfigItem& c : std::as_const(items.value())) {
        if (c.environmentName != current) {
            current = c.environmentName;
            out() << QStringLiteral("  ") << current << Qt::endl;
        }
        out() << QStringLiteral("    ") << c.key.leftJustified(width) << QStringLiteral("  ")
              << ConfigService::shownValue(c) << note(c) << Qt::endl;
    }
    return ExitOk;
}

} // namespace slipway::cli
