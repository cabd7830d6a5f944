// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlRules.h"

#include <QCoreApplication>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ControlRules)
};

ControlCheck passes(const RegulatoryControl& c, QString reason = {}) {
    return ControlCheck{c, ControlState::Passes, std::move(reason)};
}

ControlCheck fails(const RegulatoryControl& c, QString reason) {
    return ControlCheck{c, ControlState::Fails, std::move(reason)};
}

int severityRank(const QString& severity) {
    static const QStringList kOrder{QStringLiteral("low"), QStringLiteral("medium"),
                                    QStringLiteral("high"), QStringLiteral("critical")};
    return int(kOrder.indexOf(severity)); // -1 for "none"
}

bool samePerson(const QString& a, const QString& b) {
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool containsPerson(const QStringList& people, const QString& who) {
    for (const QString& p : people)
        if (samePerson(p, who))
            return true;
    return false;
}

ControlCheck segregation(const RegulatoryControl& c, const ControlFacts& f) {
    if (f.changes.isEmpty())
        return fails(c, Text::tr("no change request records who asked for the release"));
    QStringList breaches;
    for (const ControlFacts::Change& ch : f.changes) {
        if (containsPerson(ch.approvers, ch.requester))
            breaches << Text::tr("%1 requested %2 and approved it").arg(ch.requester, ch.ticket);
        if (containsPerson(f.deployers, ch.requester))
            breaches << Text::tr("%1 requested %2 and deployed it").arg(ch.requester, ch.ticket);
        for (const QString& a : ch.approvers)
            if (containsPerson(f.deployers, a))
                breaches << Text::tr("%1 approved %2 and deployed it").arg(a, ch.ticket);
    }
    if (!breaches.isEmpty())
        return fails(c, breaches.join(u"; "));
    if (f.deployers.isEmpty())
        return passes(c, Text::tr("requesters and approvers differ; no production deployment "
                                  "yet"));
    return passes(c, Text::tr("requesters, approvers and deployers are different people"));
}

ControlCheck secondApprover(const RegulatoryControl& c, const ControlFacts& f) {
    if (f.changes.isEmpty())
        return fails(c, Text::tr("no change request has been raised for the release"));
    QStringList lacking;
    for (const ControlFacts::Change& ch : f.changes) {
        if (ch.approvers.isEmpty())
            lacking << Text::tr("%1 has no approval yet").arg(ch.ticket);
        else if (ch.approvers.size() < 2)
            lacking << Text::tr("%1 is approved by %2 alone").arg(ch.ticket, ch.approvers.first());
    }
    if (!lacking.isEmpty())
        return fails(c, lacking.join(u"; "));
    return passes(c, Text::tr("every change approved by two different people"));
}

// What an auditor asks for: the gate evidence the release's gates take, stored with its
// digest; a release whose gates take none keeps its change approvals as its record.
ControlCheck evidenceKept(const RegulatoryControl& c, const ControlFacts& f) {
    if (f.evidenceItems > 0)
        return passes(
            c, Text::tr("%n evidence file(s) stored with their digests", nullptr, f.evidenceItems));
    if (f.evidenceCriteria > 0)
        return fails(c, Text::tr("the gates take evidence for %n criterion(s), none is stored",
                                 nullptr, f.evidenceCriteria));
    if (f.changes.isEmpty())
        return fails(c, Text::tr("no gate evidence and no change request are kept for the "
                                 "release"));
    for (const ControlFacts::Change& ch : f.changes)
        if (ch.approvers.isEmpty())
            return fails(
                c,
                Text::tr("no gate takes evidence and %1 has no approval recorded").arg(ch.ticket));
    return passes(c, Text::tr("no gate takes evidence; the change approvals are kept"));
}

ControlCheck securityScan(const RegulatoryControl& c, const ControlFacts& f) {
    const QString threshold = c.effectiveParameter();
    if (f.securityScans == 0)
        return fails(c, Text::tr("no security scan evidence is stored for the release"));
    int open = 0;
    for (auto it = f.openFindings.cbegin(); it != f.openFindings.cend(); ++it)
        if (severityRank(it.key()) >= severityRank(threshold))
            open += it.value();
    if (open > 0)
        return fails(c,
                     Text::tr("%n open finding(s) at or above %1", nullptr, open).arg(threshold));
    return passes(c, Text::tr("no open finding at or above %1").arg(threshold));
}

ControlCheck roleApproval(const RegulatoryControl& c, const ControlFacts& f) {
    const QString role = c.effectiveParameter();
    if (f.approverRoles.contains(role))
        return passes(c, Text::tr("approved by a person with the %1 role").arg(role));
    return fails(c, Text::tr("nobody with the %1 role has approved the release").arg(role));
}

ControlCheck attestation(const RegulatoryControl& c, const ControlFacts& f) {
    const auto record = f.records.constFind(c.id);
    if (record == f.records.cend())
        return fails(c, Text::tr("nothing recorded yet: record its reference, or why it does "
                                 "not apply"));
    if (record->outcome == ControlOutcome::NotApplicable)
        return ControlCheck{
            c, ControlState::NotApplicable,
            Text::tr("%1 (recorded by %2)").arg(record->reference, record->recordedBy)};
    return passes(c, Text::tr("%1 (recorded by %2)").arg(record->reference, record->recordedBy));
}

} // namespace

QString toKey(ControlState state) {
    switch (state) {
    case ControlState::Passes:
        return QStringLiteral("passes");
    case ControlState::Fails:
        return QStringLiteral("fails");
    case ControlState::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

QString displayName(ControlState state) {
    switch (state) {
    case ControlState::Passes:
        return Text::tr("Passes");
    case ControlState::Fails:
        return Text::tr("Fails");
    case ControlState::NotApplicable:
        return Text::tr("Not applicable");
    }
    return {};
}

QString ControlCheck::line() const {
    QString text = QStringLiteral("%1 · %2").arg(tagDisplayName(control.tag), control.name);
    if (!reason.isEmpty())
        text += QStringLiteral(": ") + reason;
    return text;
}

ControlCheck evaluateControl(const RegulatoryControl& control, const ControlFacts& facts) {
    switch (control.kind) {
    case ControlKind::SegregationOfDuties:
        return segregation(control, facts);
    case ControlKind::SecondApprover:
        return secondApprover(control, facts);
    case ControlKind::EvidenceKept:
        return evidenceKept(control, facts);
    case ControlKind::SecurityScan:
        return securityScan(control, facts);
    case ControlKind::RoleApproval:
        return roleApproval(control, facts);
    case ControlKind::Attestation:
        return attestation(control, facts);
    }
    return fails(control, QString());
}

QList<ControlCheck> evaluateControls(const QList<RegulatoryControl>& controls,
                                     const ControlFacts& facts) {
    QList<ControlCheck> out;
    for (const RegulatoryControl& c : controls)
        if (c.enabled && facts.tags.contains(c.tag))
            out << evaluateControl(c, facts);
    return out;
}

QStringList failingLines(const QList<ControlCheck>& checks) {
    QStringList lines;
    for (const ControlCheck& c : checks)
        if (c.state == ControlState::Fails)
            lines << c.line();
    return lines;
}

QHash<QString, QString> barredDeployers(const QList<RegulatoryControl>& controls,
                                        const ControlFacts& facts) {
    QHash<QString, QString> barred;
    for (const RegulatoryControl& c : controls) {
        if (!c.enabled || c.kind != ControlKind::SegregationOfDuties || !facts.tags.contains(c.tag))
            continue;
        const auto bar = [&](const QString& person, const QString& why) {
            const QString line =
                QStringLiteral("%1 · %2: %3").arg(tagDisplayName(c.tag), c.name, why);
            barred.insert(person.toLower(), line);
            for (const QString& alias : facts.aliasesOf.value(person.toLower()))
                barred.insert(alias, line);
        };
        for (const ControlFacts::Change& ch : facts.changes) {
            if (!ch.requester.isEmpty())
                bar(ch.requester,
                    Text::tr("%1 requested %2 and may not deploy it").arg(ch.requester, ch.ticket));
            for (const QString& a : ch.approvers)
                bar(a, Text::tr("%1 approved %2 and may not deploy it").arg(a, ch.ticket));
        }
    }
    return barred;
}

} // namespace slipway
