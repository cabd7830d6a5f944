// SPDX-License-Identifier: GPL-3.0-or-later
// Which incidents a release caused, as far as timing and names can tell: opened in the 72
// hours after its production deployment on one of its services or configuration items, and
// whether each is a new pattern against the 30 days before.
#include "rules/IncidentCorrelation.h"

#include <QDateTime>
#include <QTest>

using namespace slipway;

namespace {

const qint64 kDeployed =
    QDateTime::fromString(u"2026-11-01T10:00:00Z"_qs, Qt::ISODate).toSecsSinceEpoch();

Incident incident(const QString& number, qint64 openedAt, const QString& service,
                  const QString& configItem = {}, const QString& category = {}) {
    Incident i;
    i.number = number;
    i.openedAt = openedAt;
    i.service = service;
    i.configItem = configItem;
    i.category = category;
    return i;
}

CorrelationTarget target() {
    return CorrelationTarget{42, kDeployed, {u"Payments API"_qs, u"pay-db-01"_qs}};
}

QStringList numbers(const QList<CorrelatedIncident>& list) {
    QStringList out;
    for (const CorrelatedIncident& c : list)
        out << c.incident.number;
    return out;
}

} // namespace

class TestIncidentCorrelation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void window() {
        const QList<Incident> all{
            incident(u"INC-BEFORE"_qs, kDeployed - 1, u"Payments API"_qs),
            incident(u"INC-AT"_qs, kDeployed, u"Payments API"_qs),
            incident(u"INC-LAST"_qs, kDeployed + 72 * 3600 - 1, u"Payments API"_qs),
            incident(u"INC-AFTER"_qs, kDeployed + 72 * 3600, u"Payments API"_qs),
        };
        QCOMPARE(numbers(correlate(target(), all)), (QStringList{u"INC-AT"_qs, u"INC-LAST"_qs}));
        // A shorter window asked for.
        QCOMPARE(numbers(correlate(target(), all, 24)), QStringList{u"INC-AT"_qs});
        // Not deployed: nothing correlates.
        CorrelationTarget none = target();
        none.deployedAt = 0;
        QVERIFY(correlate(none, all).isEmpty());
    }

    void matching() {
        const QList<Incident> all{
            incident(u"INC1"_qs, kDeployed + 3600, u"  payments api "_qs),
            incident(u"INC2"_qs, kDeployed + 7200, u"Checkout Web"_qs, u"PAY-DB-01"_qs),
            incident(u"INC3"_qs, kDeployed + 1800, u"Checkout Web"_qs, u"web-01"_qs),
            incident(u"INC4"_qs, kDeployed + 5400, QString(), QString()),
        };
        const QList<CorrelatedIncident> found = correlate(target(), all);
        QCOMPARE(numbers(found), (QStringList{u"INC1"_qs, u"INC2"_qs}));
        QCOMPARE(found[0].matchedOn, u"service payments api"_qs);
        QCOMPARE(found[0].releaseId, qint64(42));
        QCOMPARE(found[0].hoursAfterDeployment, qint64(1));
        QCOMPARE(found[1].matchedOn, u"configuration item PAY-DB-01"_qs);
        QCOMPARE(found[1].hoursAfterDeployment, qint64(2));
    }

    void sortedByOpening() {
        const QList<Incident> all{
            incident(u"INC9"_qs, kDeployed + 9000, u"Payments API"_qs),
            incident(u"INC8"_qs, kDeployed + 100, u"Payments API"_qs),
            incident(u"INC7"_qs, kDeployed + 9000, u"Payments API"_qs),
        };
        QCOMPARE(numbers(correlate(target(), all)),
                 (QStringList{u"INC8"_qs, u"INC7"_qs, u"INC9"_qs}));
    }

    // New pattern: a category or configuration item no incident of any service had in the 30
    // days before the deployment.
    void newPattern() {
        const qint64 day = 86400;
        const QList<Incident> all{
            // Seen before, on another service: not new.
            incident(u"OLD1"_qs, kDeployed - 3 * day, u"Checkout Web"_qs, u"web-01"_qs,
                     u"Network"_qs),
            incident(u"OLD2"_qs, kDeployed - 29 * day, u"Payments API"_qs, u"pay-db-01"_qs,
                     u"Database"_qs),
            // Older than 30 days: does not count as seen.
            incident(u"OLD3"_qs, kDeployed - 31 * day, u"Payments API"_qs, u"pay-app-02"_qs,
                     u"Capacity"_qs),
            incident(u"NEW0"_qs, kDeployed + 600, u"Payments API"_qs, u"web-01"_qs, u"network"_qs),
            incident(u"NEW1"_qs, kDeployed + 1200, u"Payments API"_qs, u"pay-db-01"_qs,
                     u"Capacity"_qs),
            incident(u"NEW2"_qs, kDeployed + 1800, u"Payments API"_qs, u"pay-cache"_qs,
                     u"Database"_qs),
            incident(u"NEW3"_qs, kDeployed + 2400, u"Payments API"_qs),
            incident(u"NEW4"_qs, kDeployed + 3000, u"Payments API"_qs, u"pay-db-01"_qs,
                     u"Capacity"_qs),
        };
        const QList<CorrelatedIncident> found = correlate(target(), all);
        QCOMPARE(numbers(found),
                 (QStringList{u"NEW0"_qs, u"NEW1"_qs, u"NEW2"_qs, u"NEW3"_qs, u"NEW4"_qs}));
        QVERIFY(!found[0].newPattern); // both seen (case does not matter)
        QVERIFY(found[0].newPatternReason.isEmpty());
        QVERIFY(found[1].newPattern);
        QCOMPARE(found[1].newPatternReason,
                 u"category “Capacity” not seen in the 30 days before"_qs);
        QVERIFY(found[2].newPattern);
        QCOMPARE(found[2].newPatternReason,
                 u"configuration item “pay-cache” not seen in the 30 days before"_qs);
        QVERIFY(!found[3].newPattern); // nothing to judge by
        // An incident inside the window does not make a later one of its kind old.
        QVERIFY(found[4].newPattern);
        QCOMPARE(found[4].newPatternReason, found[1].newPatternReason);
    }

    // A category or item holding a placeholder is named as it is, not filled in.
    void placeholderInNames() {
        const QList<Incident> all{incident(u"INC1"_qs, kDeployed + 60, u"Payments API"_qs,
                                           u"db-%1"_qs, u"Disk %1 %2"_qs)};
        const QList<CorrelatedIncident> found = correlate(target(), all);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].newPatternReason,
                 u"category “Disk %1 %2” not seen in the 30 days before; configuration item "
                 "“db-%1” not seen in the 30 days before"_qs);
    }

    void noNames() {
        const QList<Incident> all{incident(u"INC1"_qs, kDeployed + 60, u"Payments API"_qs)};
        CorrelationTarget t = target();
        t.names = {u"  "_qs};
        QVERIFY(correlate(t, all).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIncidentCorrelation)
#include "tst_IncidentCorrelation.moc"
