// SPDX-License-Identifier: GPL-3.0-or-later
// slipway gate status --db FILE --release ID|PRODUCT@VERSION [--json]
// slipway import junit|sarif|bench --db FILE --release ID|PRODUCT@VERSION --criterion NAME INPUT
#include "CliSupport.h"
#include "services/GateService.h"
#include "services/ReleaseService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

QJsonValue iso(const QDateTime& t) {
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString day(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                       : CliText::tr("not scheduled");
}

QString badge(GateStatus s) {
    return u'[' + toKey(s).toUpper().leftJustified(7) + u']';
}

QJsonObject criterionJson(const GateCriterion& c, const CriterionVerdict& v) {
    QJsonObject o{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.spec.name},
        {QStringLiteral("kind"), toKey(c.spec.kind)},
        {QStringLiteral("requirement"), c.spec.describe()},
        {QStringLiteral("status"), toKey(v.status)},
        {QStringLiteral("reason"), v.reason},
        {QStringLiteral("evidence"), c.evidence ? QJsonValue(toJson(*c.evidence)) : QJsonValue()},
        {QStringLiteral("checked_by"),
         c.checkedBy.isEmpty() ? QJsonValue() : QJsonValue(c.checkedBy)},
        {QStringLiteral("checked_at"), iso(c.checkedAt)}};
    if (c.spec.kind == CriterionKind::Security && c.evidence) {
        QJsonObject open;
        static const char* names[] = {"none", "low", "medium", "high", "critical"};
        for (int i = 0; i < 5; ++i)
            open.insert(QLatin1String(names[i]), c.findings.open[i]);
        o.insert(QStringLiteral("findings"),
                 QJsonObject{{QStringLiteral("open_by_severity"), open},
                             {QStringLiteral("suppressed"), c.findings.suppressed},
                             {QStringLiteral("false_positive"), c.findings.falsePositive}});
    }
    return o;
}

} // namespace

int importGateEvidence(const QCommandLineParser& parser, const FileOptions& files,
                       const QString& format, const QString& dbPath, const QString& input,
                       const QCommandLineOption& release, const QCommandLineOption& criterion,
                       const QString& ticket, const QStringList& artifactDigests) {
    const QString command = QStringLiteral("import");
    if (!parser.isSet(release))
        return usageError(command, CliText::tr("--release is required: a release's id or "
                                               "PRODUCT@VERSION"));
    if (parser.value(criterion).trimmed().isEmpty())
        return usageError(command,
                          CliText::tr("--criterion NAME is required: which of the release's "
                                      "criteria the file is evidence for"));
    auto db = Database::open(dbPath, files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    int exit = ExitOk;
    const auto found = releaseFrom(*db.value(), parser, release, command, &exit);
    if (!found)
        return exit;
    const qint64 releaseId = *found;
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    Session session = acting.value();
    session.changeTicket = ticket;
    GateService gates(*db.value(), session);
    auto target = gates.criterionNamed(releaseId, parser.value(criterion));
    if (!target)
        return usageError(command, target.error().message);
    // A JUnit report is the evidence of a pass rate or of contract tests.
    const CriterionKind kind =
        format == u"junit"
            ? (target->spec.kind == CriterionKind::ContractTests ? CriterionKind::ContractTests
                                                                 : CriterionKind::TestPassRate)
        : format == u"sarif" ? CriterionKind::Security
                             : CriterionKind::Benchmark;
    auto imported = gates.importFile(target->id, input, kind, nullptr, artifactDigests);
    if (!imported)
        return inputError(imported.error());
    auto gate = gates.gate(target->gateId);
    if (!gate)
        return inputError(gate.error());
    const GateVerdict verdict =
        GateEvaluator::evaluate(gate.value(), QDateTime::currentDateTimeUtc());
    for (int i = 0; i < gate->criteria.size(); ++i) {
        if (gate->criteria[i].id != target->id)
            continue;
        const CriterionVerdict& v = verdict.criteria[i];
        out() << CliText::tr("%1: %2 (%3) is %4: %5")
                     .arg(input, target->spec.name, gate->name, displayName(v.status).toLower(),
                          v.reason)
              << Qt::endl;
        const auto& e = gate->criteria[i].evidence;
        if (e && !e->artifactDigests.isEmpty())
            out() << CliText::tr("Produced against %n artifact(s): %1", nullptr,
                                 int(e->artifactDigests.size()))
                         .arg(e->artifactDigests.join(QStringLiteral(", ")))
                  << Qt::endl;
        return v.status == GateStatus::Failed ? ExitFindings : ExitOk;
    }
    return ExitOk;
}

int runGate(const QStringList& args) {
    const QString command = QStringLiteral("gate");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "status: a release's quality gates, stage by stage, with each criterion's status, "
        "the reason, and the evidence it was judged on (file, SHA-256, who imported it and "
        "when, the counts). Exit 0: the release may be promoted through its next gate (or is "
        "through all); 1: a gate blocks promotion; 2: bad input."));
    parser.addPositionalArgument(QStringLiteral("status"), CliText::tr("What to do: status."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption release(QStringLiteral("release"),
                                     CliText::tr("The release: its id or PRODUCT@VERSION."),
                                     QStringLiteral("ID|PRODUCT@VERSION"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    parser.addOptions({release, json});
    if (auto stop = parseCommand(
            parser, args, command,
            QStringLiteral("slipway gate status --db FILE|URL --release ID|PRODUCT@VERSION "
                           "[--json]"),
            1))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != u"status")
        return usageError(
            command,
            positional.isEmpty()
                ? CliText::tr("say what to do: 'slipway gate status …'")
                : CliText::tr("unknown action '%1'; available: status").arg(positional[0]));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    Database::OpenOptions options = files.readingOptions(parser);
    auto db = Database::open(*path, options);
    if (!db)
        return inputError(db.error());
    const auto found = releaseFrom(*db.value(), parser, release, command, &exit);
    if (!found)
        return exit;
    const qint64 releaseId = *found;
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    const Session session = acting.value();
    auto rel = ReleaseService(*db.value(), session).find(releaseId);
    if (!rel)
        return inputError(rel.error());
    GateService service(*db.value(), session);
    auto gates = service.gatesOf(releaseId);
    if (!gates)
        return inputError(gates.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const PromotionCheck check = GateEvaluator::nextPromotion(gates.value(), now);
    const bool blocked = !check.allowed && check.gateIndex >= 0;

    if (parser.isSet(json)) {
        QJsonArray gateArray;
        for (const ReleaseGate& g : gates.value()) {
            const GateVerdict v = GateEvaluator::evaluate(g, now);
            QJsonArray criteria, waivers;
            for (int i = 0; i < g.criteria.size(); ++i)
                criteria.append(criterionJson(g.criteria[i], v.criteria[i]));
            for (const GateWaiver& w : g.waivers) {
                QJsonObject wj = toJson(w);
                wj.insert(QStringLiteral("active"), w.isActive(now));
                waivers.append(wj);
            }
            const auto why = GateEvaluator::escalation(g, v, now);
            gateArray.append(
                QJsonObject{{QStringLiteral("id"), g.id},
                            {QStringLiteral("name"), g.name},
                            {QStringLiteral("stage"), g.stage},
                            {QStringLiteral("position"), g.position},
                            {QStringLiteral("due"), iso(g.dueAt)},
                            {QStringLiteral("source"), g.source},
                            {QStringLiteral("status"), toKey(v.status)},
                            {QStringLiteral("reason"), v.reason},
                            {QStringLiteral("settled"), v.settled},
                            {QStringLiteral("total"), v.total},
                            {QStringLiteral("promoted_by"),
                             g.promotedBy.isEmpty() ? QJsonValue() : QJsonValue(g.promotedBy)},
                            {QStringLiteral("promoted_at"), iso(g.promotedAt)},
                            {QStringLiteral("escalation"), why ? QJsonValue(*why) : QJsonValue()},
                            {QStringLiteral("criteria"), criteria},
                            {QStringLiteral("waivers"), waivers}});
        }
        const QJsonObject root{
            {QStringLiteral("release"), QJsonObject{{QStringLiteral("id"), rel->id},
                                                    {QStringLiteral("name"), rel->name},
                                                    {QStringLiteral("version"), rel->version},
                                                    {QStringLiteral("type"), toKey(rel->type)}}},
            {QStringLiteral("blocked"), blocked},
            {QStringLiteral("promotion"),
             QJsonObject{{QStringLiteral("allowed"), check.allowed},
                         {QStringLiteral("next_gate"),
                          check.gateIndex >= 0 ? QJsonValue(gates->at(check.gateIndex).name)
                                               : QJsonValue()},
                         {QStringLiteral("reason"), check.reason}}},
            {QStringLiteral("gates"), gateArray}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        out().flush();
        return blocked ? ExitFindings : ExitOk;
    }

    out() << CliText::tr("%1 (%2)").arg(releaseLabel(rel->name, rel->version), toKey(rel->type))
          << Qt::endl;
    if (gates->isEmpty())
        out() << CliText::tr(
                     "  No gates: 'slipway' adds its type's gates when a release is created.")
              << Qt::endl;
    for (const ReleaseGate& g : gates.value()) {
        const GateVerdict v = GateEvaluator::evaluate(g, now);
        out() << badge(v.status) << u' '
              << CliText::tr("%1 → %2 (%3/%4 settled, due %5)%6")
                     .arg(g.name, g.stage.isEmpty() ? CliText::tr("next stage") : g.stage)
                     .arg(v.settled)
                     .arg(v.total)
                     .arg(day(g.dueAt), g.isPromoted() ? CliText::tr(", promoted by %1 on %2")
                                                             .arg(g.promotedBy, day(g.promotedAt))
                                                       : QString())
              << Qt::endl;
        for (int i = 0; i < g.criteria.size(); ++i) {
            const GateCriterion& c = g.criteria[i];
            out() << QStringLiteral("    ") << badge(v.criteria[i].status) << u' ' << c.spec.name
                  << QStringLiteral(": ") << v.criteria[i].reason << Qt::endl;
            if (c.evidence)
                out() << QStringLiteral("              ")
                      << CliText::tr("evidence: %1, SHA-256 %2, imported %3 by %4")
                             .arg(c.evidence->fileName, c.evidence->sha256.left(16) + u'…',
                                  c.evidence->importedAt.toUTC().toString(Qt::ISODate),
                                  c.evidence->importedBy)
                      << Qt::endl;
            if (c.evidence && !c.evidence->artifactDigests.isEmpty())
                out() << QStringLiteral("              ")
                      << CliText::tr("tested artifacts: %1")
                             .arg(c.evidence->artifactDigests.join(QStringLiteral(", ")))
                      << Qt::endl;
        }
    }
    out() << (blocked ? CliText::tr("Blocked: %1") : CliText::tr("%1")).arg(check.reason)
          << Qt::endl;
    return blocked ? ExitFindings : ExitOk;
}

} // namespace slipway::cli
