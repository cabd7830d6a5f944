// SPDX-License-Identifier: GPL-3.0-or-later
// What runs where through the binary, on the demo: `env matrix` as a table and as JSON with
// its drift and pins, `component pin|unpin|pins` (a constraint that does not read: exit 2,
// one line, the file byte for byte as it was; a role that may not: exit 1), `check` listing
// drift and unmet pins as warnings that leave its exit code alone, and an SBOM's version
// ranges becoming pins on import.
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

QJsonObject jsonOf(const Run& run) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        helperFailed(u"not a JSON object: "_qs + error.errorString() + u"\n"_qs + run.outText());
    return doc.object();
}

// The matrix row labelled `component` in `env matrix --json`.
QJsonObject rowOf(const QJsonObject& matrix, const QString& component) {
    for (const QJsonValue& v : matrix.value(u"components"_qs).toArray()) {
        if (v.toObject().value(u"component"_qs).toString() == component)
            return v.toObject();
    }
    helperFailed(u"no row "_qs + component);
    return {};
}

QStringList strings(const QJsonValue& array) {
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out << v.toString();
    return out;
}

Run as(const QByteArray& login, const QStringList& args) {
    const QByteArray before = qgetenv("SLIPWAY_TEST_USER");
    qputenv("SLIPWAY_TEST_USER", login);
    Run run = runSlipway(args);
    qputenv("SLIPWAY_TEST_USER", before);
    return run;
}

} // namespace

class tst_EnvCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    QString copyOfDemo() { return copyFile(m_demo, m_dir, u"copy-%1.slipway"_qs.arg(++m_copies)); }

    // The release Payments API runs in production, as its id.
    QString paymentsInProduction(const QString& path) {
        const QJsonObject matrix =
            jsonOf(runSlipway({u"env"_qs, u"matrix"_qs, u"--db"_qs, path, u"--json"_qs}));
        const QJsonArray placements = rowOf(matrix, u"Payments API"_qs)
                                          .value(u"environments"_qs)
                                          .toObject()
                                          .value(u"Production"_qs)
                                          .toObject()
                                          .value(u"placements"_qs)
                                          .toArray();
        if (placements.isEmpty())
            helperFailed(u"Payments API runs nothing in Production"_qs);
        return QString::number(placements.first().toObject().value(u"release_id"_qs).toInteger());
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void matrixAsTable() {
        const Run run = runSlipway({u"env"_qs, u"matrix"_qs, u"--db"_qs, m_demo});
        QCOMPARE(run.exitCode, 0);
        const QString text = run.outText();
        const QStringList lines = text.split(u'\n');
        const auto line = [&](const QString& start) {
            for (const QString& l : lines) {
                if (l.startsWith(start + u' '))
                    return l.simplified();
            }
            return QString();
        };
        QVERIFY2(line(u"Component"_qs).endsWith(u"Staging Production"_qs), qPrintable(text));
        // Staging ahead, nothing planned brings it: both cells marked; production unverified.
        QCOMPARE(line(u"jackson-databind"_qs), u"jackson-databind — — 2.17.1 * 2.15.2 *!"_qs);
        // A planned release brings staging's version: apart, but no drift mark.
        QVERIFY2(line(u"netty-handler"_qs).startsWith(u"netty-handler — — 4.1.108 4.1.100"_qs),
                 qPrintable(text));
        QVERIFY(text.contains(u"  warning: jackson-databind: staging runs 2.17.1, production "
                              "runs 2.15.2, and no planned release carries 2.17.1\n"_qs));
        QVERIFY(!text.contains(u"warning: netty-handler"_qs));
        QVERIFY(text.contains(u"never verified"_qs));
        QVERIFY2(text.contains(u"needs Identity Provider ^4.0.0, but Production runs 3.10.0"_qs),
                 qPrintable(text));

        // One environment: a line per component with its release and since when.
        const Run one = runSlipway(
            {u"env"_qs, u"matrix"_qs, u"--db"_qs, m_demo, u"--environment"_qs, u"staging"_qs});
        QCOMPARE(one.exitCode, 0);
        QVERIFY2(one.outText().contains(u"in 1 environment(s)"_qs), qPrintable(one.outText()));
        QVERIFY(one.outText().contains(u"since 20"_qs));
        QVERIFY(!one.outText().contains(u"Production runs"_qs));

        const Run unknown = runSlipway(
            {u"env"_qs, u"matrix"_qs, u"--db"_qs, m_demo, u"--environment"_qs, u"Moon"_qs});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errText().contains(u"'Moon'"_qs));
        QVERIFY(!unknown.errText().contains(u'\n'));
        QCOMPARE(runSlipway({u"env"_qs, u"grid"_qs, u"--db"_qs, m_demo}).exitCode, 2);
    }

    void matrixAsJson() {
        const Run run = runSlipway({u"env"_qs, u"matrix"_qs, u"--db"_qs, m_demo, u"--json"_qs});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject m = jsonOf(run);
        QCOMPARE(m.value(u"format"_qs).toInt(), 1);
        QStringList environments;
        for (const QJsonValue& e : m.value(u"environments"_qs).toArray())
            environments << e.toObject().value(u"kind"_qs).toString();
        QCOMPARE(environments, (QStringList{u"dev"_qs, u"test"_qs, u"staging"_qs, u"prod"_qs}));

        const QJsonObject jackson = rowOf(m, u"jackson-databind"_qs);
        QCOMPARE(jackson.value(u"key"_qs).toString(),
                 u"pkg:maven/com.fasterxml.jackson.core/jackson-databind"_qs);
        const QJsonObject staging =
            jackson.value(u"environments"_qs).toObject().value(u"Staging"_qs).toObject();
        QCOMPARE(strings(staging.value(u"versions"_qs)), QStringList{u"2.17.1"_qs});
        QCOMPARE(strings(staging.value(u"drift"_qs)), QStringList{u"staging_production_gap"_qs});
        const QJsonObject placement = staging.value(u"placements"_qs).toArray().first().toObject();
        QVERIFY(placement.value(u"since"_qs).toString().endsWith(u'Z'));
        QVERIFY(placement.value(u"release"_qs).toString().startsWith(u"Fraud Scoring"_qs));
        QVERIFY(placement.value(u"release_id"_qs).toInteger() > 0);
        const QJsonObject production =
            jackson.value(u"environments"_qs).toObject().value(u"Production"_qs).toObject();
        QCOMPARE(strings(production.value(u"drift"_qs)),
                 (QStringList{u"staging_production_gap"_qs, u"unverified_in_production"_qs}));
        QVERIFY(!rowOf(m, u"jackson-databind"_qs)
                     .value(u"environments"_qs)
                     .toObject()
                     .contains(u"Development"_qs));

        int gaps = 0;
        for (const QJsonValue& d : m.value(u"drift"_qs).toArray()) {
            const QJsonObject o = d.toObject();
            QCOMPARE(o.value(u"severity"_qs).toString(), u"warning"_qs);
            if (o.value(u"kind"_qs).toString() == u"staging_production_gap"_qs)
                ++gaps;
            else
                QCOMPARE(o.value(u"environment"_qs).toString(), u"Production"_qs);
        }
        QVERIFY(gaps >= 1);
        QStringList pins;
        for (const QJsonValue& c : m.value(u"pin_checks"_qs).toArray()) {
            const QJsonObject o = c.toObject();
            pins << o.value(u"pin"_qs).toObject().value(u"target"_qs).toString() + u" in "_qs +
                        o.value(u"environment"_qs).toString() + u": "_qs +
                        o.value(u"status"_qs).toString();
        }
        QVERIFY2(pins.contains(u"Identity Provider in Production: unsatisfied"_qs),
                 qPrintable(pins.join(u'\n')));
        QVERIFY(pins.contains(u"Notification Service in Production: satisfied"_qs));
        QVERIFY(pins.contains(
            u"pkg:maven/com.googlecode.libphonenumber/libphonenumber in Staging: unsatisfied"_qs));
    }

    void pinByHand() {
        const QString db = copyOfDemo();
        const QString release = paymentsInProduction(db);
        // Logins make roles count: development may edit components, QA may not.
        QVERIFY(execSql(db, u"UPDATE people SET login = lower(replace(name, ' ', '.')) WHERE "
                            "name IN ('Jonas Weber', 'Priya Raman')"_qs));
        const QStringList base{u"component"_qs, u"pin"_qs, u"--db"_qs,        db,
                               u"--release"_qs, release,   u"--component"_qs, u"Payments API"_qs,
                               u"--on"_qs};

        // A constraint that does not read: one line naming it, nothing written.
        const QByteArray before = fileBytes(db);
        const int entries = auditEntries(db);
        for (const QString& bad : {u">=2.0.0 <"_qs, u"^two"_qs, u"1.2.3.4"_qs}) {
            const Run run = as("jonas.weber",
                               base + QStringList{u"Billing Engine"_qs, u"--constraint"_qs, bad});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.errText().contains(u'\'' + bad + u'\''), qPrintable(run.errText()));
            QVERIFY(!run.errText().contains(u'\n'));
            QCOMPARE(fileBytes(db), before);
        }
        // Not a component of the release: refused the same way.
        Run run = as("jonas.weber",
                     QStringList{u"component"_qs, u"pin"_qs, u"--db"_qs, db, u"--release"_qs,
                                 release, u"--component"_qs, u"Ledger"_qs, u"--on"_qs,
                                 u"Billing Engine"_qs, u"--constraint"_qs, u"^2"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"'Ledger'"_qs));
        // A role that may not edit components: exit 1, nothing written.
        run = as("priya.raman",
                 base + QStringList{u"Billing Engine"_qs, u"--constraint"_qs, u"^2.0.0"_qs});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(fileBytes(db), before);
        QCOMPARE(auditEntries(db), entries);

        // Pinned: listed, audited and checked against the matrix (production runs 2.3.0).
        run = as("jonas.weber",
                 base + QStringList{u"Billing Engine"_qs, u"--constraint"_qs, u"^3.0.0"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(run.outText().contains(u"pinned on Billing Engine ^3.0.0"_qs));
        QCOMPARE(auditEntries(db), entries + 1);
        const QJsonObject listed = jsonOf(runSlipway(
            {u"component"_qs, u"pins"_qs, u"--db"_qs, db, u"--release"_qs, release, u"--json"_qs}));
        QStringList pins;
        for (const QJsonValue& p : listed.value(u"pins"_qs).toArray())
            pins << p.toObject().value(u"target"_qs).toString() + u' ' +
                        p.toObject().value(u"constraint"_qs).toString() + u' ' +
                        p.toObject().value(u"source"_qs).toString();
        QVERIFY2(pins.contains(u"Billing Engine ^3.0.0 manual"_qs),
                 qPrintable(pins.join(u", "_qs)));
        QVERIFY(pins.contains(u"pkg:maven/com.googlecode.libphonenumber/libphonenumber ^8.13.0 "
                              "sbom"_qs));
        Run check = runSlipway({u"check"_qs, u"--db"_qs, db});
        QVERIFY2(
            check.outText().contains(u"needs Billing Engine ^3.0.0, but Production runs 2.3.0"_qs),
            qPrintable(check.outText()));
        // Again with a constraint production meets: the same pin, no warning.
        run = as("jonas.weber",
                 base + QStringList{u"Billing Engine"_qs, u"--constraint"_qs, u"~2.3"_qs});
        QCOMPARE(run.exitCode, 0);
        check = runSlipway({u"check"_qs, u"--db"_qs, db});
        QVERIFY(!check.outText().contains(u"needs Billing Engine"_qs));

        // unpin: gone; a second time there is nothing to remove.
        const QStringList unpin{u"component"_qs,   u"unpin"_qs,
                                u"--db"_qs,        db,
                                u"--release"_qs,   release,
                                u"--component"_qs, u"payments api"_qs,
                                u"--on"_qs,        u"billing engine"_qs};
        run = as("jonas.weber", unpin);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(run.outText().contains(u"(was ~2.3)"_qs));
        run = as("jonas.weber", unpin);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.errText().contains(u'\n'));
        QCOMPARE(runSlipway({u"component"_qs, u"pin"_qs, u"--db"_qs, db, u"--release"_qs, release})
                     .exitCode,
                 2);
    }

    // check: drift and unmet pins are warnings, under their own heading, and do not change
    // the exit code; JSON carries them apart from the errors.
    void checkListsWarnings() {
        const QString db = copyOfDemo();
        const Run before = runSlipway({u"check"_qs, u"--db"_qs, db});
        QVERIFY(before.outText().contains(u"Environments:  "_qs));
        QVERIFY(before.outText().contains(u"  warning: jackson-databind: staging runs 2.17.1"_qs));
        QVERIFY(before.outText().contains(u"  warning: Payments API "_qs));
        const QJsonObject json = jsonOf(runSlipway({u"check"_qs, u"--db"_qs, db, u"--json"_qs}));
        const QJsonObject environments = json.value(u"environments"_qs).toObject();
        QVERIFY(environments.value(u"drift"_qs).toArray().size() >= 2);
        const int unmet = int(environments.value(u"unmet_pins"_qs).toArray().size());
        QVERIFY(unmet >= 3);
        QCOMPARE(environments.value(u"warnings"_qs).toInt(),
                 int(environments.value(u"drift"_qs).toArray().size()) + unmet);
        for (const QJsonValue& p : environments.value(u"unmet_pins"_qs).toArray())
            QCOMPARE(p.toObject().value(u"status"_qs).toString(), u"unsatisfied"_qs);

        // Another unmet pin: one warning more, the same exit code.
        const Run pinned =
            as("jonas.weber", {u"component"_qs, u"pin"_qs, u"--db"_qs, db, u"--release"_qs,
                               paymentsInProduction(db), u"--component"_qs, u"Payments API"_qs,
                               u"--on"_qs, u"Mobile Backend"_qs, u"--constraint"_qs, u">=9"_qs});
        QCOMPARE(pinned.exitCode, 0);
        const Run after = runSlipway({u"check"_qs, u"--db"_qs, db});
        QCOMPARE(after.exitCode, before.exitCode);
        QVERIFY(after.outText().contains(u"%1 pin(s) not met"_qs.arg(unmet + 2)));
    }

    // A real SBOM with version ranges (GitHub's dependency graph): each range that reads is
    // a pin from the SBOM; importing again replaces them.
    void sbomRangesBecomePins() {
        const QString sbom =
            testDataPath(u"sbom/github_dependency_graph_spdx2.3_minified_version_ranges.json"_qs);
        QVERIFY2(QFileInfo::exists(sbom), qPrintable(sbom));
        const QString db = copyOfDemo();
        const QString release = paymentsInProduction(db);
        const QStringList import{u"import"_qs,    u"sbom"_qs, u"--db"_qs,   db,
                                 u"--release"_qs, release,    u"--json"_qs, sbom};
        Run run = as("jonas.weber", import);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const auto sbomPins = [&] {
            return queryValue(db, u"SELECT group_concat(target || ' ' || constraint_text, '; ') "
                                  "FROM (SELECT * FROM pins WHERE source = 'sbom' AND release_id "
                                  "= %1 ORDER BY target)"_qs.arg(release))
                .toString();
        };
        const QString pins = sbomPins();
        QVERIFY2(pins.contains(u"pip:urllib3 >= 1.21.1,< 3"_qs), qPrintable(pins));
        QVERIFY(pins.contains(u"pip:charset-normalizer >= 2,< 4"_qs));
        QVERIFY(pins.contains(u"pip:cryptography < 40.0.0"_qs));
        QVERIFY(!pins.contains(u"httpbin"_qs));        // 0.10.0 is one version
        QVERIFY(!pins.contains(u"libphonenumber"_qs)); // the earlier list's, replaced
        const int count = queryValue(db, u"SELECT count(*) FROM pins WHERE source = 'sbom' AND "
                                         "release_id = %1"_qs.arg(release))
                              .toInt();
        QCOMPARE(count, 7);
        run = as("jonas.weber", import);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(sbomPins(), pins);
        // The hand-set pins stay.
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM pins WHERE source = 'manual' AND "
                                "release_id = %1"_qs.arg(release))
                     .toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(tst_EnvCommand)
#include "tst_EnvCommand.moc"
