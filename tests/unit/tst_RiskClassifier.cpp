// SPDX-License-Identifier: GPL-3.0-or-later
// The risk classifier's table of cases: score, level, suggested type, rigour and drivers.
#include "rules/RiskClassifier.h"

#include <QTest>

using namespace slipway;

Q_DECLARE_METATYPE(slipway::RiskAnswers)

namespace {

RiskAnswers answers(UsersAffected users, int services, DataMigration data,
                    RollbackComplexity rollback, RegulatoryExposure regulatory, int windowMinutes,
                    Novelty novelty, bool urgent = false) {
    RiskAnswers a;
    a.users = users;
    a.servicesAffected = services;
    a.dataMigration = data;
    a.rollback = rollback;
    a.regulatory = regulatory;
    a.windowMinutes = windowMinutes;
    a.novelty = novelty;
    a.urgent = urgent;
    return a;
}

QStringList list(const char* names) {
    return QString::fromLatin1(names).split(u',', Qt::SkipEmptyParts);
}

} // namespace

class tst_RiskClassifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classify_data() {
        QTest::addColumn<RiskAnswers>("answers");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("gates");
        QTest::addColumn<QStringList>("approvals");
        QTest::addColumn<int>("noticeDays");
        QTest::addColumn<QString>("topDriver");

        using U = UsersAffected;
        using D = DataMigration;
        using R = RollbackComplexity;
        using G = RegulatoryExposure;
        using N = Novelty;
        QTest::newRow("nothing at stake")
            << answers(U::None, 1, D::None, R::Redeploy, G::None, 60, N::Routine) << 0 << "low"
            << "patch" << list("development-complete,qa") << list("release_manager") << 1 << "";
        QTest::newRow("small fix for one team")
            << answers(U::Team, 1, D::None, R::Redeploy, G::None, 30, N::Familiar) << 8 << "low"
            << "patch" << list("development-complete,qa") << list("release_manager") << 1
            << "users";
        QTest::newRow("score 19 stays low")
            << answers(U::BusinessUnit, 1, D::Additive, R::Redeploy, G::None, 60, N::Familiar) << 19
            << "low"
            << "patch" << list("development-complete,qa") << list("release_manager") << 1
            << "users";
        QTest::newRow("score 20 is medium")
            << answers(U::Team, 4, D::None, R::Redeploy, G::None, 60, N::New) << 20 << "medium"
            << "minor" << list("development-complete,qa,staging")
            << list("release_manager,service_owner") << 3 << "services";
        QTest::newRow("feature release for a business unit")
            << answers(U::BusinessUnit, 3, D::Additive, R::Scripted, G::None, 120, N::Familiar)
            << 31 << "medium"
            << "minor" << list("development-complete,qa,staging")
            << list("release_manager,service_owner") << 3 << "users";
        QTest::newRow("score 45 is high")
            << answers(U::AllCustomers, 1, D::None, R::Manual, G::None, 120, N::Untried) << 45
            << "high"
            << "major" << list("development-complete,qa,security,staging,cab")
            << list("release_manager,service_owner,cab") << 5 << "users";
        QTest::newRow("customer-wide platform change")
            << answers(U::AllCustomers, 5, D::Transforming, R::Manual, G::InternalControls, 300,
                       N::New)
            << 67 << "high"
            << "major" << list("development-complete,qa,security,staging,cab")
            << list("release_manager,service_owner,cab") << 5 << "users";
        QTest::newRow("score 70 is critical")
            << answers(U::AllCustomers, 10, D::Transforming, R::Manual, G::Regulated, 13 * 60,
                       N::Routine)
            << 70 << "critical"
            << "major" << list("development-complete,qa,security,staging,cab")
            << list("release_manager,service_owner,security,cab") << 10 << "users";
        QTest::newRow("everything at stake")
            << answers(U::AllCustomers, 12, D::Irreversible, R::Impossible, G::Reportable, 900,
                       N::Untried)
            << 100 << "critical"
            << "major" << list("development-complete,qa,security,staging,cab")
            << list("release_manager,service_owner,security,cab") << 10 << "rollback";
        QTest::newRow("irreversible migration lifts a low score to high")
            << answers(U::Team, 1, D::Irreversible, R::Redeploy, G::None, 60, N::Routine) << 22
            << "high"
            << "major" << list("development-complete,qa,security,staging,cab")
            << list("release_manager,service_owner,cab") << 5 << "data_migration";
        QTest::newRow("no rollback lifts to high")
            << answers(U::None, 1, D::None, R::Impossible, G::None, 60, N::Routine) << 20 << "high"
            << "major" << list("development-complete,qa,security,staging,cab")
            << list("release_manager,service_owner,cab") << 5 << "rollback";
        QTest::newRow("regulated scope is at least medium and needs security")
            << answers(U::None, 1, D::None, R::Redeploy, G::Regulated, 60, N::Routine) << 9
            << "medium"
            << "minor" << list("development-complete,qa,security,staging")
            << list("release_manager,service_owner,security") << 3 << "regulatory";
        QTest::newRow("urgent small fix is an emergency")
            << answers(U::Team, 1, D::None, R::Redeploy, G::None, 30, N::Routine, true) << 4
            << "low"
            << "emergency" << list("development-complete,qa,cab") << list("release_manager,cab")
            << 0 << "urgent";
        QTest::newRow("urgent risky fix keeps staging")
            << answers(U::AllCustomers, 1, D::Transforming, R::Scripted, G::None, 60, N::Routine,
                       true)
            << 36 << "medium"
            << "emergency" << list("development-complete,qa,staging,cab")
            << list("release_manager,service_owner,cab") << 0 << "urgent";
        QTest::newRow("zero services and a one-minute window add nothing")
            << answers(U::None, 0, D::None, R::Redeploy, G::None, 1, N::Routine) << 0 << "low"
            << "patch" << list("development-complete,qa") << list("release_manager") << 1 << "";
    }

    void classify() {
        QFETCH(RiskAnswers, answers);
        QFETCH(int, score);
        QFETCH(QString, level);
        QFETCH(QString, type);
        QFETCH(QStringList, gates);
        QFETCH(QStringList, approvals);
        QFETCH(int, noticeDays);
        QFETCH(QString, topDriver);

        const RiskAssessmentResult r = RiskClassifier::classify(answers);
        QCOMPARE(r.score, score);
        QCOMPARE(toKey(r.level), level);
        QCOMPARE(toKey(r.suggestedType), type);
        QCOMPARE(r.rigour.gates, gates);
        QCOMPARE(r.rigour.approvals, approvals);
        QCOMPARE(r.rigour.minimumNoticeDays, noticeDays);
        QCOMPARE(r.rigour.rollbackRehearsal, r.level >= RiskLevel::High);
        QCOMPARE(r.drivers.isEmpty() ? QString() : r.drivers.first().question, topDriver);

        // The drivers explain the score: their points add up to it, largest first.
        int sum = 0;
        int previous = RiskClassifier::kMaxScore;
        for (const RiskDriver& d : r.drivers) {
            QVERIFY2(d.points > 0 || d.floor || d.question == u"urgent", qPrintable(d.question));
            QVERIFY(!d.explanation.isEmpty());
            if (d.question != u"urgent") {
                QVERIFY(d.points <= previous);
                previous = d.points;
            }
            sum += d.points;
        }
        QCOMPARE(sum, r.score);
        // Same answers, same result.
        QCOMPARE(RiskClassifier::classify(answers).score, r.score);
    }

    void floorsAreNamedInTheDriver() {
        RiskAnswers a;
        a.dataMigration = DataMigration::Irreversible;
        const auto r = RiskClassifier::classify(a);
        QCOMPARE(r.drivers.size(), 1);
        QCOMPARE(r.drivers.first().answer, u"irreversible"_qs);
        QVERIFY(r.drivers.first().floor == RiskLevel::High);
        QVERIFY(r.drivers.first().explanation.contains(u"high"_qs));
    }

    void keysRoundTrip() {
        for (auto v : {UsersAffected::None, UsersAffected::Team, UsersAffected::BusinessUnit,
                       UsersAffected::AllCustomers})
            QVERIFY(usersAffectedFromKey(toKey(v)) == v);
        for (auto v : {DataMigration::None, DataMigration::Additive, DataMigration::Transforming,
                       DataMigration::Irreversible})
            QVERIFY(dataMigrationFromKey(toKey(v)) == v);
        for (auto v : {RollbackComplexity::Redeploy, RollbackComplexity::Scripted,
                       RollbackComplexity::Manual, RollbackComplexity::Impossible})
            QVERIFY(rollbackComplexityFromKey(toKey(v)) == v);
        for (auto v : {RegulatoryExposure::None, RegulatoryExposure::InternalControls,
                       RegulatoryExposure::Regulated, RegulatoryExposure::Reportable})
            QVERIFY(regulatoryExposureFromKey(toKey(v)) == v);
        for (auto v : {Novelty::Routine, Novelty::Familiar, Novelty::New, Novelty::Untried})
            QVERIFY(noveltyFromKey(toKey(v)) == v);
        for (auto v : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High, RiskLevel::Critical})
            QVERIFY(riskLevelFromKey(toKey(v)) == v);
        QVERIFY(!usersAffectedFromKey(u"everyone"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_RiskClassifier)
#include "tst_RiskClassifier.moc"
