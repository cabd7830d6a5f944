// SPDX-License-Identifier: GPL-3.0-or-later
// slipway controls list [--tag T] [--json]
// slipway controls add --tag T --kind K --name N [--parameter P]
// slipway controls set --id N [--name N] [--parameter P] [--enabled yes|no]
// slipway controls remove --id N
// slipway controls tag|untag --release R --tag T
// slipway controls attest --release R --control N (--reference REF | --not-applicable WHY)
// slipway controls clear --release R --control N
// slipway controls status [--release R] [--json]
#include "ControlsCommand.h"

#include "domain/InputText.h"
#include "services/ControlService.h"
#include "storage/ReleaseRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace slipway::cli {
namespace {

const QString kControls = QStringLiteral("controls");

void printJson(const QJsonValue& v) {
    out() << QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson()
                                           : QJsonDocument(v.toObject()).toJson());
    out().flush();
}

// A refusal by a role, a rule or a newer save is exit 1; bad input is exit 2.
int refused(const Error& error) {
    if (error.kind == Error::Kind::Permission || error.kind == Error::Kind::Refused ||
        error.kind == Error::Kind::Stale) {
        err() << InputText::singleLine(error.message, 4000) << Qt::endl;
        return ExitFindings;
    }
    if (error.kind == Error::Kind::Usage || error.kind == Error::Kind::NotFound ||
        error.kind == Error::Kind::Validation)
        return usageError(kControls, InputText::singleLine(error.message, 4000));
    return inputError(error);
}

struct Options {
    FileOptions files;
    QCommandLineOption release{QStringLiteral("release"),
                               QCoreApplication::translate("cli", "The release: its id or "
                                                                  "PRODUCT@VERSION."),
                               QStringLiteral("ID|PRODUCT@VERSION")};
    QCommandLineOption json{QStringLiteral("json"),
                            QCoreApplication::translate("cli", "Print the result as JSON.")};
    QCommandLineOption tag{
        QStringLiteral("tag"),
        QCoreApplication::translate("cli", "A tag: sox, hipaa, gdpr, pci or another word."),
        QStringLiteral("TAG")};
    QCommandLineOption id{QStringLiteral("id"),
                          QCoreApplication::translate("cli", "set|remove: the control's id."),
                          QStringLiteral("N")};
    QCommandLineOption control{QStringLiteral("control"),
                               QCoreApplication::translate("cli", "attest|clear: the control's "
                                                                  "id."),
                               QStringLiteral("N")};
    QCommandLineOption kind{
        QStringLiteral("kind"),
        QCoreApplication::translate("cli", "add: segregation_of_duties, second_approver, "
                                           "evidence_kept, security_scan, role_approval or "
                                           "attestation."),
        QStringLiteral("KIND")};
    QCommandLineOption name{QStringLiteral("name"),
                            QCoreApplication::translate("cli", "add|set: the control's name."),
                            QStringLiteral("TEXT")};
    QCommandLineOption parameter{
        QStringLiteral("parameter"),
        QCoreApplication::translate("cli", "add|set: a security scan's severity or an "
                                           "approval's role."),
        QStringLiteral("VALUE")};
    QCommandLineOption enabled{QStringLiteral("enabled"),
                               QCoreApplication::translate("cli", "set: yes or no."),
                               QStringLiteral("yes|no")};
    QCommandLineOption reference{
        QStringLiteral("reference"),
        QCoreApplication::translate("cli", "attest: the document, ticket or link."),
        QStringLiteral("REF")};
    QCommandLineOption notApplicable{
        QStringLiteral("not-applicable"),
        QCoreApplication::translate("cli", "attest: why the control does not apply."),
        QStringLiteral("WHY")};

    void addTo(QCommandLineParser& parser) const {
        files.addTo(parser);
        parser.addOptions({release, json, tag, id, control, kind, name, parameter, enabled,
                           reference, notApplicable});
    }
};

std::optional<qint64> positiveId(const QCommandLineParser& parser, const QCommandLineOption& opt,
                                 int* exit) {
    bool ok = false;
    const qint64 id = parser.value(opt).trimmed().toLongLong(&ok);
    if (!parser.isSet(opt) || !ok || id <= 0) {
        *exit =
            usageError(kControls, parser.isSet(opt)
                                      ? CliText::tr("--%1 must be a positive number, not '%2'")
                                            .arg(opt.names().first(),
                                                 InputText::singleLine(parser.value(opt), 60))
                                      : CliText::tr("--%1 is required").arg(opt.names().first()));
        return std::nullopt;
    }
    return id;
}

QJsonObject checkJson(const ControlCheck& c) {
    return QJsonObject{{QStringLiteral("control_id"), c.control.id},
                       {QStringLiteral("tag"), c.control.tag},
                       {QStringLiteral("name"), c.control.name},
                       {QStringLiteral("kind"), toKey(c.control.kind)},
                       {QStringLiteral("state"), toKey(c.state)},
                       {QStringLiteral("reason"), c.reason}};
}

int list(const QCommandLineParser& parser, const Options& o, ControlService& service) {
    auto controls = service.controls();
    if (!controls)
        return refused(controls.error());
    const QString tag = parser.value(o.tag).trimmed().toLower();
    QJsonArray json;
    for (const RegulatoryControl& c : controls.value()) {
        if (!tag.isEmpty() && c.tag != tag)
            continue;
        if (parser.isSet(o.json)) {
            json.append(toJson(c));
            continue;
        }
        out() << QStringLiteral("%1  %2  %3  [%4%5]%6")
                     .arg(c.id, 3)
                     .arg(tagDisplayName(c.tag), -8)
                     .arg(c.name, toKey(c.kind),
                          c.effectiveParameter().isEmpty()
                              ? QString()
                              : QStringLiteral(": ") + c.effectiveParameter(),
                          c.enabled ? QString() : CliText::tr("  (disabled)"))
              << Qt::endl;
    }
    if (parser.isSet(o.json))
        printJson(json);
    return ExitOk;
}

int addOrSet(const QString& action, const QCommandLineParser& parser, const Options& o,
             ControlService& service) {
    RegulatoryControl control;
    if (action == u"add") {
        if (!parser.isSet(o.tag) || !parser.isSet(o.kind) || !parser.isSet(o.name))
            return usageError(kControls, CliText::tr("add needs --tag, --kind and --name"));
        const auto kind = controlKindFromKey(parser.value(o.kind).trimmed());
        if (!kind)
            return usageError(kControls, CliText::tr("unknown --kind '%1'")
                                             .arg(InputText::singleLine(parser.value(o.kind), 60)));
        control.tag = normalisedTag(parser.value(o.tag));
        if (control.tag.isEmpty())
            return usageError(kControls, CliText::tr("--tag '%1' is not one word")
                                             .arg(InputText::singleLine(parser.value(o.tag), 60)));
        control.kind = *kind;
        auto all = service.controls();
        if (!all)
            return refused(all.error());
        for (const RegulatoryControl& c : all.value())
            if (c.tag == control.tag)
                control.position = std::max(control.position, c.position + 1);
    } else {
        int exit = ExitOk;
        const auto id = positiveId(parser, o.id, &exit);
        if (!id)
            return exit;
        auto found = service.find(*id);
        if (!found)
            return refused(found.error());
        control = found.value();
    }
    if (parser.isSet(o.name))
        control.name = parser.value(o.name);
    if (parser.isSet(o.parameter))
        control.parameter = parser.value(o.parameter).trimmed().toLower();
    if (parser.isSet(o.enabled)) {
        const QString v = parser.value(o.enabled).trimmed().toLower();
        if (v != u"yes" && v != u"no")
            return usageError(kControls, CliText::tr("--enabled must be yes or no, not '%1'")
                                             .arg(InputText::singleLine(v, 60)));
        control.enabled = v == u"yes";
    }
    auto stored = action == u"add" ? service.create(control) : service.update(control);
    if (!stored)
        return refused(stored.error());
    out() << CliText::tr("Control %1: %2 · %3%4.")
                 .arg(stored->id)
                 .arg(tagDisplayName(stored->tag), stored->name,
                      stored->enabled ? QString() : CliText::tr(" (disabled)"))
          << Qt::endl;
    return ExitOk;
}

int remove(const QCommandLineParser& parser, const Options& o, ControlService& service) {
    int exit = ExitOk;
    const auto id = positiveId(parser, o.id, &exit);
    if (!id)
        return exit;
    auto found = service.find(*id);
    if (!found)
        return refused(found.error());
    if (auto done = service.remove(found->id, found->rowVersion); !done)
        return refused(done.error());
    out() << CliText::tr("Control %1 removed: %2 · %3.")
                 .arg(found->id)
                 .arg(tagDisplayName(found->tag), found->name)
          << Qt::endl;
    return ExitOk;
}

int onRelease(const QString& action, const QCommandLineParser& parser, const Options& o,
              Database& db, ControlService& service) {
    int exit = ExitOk;
    const auto releaseId = releaseFrom(db, parser, o.release, kControls, &exit);
    if (!releaseId)
        return exit;
    if (action == u"tag" || action == u"untag") {
        if (!parser.isSet(o.tag))
            return usageError(kControls, CliText::tr("%1 needs --tag").arg(action));
        const QString tag = parser.value(o.tag);
        auto done =
            action == u"tag" ? service.tag(*releaseId, tag) : service.untag(*releaseId, tag);
        if (!done)
            return refused(done.error());
        auto tags = service.releaseTags(*releaseId);
        if (!tags)
            return refused(tags.error());
        out() << CliText::tr("Release %1 tags: %2.")
                     .arg(*releaseId)
                     .arg(tags->isEmpty() ? CliText::tr("none") : tags->join(u", "))
              << Qt::endl;
        return ExitOk;
    }
    const auto controlId = positiveId(parser, o.control, &exit);
    if (!controlId)
        return exit;
    if (action == u"clear") {
        auto done = service.clearAttestation(*releaseId, *controlId);
        if (!done)
            return refused(done.error());
        out() << CliText::tr("Control %1 of release %2: nothing recorded.")
                     .arg(*controlId)
                     .arg(*releaseId)
              << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(o.reference) == parser.isSet(o.notApplicable))
        return usageError(kControls,
                          CliText::tr("attest needs --reference or --not-applicable, not both"));
    const bool na = parser.isSet(o.notApplicable);
    auto done = service.attest(*releaseId, *controlId,
                               na ? ControlOutcome::NotApplicable : ControlOutcome::Met,
                               parser.value(na ? o.notApplicable : o.reference));
    if (!done)
        return refused(done.error());
    out() << CliText::tr("Control %1 of release %2 recorded%3.")
                 .arg(*controlId)
                 .arg(*releaseId)
                 .arg(na ? CliText::tr(" as not applicable") : QString())
          << Qt::endl;
    return ExitOk;
}

void printRelease(const QString& label, const ControlService::ReleaseControls& r) {
    QStringList tags;
    for (const QString& t : r.tags)
        tags << tagDisplayName(t);
    out() << CliText::tr("%1 — tags: %2")
                 .arg(label, tags.isEmpty() ? CliText::tr("none") : tags.join(u", "))
          << Qt::endl;
    if (r.checks.isEmpty())
        out() << CliText::tr("  no control applies") << Qt::endl;
    for (const ControlCheck& c : r.checks)
        out() << QStringLiteral("  %1  %2").arg(displayName(c.state), -15).arg(c.line())
              << Qt::endl;
}

int status(const QCommandLineParser& parser, const Options& o, Database& db,
           ControlService& service) {
    QList<ControlService::ReleaseControls> shown;
    if (parser.isSet(o.release)) {
        int exit = ExitOk;
        const auto releaseId = releaseFrom(db, parser, o.release, kControls, &exit);
        if (!releaseId)
            return exit;
        auto one = service.status(*releaseId);
        if (!one)
            return refused(one.error());
        shown << one.value();
    } else {
        auto all = service.statusAll();
        if (!all)
            return refused(all.error());
        shown = all->values();
        std::sort(shown.begin(), shown.end(),
                  [](const auto& a, const auto& b) { return a.releaseId < b.releaseId; });
    }
    auto releases = ReleaseRepository(db).all();
    if (!releases)
        return refused(releases.error());
    QHash<qint64, QString> labels;
    for (const Release& r : releases.value())
        labels.insert(r.id, releaseLabel(r.name, r.version));
    bool failing = false;
    QJsonArray json;
    for (const ControlService::ReleaseControls& r : std::as_const(shown)) {
        failing |= !r.passes();
        if (parser.isSet(o.json)) {
            QJsonArray checks;
            for (const ControlCheck& c : r.checks)
                checks.append(checkJson(c));
            json.append(QJsonObject{{QStringLiteral("release_id"), r.releaseId},
                                    {QStringLiteral("release"), labels.value(r.releaseId)},
                                    {QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)},
                                    {QStringLiteral("passes"), r.passes()},
                                    {QStringLiteral("controls"), checks}});
        } else {
            printRelease(labels.value(r.releaseId), r);
        }
    }
    if (parser.isSet(o.json))
        printJson(json);
    else if (shown.isEmpty())
        out() << CliText::tr("No release carries a tag.") << Qt::endl;
    return failing ? ExitFindings : ExitOk;
}

} // namespace

int runControls(const QStringList& args) {
    const QString action = args.value(1);
    const QStringList actions{
        QStringLiteral("list"),   QStringLiteral("add"),   QStringLiteral("set"),
        QStringLiteral("remove"), QStringLiteral("tag"),   QStringLiteral("untag"),
        QStringLiteral("attest"), QStringLiteral("clear"), QStringLiteral("status")};
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Regulatory controls. Each tag (sox, hipaa, gdpr, pci or another) brings a set of "
        "controls; a release's tags are its own and its change requests'. A failing control of "
        "a tagged release keeps it from being deployed. list/add/set/remove: the control sets. "
        "tag/untag: a release's own tags. attest/clear: the reference an attestation control "
        "asks for, or why it does not apply. status: each control's state (exit 1 when one "
        "fails). Exit 2: bad input."));
    parser.addPositionalArgument(QStringLiteral("action"), actions.join(QStringLiteral(", ")));
    Options o;
    o.addTo(parser);
    if (auto stop = parseCommand(parser, args, kControls,
                                 QStringLiteral("slipway controls %1 --db FILE|URL [--release R] "
                                                "[--tag T] [--id N] [--control N] …")
                                     .arg(actions.join(u'|')),
                                 1))
        return *stop;
    if (!actions.contains(action))
        return usageError(
            kControls,
            action.isEmpty()
                ? CliText::tr("say what to do: %1").arg(actions.join(QStringLiteral(", ")))
                : CliText::tr("unknown action '%1'").arg(InputText::singleLine(action, 60)));
    int exit = ExitOk;
    const auto path = requireDb(parser, o.files, kControls, &exit);
    if (!path)
        return exit;
    const bool reading = action == u"list" || action == u"status";
    auto db = Database::open(*path, reading ? o.files.readingOptions(parser)
                                            : o.files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    ControlService service(*db.value(), acting.value());
    if (action == u"list")
        return list(parser, o, service);
    if (action == u"add" || action == u"set")
        return addOrSet(action, parser, o, service);
    if (action == u"remove")
        return remove(parser, o, service);
    if (action == u"status")
        return status(parser, o, *db.value(), service);
    return onRelease(action, parser, o, *db.value(), service);
}

} // namespace slipway::cli
