// SPDX-License-Identifier: GPL-3.0-or-later
#include "PatternGuide.h"

#include <QCoreApplication>

#include <algorithm>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PatternGuide)
};

using Tri = PatternAnswers::Tri;
using Speed = PatternAnswers::Speed;
using Impact = PatternAnswers::Impact;

QString triKey(Tri t) {
    switch (t) {
    case Tri::Yes:
        return QStringLiteral("yes");
    case Tri::No:
        return QStringLiteral("no");
    case Tri::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Tri triFrom(const QJsonValue& v) {
    if (v.isBool())
        return v.toBool() ? Tri::Yes : Tri::No;
    const QString k = v.toString().trimmed().toLower();
    if (k == QLatin1String("yes") || k == QLatin1String("true"))
        return Tri::Yes;
    if (k == QLatin1String("no") || k == QLatin1String("false"))
        return Tri::No;
    return Tri::Unknown;
}

QString speedKey(Speed s) {
    switch (s) {
    case Speed::Seconds:
        return QStringLiteral("seconds");
    case Speed::Minutes:
        return QStringLiteral("minutes");
    case Speed::Hours:
        return QStringLiteral("hours");
    case Speed::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString impactKey(Impact i) {
    switch (i) {
    case Impact::None:
        return QStringLiteral("none");
    case Impact::Some:
        return QStringLiteral("some");
    case Impact::Tolerated:
        return QStringLiteral("tolerated");
    case Impact::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

const QString kStateless = QStringLiteral("stateless");
const QString kLoadBalancer = QStringLiteral("behind_load_balancer");
const QString kSchema = QStringLiteral("schema_backward_compatible");
const QString kSpare = QStringLiteral("spare_capacity");
const QString kSpeed = QStringLiteral("rollback_speed");
const QString kImpact = QStringLiteral("user_impact");

// How cheap a rollback is with each pattern, cheapest first: the tie-breaker.
int rollbackCost(DeploymentPattern p) {
    switch (p) {
    case DeploymentPattern::BlueGreen:
        return 0;
    case DeploymentPattern::Canary:
        return 1;
    case DeploymentPattern::Rolling:
        return 2;
    case DeploymentPattern::BigBang:
    case DeploymentPattern::Custom:
        break;
    }
    return 3;
}

// Collects one pattern's assessment: a point for each reason it fits, points off for each
// trade-off that counts against it, and what rules it out.
class Assessor {
public:
    explicit Assessor(DeploymentPattern p) { m_a.pattern = p; }
    void fits(int points, const QString& reason) {
        m_a.score += points;
        m_a.reasons.append(reason);
    }
    // Trade-offs are kept heaviest first, so the first says best why not this pattern.
    void costs(int points, const QString& tradeOff) {
        m_a.score -= points;
        insert(points, tradeOff);
    }
    void rulesOut(const QString& why) {
        m_a.possible = false;
        insert(kRuledOut, why);
    }
    PatternAssessment result() const { return m_a; }

private:
    static constexpr int kRuledOut = 1000;
    void insert(int weight, const QString& text) {
        qsizetype at = 0;
        while (at < m_weights.size() && m_weights[at] >= weight)
            ++at;
        m_weights.insert(at, weight);
        m_a.tradeOffs.insert(at, text);
    }
    PatternAssessment m_a;
    QList<int> m_weights;
};

PatternAssessment blueGreen(const PatternAnswers& a) {
    Assessor x(DeploymentPattern::BlueGreen);
    if (a.behindLoadBalancer == Tri::No)
        x.rulesOut(Text::tr("Blue-green needs a load balancer (or DNS) in front to switch "
                            "traffic from blue to green."));
    else if (a.behindLoadBalancer == Tri::Yes)
        x.fits(2, Text::tr("The load balancer switches all traffic to green in one step."));
    else
        x.costs(0, Text::tr("Assumes a load balancer in front; the guide was not told."));
    if (a.spareCapacity == Tri::No)
        x.rulesOut(Text::tr("Blue-green runs two full environments side by side, and there is "
                            "no spare capacity for the second."));
    else if (a.spareCapacity == Tri::Yes)
        x.fits(2, Text::tr("There is room for a second full environment."));
    else
        x.costs(0, Text::tr("Assumes room for a second full environment; the guide was not told."));
    switch (a.rollbackSpeed) {
    case Speed::Seconds:
        x.fits(3, Text::tr("Rollback is instant: switch back to blue, still running and warm."));
        break;
    case Speed::Minutes:
        x.fits(1, Text::tr("Rollback is a switch back to blue, well within minutes."));
        break;
    case Speed::Hours:
    case Speed::Unknown:
        break;
    }
    if (a.userImpact == Impact::None)
        x.fits(2, Text::tr("Users see no downtime: green is tested before the switch, and the "
                           "switch is atomic."));
    if (a.schemaBackwardCompatible == Tri::No)
        x.costs(1, Text::tr("Blue and green share the database: the schema change must be split "
                            "into expand and contract migrations, the contract in a later "
                            "release."));
    else if (a.schemaBackwardCompatible == Tri::Yes)
        x.fits(1, Text::tr("The schema change is backward compatible, so blue still works on "
                           "the new schema if you switch back."));
    else
        x.costs(0, Text::tr("If the schema change is not backward compatible, it must be split "
                            "into expand and contract migrations; the guide was not told."));
    if (a.stateless == Tri::No)
        x.costs(1, Text::tr("State held by blue (sessions, queues, caches) must be drained or "
                            "shared at the switch."));
    else if (a.stateless == Tri::Yes)
        x.fits(1, Text::tr("A stateless service switches cleanly: nothing is left behind on "
                           "blue."));
    x.costs(0, Text::tr("Costs a second full environment for the window and for as long as "
                        "blue is kept."));
    x.costs(0, Text::tr("Every user moves at once: a fault the smoke tests missed reaches all "
                        "of them until you switch back."));
    return x.result();
}

PatternAssessment canary(const PatternAnswers& a) {
    Assessor x(DeploymentPattern::Canary);
    if (a.behindLoadBalancer == Tri::No)
        x.rulesOut(Text::tr("A canary needs a load balancer (or a service mesh) to send a share "
                            "of the traffic to the new version."));
    else if (a.behindLoadBalancer == Tri::Yes)
        x.fits(2, Text::tr("The load balancer can send 5 %, then 25 % of the traffic to the new "
                           "version."));
    else
        x.costs(0, Text::tr("Assumes a load balancer that can split traffic; the guide was not "
                            "told."));
    if (a.schemaBackwardCompatible == Tri::No)
        x.rulesOut(Text::tr("Old and new versions serve users together for the whole rollout, "
                            "sharing the data: a schema change that is not backward compatible "
                            "breaks the old one."));
    else if (a.schemaBackwardCompatible == Tri::Yes)
        x.fits(1, Text::tr("The schema change is backward compatible, so both versions can "
                           "share the data during the rollout."));
    else
        x.costs(0, Text::tr("Assumes a backward-compatible schema change, since both versions "
                            "share the data; the guide was not told."));
    if (a.stateless == Tri::Yes)
        x.fits(2, Text::tr("A stateless service can take any share of the traffic on any "
                           "instance."));
    else if (a.stateless == Tri::No)
        x.costs(2, Text::tr("A stateful service needs sticky routing, and the state written by "
                            "the canary must be readable by the old version."));
    if (a.spareCapacity == Tri::No)
        x.fits(1, Text::tr("Needs only a few extra instances for the canary, not a second "
                           "environment."));
    switch (a.userImpact) {
    case Impact::Some:
        x.fits(3, Text::tr("A fault reaches only the 5 % of users on the canary, and is caught "
                           "there."));
        break;
    case Impact::None:
        x.fits(1, Text::tr("No downtime; a fault is limited to the canary's share of users."));
        x.costs(0, Text::tr("Some users do meet the new version first: a fault there is "
                            "noticed by them."));
        break;
    case Impact::Tolerated:
        x.fits(1, Text::tr("Real traffic tests the new version before everyone gets it."));
        break;
    case Impact::Unknown:
        break;
    }
    switch (a.rollbackSpeed) {
    case Speed::Seconds:
        x.fits(1, Text::tr("Early on, rollback is taking the canary out of the pool, in "
                           "seconds."));
        x.costs(0, Text::tr("After the 100 % step, rolling back means scaling the old version "
                            "back up: minutes, not seconds."));
        break;
    case Speed::Minutes:
        x.fits(2, Text::tr("Rollback routes the traffic back to the stable version within "
                           "minutes."));
        break;
    case Speed::Hours:
        x.fits(1, Text::tr("Rollback routes the traffic back to the stable version."));
        break;
    case Speed::Unknown:
        break;
    }
    x.costs(0, Text::tr("The rollout takes longer: each stage is observed before the next."));
    x.costs(0, Text::tr("Needs metrics that can compare the canary with the stable version."));
    return x.result();
}

PatternAssessment rolling(const PatternAnswers& a) {
    Assessor x(DeploymentPattern::Rolling);
    if (a.behindLoadBalancer == Tri::No)
        x.rulesOut(Text::tr("A rolling update takes one batch of instances out of a load "
                            "balancer's pool at a time; there is none."));
    else if (a.behindLoadBalancer == Tri::Yes)
        x.fits(1, Text::tr("The load balancer drains each batch before it is updated."));
    else
        x.costs(0, Text::tr("Assumes a load balancer that can drain a batch at a time; the guide "
                            "was not told."));
    if (a.schemaBackwardCompatible == Tri::No)
        x.rulesOut(Text::tr("Old and new versions serve users together until the last batch, "
                            "sharing the data: a schema change that is not backward compatible "
                            "breaks the old one."));
    else if (a.schemaBackwardCompatible == Tri::Yes)
        x.fits(1, Text::tr("The schema change is backward compatible, so updated and old "
                           "batches share the data safely."));
    else
        x.costs(0, Text::tr("Assumes a backward-compatible schema change, since updated and old "
                            "batches share the data; the guide was not told."));
    if (a.stateless == Tri::Yes)
        x.fits(1, Text::tr("Stateless instances can be replaced in any order."));
    else if (a.stateless == Tri::No)
        x.fits(1, Text::tr("Nodes that hold state are updated one batch at a time, each "
                           "catching up before the next."));
    if (a.spareCapacity == Tri::No)
        x.fits(2, Text::tr("Needs no spare capacity: only one batch is out of the pool at a "
                           "time."));
    switch (a.rollbackSpeed) {
    case Speed::Seconds:
        x.costs(2, Text::tr("Rolling back means rolling every updated batch back: minutes to "
                            "hours, not seconds."));
        break;
    case Speed::Minutes:
        x.fits(1, Text::tr("A rollback caught in the first batches takes minutes."));
        break;
    case Speed::Hours:
        x.fits(2, Text::tr("A rollback batch by batch fits the time allowed."));
        break;
    case Speed::Unknown:
        break;
    }
    if (a.userImpact == Impact::None || a.userImpact == Impact::Some)
        x.fits(1, Text::tr("No downtime: the service stays up while each batch is updated."));
    else if (a.userImpact == Impact::Tolerated)
        x.fits(1, Text::tr("Users may notice reduced capacity for a while, which is tolerated."));
    x.costs(0, Text::tr("Two versions serve users at the same time during the rollout."));
    x.costs(0, Text::tr("Capacity drops by one batch while it is out of the pool."));
    return x.result();
}

PatternAssessment bigBang(const PatternAnswers& a) {
    Assessor x(DeploymentPattern::BigBang);
    if (a.stateless == Tri::No)
        x.fits(2, Text::tr("A stateful service is simplest to change while stopped: no two "
                           "versions write the same state."));
    if (a.schemaBackwardCompatible == Tri::No)
        x.fits(2, Text::tr("With the service stopped, no old version reads the new schema: a "
                           "change that is not backward compatible is safe."));
    if (a.behindLoadBalancer == Tri::No)
        x.fits(2, Text::tr("Needs no load balancer."));
    if (a.spareCapacity == Tri::No)
        x.fits(1, Text::tr("Needs no spare capacity."));
    switch (a.rollbackSpeed) {
    case Speed::Seconds:
        x.costs(3, Text::tr("A rollback restores the backup and redeploys the old version: far "
                            "from seconds."));
        break;
    case Speed::Minutes:
        x.costs(1, Text::tr("A rollback restores the backup and redeploys the old version, "
                            "which may take longer than minutes."));
        break;
    case Speed::Hours:
        x.fits(1, Text::tr("A rollback by restore and redeploy fits the time allowed."));
        break;
    case Speed::Unknown:
        break;
    }
    switch (a.userImpact) {
    case Impact::Tolerated:
        x.fits(2, Text::tr("Downtime during the window is tolerated."));
        break;
    case Impact::Some:
        x.costs(1, Text::tr("Users lose the service for the whole deployment, more than some "
                            "impact."));
        break;
    case Impact::None:
        // Ruled out unless nothing else is possible; recommendPattern decides.
        x.costs(5, Text::tr("Users lose the service for the whole deployment, and they were "
                            "not to notice anything."));
        break;
    case Impact::Unknown:
        break;
    }
    x.costs(0, Text::tr("Users see downtime for the whole deployment."));
    x.costs(0, Text::tr("Everything changes at once: a fault reaches everyone, and rollback is "
                        "the slowest of the four."));
    return x.result();
}

} // namespace

QJsonObject PatternAnswers::toJson() const {
    return QJsonObject{
        {kStateless, triKey(stateless)},
        {kLoadBalancer, triKey(behindLoadBalancer)},
        {kSchema, triKey(schemaBackwardCompatible)},
        {kSpare, triKey(spareCapacity)},
        {kSpeed, speedKey(rollbackSpeed)},
        {kImpact, impactKey(userImpact)},
    };
}

PatternAnswers PatternAnswers::fromJson(const QJsonObject& o) {
    PatternAnswers a;
    a.stateless = triFrom(o.value(kStateless));
    a.behindLoadBalancer = triFrom(o.value(kLoadBalancer));
    a.schemaBackwardCompatible = triFrom(o.value(kSchema));
    a.spareCapacity = triFrom(o.value(kSpare));
    const QString speed = o.value(kSpeed).toString().trimmed().toLower();
    for (Speed s : {Speed::Seconds, Speed::Minutes, Speed::Hours})
        if (speedKey(s) == speed)
            a.rollbackSpeed = s;
    const QString impact = o.value(kImpact).toString().trimmed().toLower();
    for (Impact i : {Impact::None, Impact::Some, Impact::Tolerated})
        if (impactKey(i) == impact)
            a.userImpact = i;
    return a;
}

PatternRecommendation recommendPattern(const PatternAnswers& a) {
    PatternRecommendation r;
    r.unanswered = int(a.stateless == Tri::Unknown) + int(a.behindLoadBalancer == Tri::Unknown) +
                   int(a.schemaBackwardCompatible == Tri::Unknown) +
                   int(a.spareCapacity == Tri::Unknown) + int(a.rollbackSpeed == Speed::Unknown) +
                   int(a.userImpact == Impact::Unknown);
    r.assessments = {blueGreen(a), canary(a), rolling(a), bigBang(a)};
    // No user impact rules big bang out, unless nothing else is possible.
    const bool otherPossible = std::any_of(r.assessments.cbegin(), r.assessments.cend() - 1,
                                           [](const PatternAssessment& p) { return p.possible; });
    PatternAssessment& bb = r.assessments.last();
    if (a.userImpact == Impact::None) {
        if (!otherPossible)
            bb.reasons.prepend(Text::tr("The only pattern these answers leave: plan the "
                                        "downtime with the users."));
        bb.possible = !otherPossible;
    }
    std::stable_sort(r.assessments.begin(), r.assessments.end(),
                     [](const PatternAssessment& x, const PatternAssessment& y) {
                         if (x.possible != y.possible)
                             return x.possible;
                         if (x.score != y.score)
                             return x.score > y.score;
                         return rollbackCost(x.pattern) < rollbackCost(y.pattern);
                     });
    r.recommended = r.assessments.first().pattern;
    return r;
}

QString PatternRecommendation::rationale() const {
    if (assessments.isEmpty())
        return {};
    const PatternAssessment& best = assessments.first();
    QStringList parts;
    parts.append(Text::tr("%1 is recommended.").arg(displayName(best.pattern)));
    if (!best.reasons.isEmpty())
        parts.append(best.reasons.join(QLatin1Char(' ')));
    if (!best.tradeOffs.isEmpty())
        parts.append(Text::tr("Its costs: %1").arg(best.tradeOffs.join(QLatin1Char(' '))));
    for (int i = 1; i < assessments.size(); ++i) {
        const PatternAssessment& other = assessments[i];
        const QString why = other.tradeOffs.value(0);
        if (!other.possible)
            parts.append(Text::tr("%1 is ruled out: %2").arg(displayName(other.pattern), why));
        else if (why.isEmpty())
            parts.append(Text::tr("%1 fits less well.").arg(displayName(other.pattern)));
        else
            parts.append(Text::tr("%1 fits less well: %2").arg(displayName(other.pattern), why));
    }
    if (unanswered > 0)
        parts.append(Text::tr("%n question(s) were left unanswered, so the recommendation is "
                              "less certain.",
                              nullptr, unanswered));
    return parts.join(QLatin1Char(' '));
}

} // namespace slipway
