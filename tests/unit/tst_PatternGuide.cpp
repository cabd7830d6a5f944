// SPDX-License-Identifier: GPL-3.0-or-later
// The deployment-pattern guide as a table of answers and what it recommends, what each answer
// rules out, ties, the rationale, and the answers' JSON.
#include "rules/PatternGuide.h"

#include <QJsonDocument>
#include <QTest>

using namespace slipway;

namespace {

using Tri = PatternAnswers::Tri;
using Speed = PatternAnswers::Speed;
using Impact = PatternAnswers::Impact;

PatternAnswers answers(Tri stateless, Tri lb, Tri schemaOk, Tri spare, Speed speed, Impact impact) {
    PatternAnswers a;
    a.stateless = stateless;
    a.behindLoadBalancer = lb;
    a.schemaBackwardCompatible = schemaOk;
    a.spareCapacity = spare;
    a.rollbackSpeed = speed;
    a.userImpact = impact;
    return a;
}

const PatternAssessment& of(const PatternRecommendation& r, DeploymentPattern p) {
    for (const PatternAssessment& a : r.assessments)
        if (a.pattern == p)
            return a;
    QTest::qFail("pattern not assessed", __FILE__, __LINE__);
    return r.assessments.first();
}

} // namespace

Q_DECLARE_METATYPE(slipway::PatternAnswers)
Q_DECLARE_METATYPE(slipway::DeploymentPattern)

class TestPatternGuide : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recommends_data() {
        QTest::addColumn<PatternAnswers>("answers");
        QTest::addColumn<DeploymentPattern>("expected");
        QTest::addColumn<QString>("ruledOut"); // pattern keys ruled out, comma-separated

        const Tri Y = Tri::Yes, N = Tri::No, U = Tri::Unknown;
        // clang-format off
        QTest::newRow("stateless web tier, instant rollback, no impact")
            << answers(Y, Y, Y, Y, Speed::Seconds, Impact::None)
            << DeploymentPattern::BlueGreen << QStringLiteral("big_bang");
        QTest::newRow("stateless, no spare capacity, some impact")
            << answers(Y, Y, Y, N, Speed::Minutes, Impact::Some)
            << DeploymentPattern::Canary << QStringLiteral("blue_green");
        QTest::newRow("stateless, spare capacity, some impact, minutes")
            << answers(Y, Y, Y, Y, Speed::Minutes, Impact::Some)
            << DeploymentPattern::Canary << QString();
        QTest::newRow("stateful cluster, no spare, hours, tolerated")
            << answers(N, Y, Y, N, Speed::Hours, Impact::Tolerated)
            << DeploymentPattern::Rolling << QStringLiteral("blue_green");
        QTest::newRow("stateless fleet, no spare, hours, no impact")
            << answers(Y, Y, Y, N, Speed::Hours, Impact::None)
            << DeploymentPattern::Canary << QStringLiteral("blue_green,big_bang");
        QTest::newRow("single stateful server, breaking schema")
            << answers(N, N, N, N, Speed::Hours, Impact::Tolerated)
            << DeploymentPattern::BigBang << QStringLiteral("blue_green,canary,rolling");
        QTest::newRow("breaking schema behind a balancer with room")
            << answers(Y, Y, N, Y, Speed::Seconds, Impact::None)
            << DeploymentPattern::BlueGreen << QStringLiteral("canary,rolling,big_bang");
        QTest::newRow("breaking schema, no room, downtime tolerated")
            << answers(Y, Y, N, N, Speed::Minutes, Impact::Tolerated)
            << DeploymentPattern::BigBang << QStringLiteral("blue_green,canary,rolling");
        QTest::newRow("no balancer, no impact: big bang is all that is left")
            << answers(Y, N, Y, Y, Speed::Seconds, Impact::None)
            << DeploymentPattern::BigBang << QStringLiteral("blue_green,canary,rolling");
        QTest::newRow("nothing answered: tie to the cheapest rollback")
            << answers(U, U, U, U, Speed::Unknown, Impact::Unknown)
            << DeploymentPattern::BlueGreen << QString();
        QTest::newRow("only the speed: seconds")
            << answers(U, U, U, U, Speed::Seconds, Impact::Unknown)
            << DeploymentPattern::BlueGreen << QString();
        QTest::newRow("only the impact: some")
            << answers(U, U, U, U, Speed::Unknown, Impact::Some)
            << DeploymentPattern::Canary << QString();
        QTest::newRow("stateful, downtime tolerated, hours")
            << answers(N, U, U, U, Speed::Hours, Impact::Tolerated)
            << DeploymentPattern::BigBang << QString();
        // clang-format on
    }

    void recommends() {
        QFETCH(PatternAnswers, answers);
        QFETCH(DeploymentPattern, expected);
        QFETCH(QString, ruledOut);

        const PatternRecommendation r = recommendPattern(answers);
        QCOMPARE(toKey(r.recommended), toKey(expected));
        QCOMPARE(r.assessments.size(), 4);
        QCOMPARE(r.assessments.first().pattern, r.recommended);
        QVERIFY(r.assessments.first().possible);
        QVERIFY(!r.assessments.first().reasons.isEmpty() || r.unanswered > 0);

        QStringList impossible;
        for (DeploymentPattern p : allDeploymentPatterns()) {
            const PatternAssessment& a = of(r, p);
            if (!a.possible) {
                impossible.append(toKey(p));
                // Its first trade-off says what rules it out.
                QVERIFY(!a.tradeOffs.isEmpty());
            }
            QVERIFY2(!a.tradeOffs.isEmpty(), qPrintable(toKey(p))); // every pattern costs
        }
        QStringList expectedOut =
            ruledOut.isEmpty() ? QStringList() : ruledOut.split(QLatin1Char(','));
        std::sort(impossible.begin(), impossible.end());
        std::sort(expectedOut.begin(), expectedOut.end());
        QCOMPARE(impossible, expectedOut);

        // Possible ones before ruled-out ones, then best first.
        for (int i = 1; i < r.assessments.size(); ++i) {
            const auto& prev = r.assessments[i - 1];
            const auto& cur = r.assessments[i];
            QVERIFY(prev.possible >= cur.possible);
            if (prev.possible == cur.possible)
                QVERIFY(prev.score >= cur.score);
        }

        const QString text = r.rationale();
        QVERIFY(text.startsWith(displayName(r.recommended)));
        for (DeploymentPattern p : allDeploymentPatterns())
            QVERIFY2(text.contains(displayName(p)), qPrintable(text));
        QVERIFY(!text.contains(u'\n'));
    }

    void everyPatternIsReachable() {
        QSet<QString> seen;
        const QList<Tri> tri{Tri::Yes, Tri::No};
        for (Tri stateless : tri)
            for (Tri lb : tri)
                for (Tri schema : tri)
                    for (Tri spare : tri)
                        for (Speed speed : {Speed::Seconds, Speed::Minutes, Speed::Hours})
                            for (Impact impact : {Impact::None, Impact::Some, Impact::Tolerated}) {
                                const auto r = recommendPattern(
                                    answers(stateless, lb, schema, spare, speed, impact));
                                seen.insert(toKey(r.recommended));
                                // Whatever the answers, the pick has reasons and is possible.
                                QVERIFY(!r.assessments.first().reasons.isEmpty());
                                QVERIFY(r.assessments.first().possible);
                                QCOMPARE(r.unanswered, 0);
                            }
        QCOMPARE(seen.size(), 4);
    }

    void ruleOutReasonsSayWhy() {
        const auto r = recommendPattern(
            answers(Tri::Yes, Tri::No, Tri::No, Tri::No, Speed::Minutes, Impact::Tolerated));
        QVERIFY(of(r, DeploymentPattern::Canary)
                    .tradeOffs.first()
                    .contains(QStringLiteral("load balancer")));
        QVERIFY(of(r, DeploymentPattern::Rolling)
                    .tradeOffs.first()
                    .contains(QStringLiteral("load balancer")));
        const auto schema = recommendPattern(
            answers(Tri::Yes, Tri::Yes, Tri::No, Tri::Yes, Speed::Minutes, Impact::Some));
        QVERIFY(of(schema, DeploymentPattern::Canary)
                    .tradeOffs.first()
                    .contains(QStringLiteral("schema")));
        QVERIFY(of(schema, DeploymentPattern::BlueGreen).possible);
        bool expandContract = false;
        for (const QString& t : of(schema, DeploymentPattern::BlueGreen).tradeOffs)
            expandContract = expandContract || t.contains(QStringLiteral("expand and contract"));
        QVERIFY(expandContract);
        const auto noRoom = recommendPattern(
            answers(Tri::Yes, Tri::Yes, Tri::Yes, Tri::No, Speed::Seconds, Impact::Some));
        QVERIFY(of(noRoom, DeploymentPattern::BlueGreen)
                    .tradeOffs.first()
                    .contains(QStringLiteral("spare capacity")));
    }

    void unansweredLowersCertainty() {
        PatternAnswers a;
        a.behindLoadBalancer = Tri::Yes;
        const auto r = recommendPattern(a);
        QCOMPARE(r.unanswered, 5);
        QVERIFY(r.rationale().contains(QStringLiteral("5 question")));
        const auto full = recommendPattern(
            answers(Tri::Yes, Tri::Yes, Tri::Yes, Tri::Yes, Speed::Seconds, Impact::None));
        QVERIFY(!full.rationale().contains(QStringLiteral("unanswered")));
    }

    void deterministic() {
        const auto a =
            answers(Tri::No, Tri::Yes, Tri::Unknown, Tri::No, Speed::Minutes, Impact::Some);
        QCOMPARE(recommendPattern(a).rationale(), recommendPattern(a).rationale());
    }

    void jsonRoundTrip() {
        const auto a =
            answers(Tri::No, Tri::Yes, Tri::Unknown, Tri::No, Speed::Minutes, Impact::Tolerated);
        const QJsonObject o = a.toJson();
        QCOMPARE(o.value(QStringLiteral("stateless")).toString(), QStringLiteral("no"));
        QCOMPARE(o.value(QStringLiteral("behind_load_balancer")).toString(), QStringLiteral("yes"));
        QCOMPARE(o.value(QStringLiteral("schema_backward_compatible")).toString(),
                 QStringLiteral("unknown"));
        QCOMPARE(o.value(QStringLiteral("spare_capacity")).toString(), QStringLiteral("no"));
        QCOMPARE(o.value(QStringLiteral("rollback_speed")).toString(), QStringLiteral("minutes"));
        QCOMPARE(o.value(QStringLiteral("user_impact")).toString(), QStringLiteral("tolerated"));
        // Through text, as runbooks.guide_answers keeps it.
        const QJsonObject back =
            QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
        const PatternAnswers b = PatternAnswers::fromJson(back);
        QCOMPARE(b.toJson(), o);
        QCOMPARE(recommendPattern(b).rationale(), recommendPattern(a).rationale());
    }

    void jsonToleratesWhatItDoesNotKnow() {
        const QJsonObject o{{QStringLiteral("stateless"), true},
                            {QStringLiteral("spare_capacity"), false},
                            {QStringLiteral("rollback_speed"), QStringLiteral("fortnight")},
                            {QStringLiteral("user_impact"), QStringLiteral("Some")},
                            {QStringLiteral("colour"), QStringLiteral("blue")}};
        const PatternAnswers a = PatternAnswers::fromJson(o);
        QCOMPARE(a.stateless, Tri::Yes);
        QCOMPARE(a.spareCapacity, Tri::No);
        QCOMPARE(a.behindLoadBalancer, Tri::Unknown);
        QCOMPARE(a.rollbackSpeed, Speed::Unknown);
        QCOMPARE(a.userImpact, Impact::Some);
        QCOMPARE(PatternAnswers::fromJson({}).toJson(), PatternAnswers().toJson());
    }
};

QTEST_GUILESS_MAIN(TestPatternGuide)
#include "tst_PatternGuide.moc"
