// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway adherence` through the binary on the demo: the deviations listed with their keys
// (the file only read), a corrective action added to one, moved through its states and
// removed, each change one audit entry in a chain that verifies; bad input is one line and
// exit 2 with the file byte for byte as it was; a role that may not is exit 1.
#include "Fixtures.h"
#include "TestSupport.h"
#include "domain/CorrectiveAction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_AdherenceCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_key; // a deviation the demo holds
    int m_copies = 0;

    QString copyOfDemo() { return copyFile(m_demo, m_dir, u"copy-%1.slipway"_qs.arg(++m_copies)); }

    static QJsonObject json(const Run& run) { return QJsonDocument::fromJson(run.out).object(); }

    static Run as(const QByteArray& login, const QStringList& args) {
        const QByteArray before = qgetenv("SLIPWAY_TEST_USER");
        qputenv("SLIPWAY_TEST_USER", login);
        Run run = runSlipway(args);
        qputenv("SLIPWAY_TEST_USER", before);
        return run;
    }

    QStringList addArgs(const QString& db) const {
        return {u"adherence"_qs,
                u"action"_qs,
                u"add"_qs,
                u"--db"_qs,
                db,
                u"--deviation"_qs,
                m_key,
                u"--title"_qs,
                u"Record the missing approval"_qs,
                u"--owner"_qs,
                u"Lena Fischer"_qs,
                u"--due"_qs,
                u"2026-12-31"_qs};
    }

    // Adds the action addArgs() describes; its id, or 0 (the test fails).
    qint64 addAction(const QString& db) const {
        const Run run = runSlipway(addArgs(db) + QStringList{u"--json"_qs});
        if (run.exitCode != 0)
            helperFailed(run.errText());
        return json(run).value(u"id"_qs).toInteger();
    }

    static qint64 auditRows(const QString& db) {
        return queryValue(db,
                          u"SELECT count(*) FROM audit_log WHERE entity = 'corrective_action'"_qs)
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void deviationsListedWithKeys() {
        const QByteArray before = fileBytes(m_demo);
        const Run run =
            runSlipway({u"adherence"_qs, u"deviations"_qs, u"--db"_qs, m_demo, u"--json"_qs});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = json(run).value(u"deviations"_qs).toArray();
        QVERIFY2(!rows.isEmpty(), run.out.constData());
        for (const QJsonValue& row : rows) {
            const QString key = row[u"key"_qs].toString();
            QVERIFY2(releaseIdOfDeviationKey(key) == row[u"release_id"_qs].toInteger(),
                     qPrintable(key));
            QVERIFY(key.startsWith(row[u"kind"_qs].toString() + u':'));
            for (const QJsonValue& action : row[u"actions"_qs].toArray())
                QCOMPARE(action[u"deviation_key"_qs].toString(), key);
            // One the demo has not answered yet, for the tests that add actions.
            if (m_key.isEmpty() && row[u"actions"_qs].toArray().isEmpty())
                m_key = key;
        }
        QVERIFY2(!m_key.isEmpty(), "every deviation of the demo has an action");
        const Run text = runSlipway({u"adherence"_qs, u"deviations"_qs, u"--db"_qs, m_demo});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(m_key));
        // A period with nothing in it, and one the wrong way round.
        const Run empty =
            runSlipway({u"adherence"_qs, u"deviations"_qs, u"--db"_qs, m_demo, u"--from"_qs,
                        u"2001-01-01"_qs, u"--to"_qs, u"2001-02-01"_qs});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.outText().contains(u"No deviations"_qs));
        const Run backwards =
            runSlipway({u"adherence"_qs, u"deviations"_qs, u"--db"_qs, m_demo, u"--from"_qs,
                        u"2026-10-01"_qs, u"--to"_qs, u"2026-09-01"_qs});
        QCOMPARE(backwards.exitCode, 2);
        QCOMPARE(backwards.errText().count(u'\n'), 0);
        QVERIFY(fileBytes(m_demo) == before); // read-only: not a byte changed
    }

    void actionTrackedToClosure() {
        QVERIFY(!m_key.isEmpty());
        const QString db = copyOfDemo();
        const int entriesBefore = auditEntries(db);
        const qint64 rowsBefore = auditRows(db);
        const Run added = runSlipway(addArgs(db));
        QCOMPARE(added.exitCode, 0);
        const QString id = added.outText().section(u'#', 1).section(u' ', 0, 0);
        QVERIFY2(
            added.outText().contains(u"Added corrective action #"_qs + id + u" to "_qs + m_key),
            added.out.constData());

        const Run listed = runSlipway({u"adherence"_qs, u"action"_qs, u"list"_qs, u"--db"_qs, db,
                                       u"--deviation"_qs, m_key, u"--json"_qs});
        QCOMPARE(listed.exitCode, 0);
        QJsonArray actions = json(listed).value(u"actions"_qs).toArray();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions[0][u"state"_qs].toString(), u"open"_qs);
        QCOMPARE(actions[0][u"due"_qs].toString(), u"2026-12-31"_qs);
        QCOMPARE(actions[0][u"created_by"_qs].toString(), u"tester"_qs);
        QVERIFY(actions[0][u"closed_at"_qs].isNull());

        const QStringList set{
            u"adherence"_qs, u"action"_qs, u"set"_qs, u"--db"_qs, db, u"--id"_qs, id};
        QCOMPARE(runSlipway(set + QStringList{u"--state"_qs, u"in_progress"_qs}).exitCode, 0);
        // Dropping needs a reason: refused, nothing changed.
        const QByteArray beforeDrop = fileBytes(db);
        const Run drop = runSlipway(set + QStringList{u"--state"_qs, u"dropped"_qs});
        QCOMPARE(drop.exitCode, 2);
        QVERIFY2(drop.errText().contains(u"note"_qs), qPrintable(drop.errText()));
        QCOMPARE(drop.errText().count(u'\n'), 0);
        QVERIFY(fileBytes(db) == beforeDrop);
        const Run done =
            runSlipway(set + QStringList{u"--state"_qs, u"done"_qs, u"--note"_qs,
                                         u"CHG0042 approved retroactively"_qs, u"--json"_qs});
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(json(done).value(u"state"_qs).toString(), u"done"_qs);
        QVERIFY(!json(done).value(u"closed_at"_qs).toString().isEmpty());

        // The deviation lists its action.
        const Run deviations =
            runSlipway({u"adherence"_qs, u"deviations"_qs, u"--db"_qs, db, u"--json"_qs});
        bool found = false;
        for (const QJsonValue& row : json(deviations).value(u"deviations"_qs).toArray())
            if (row[u"key"_qs].toString() == m_key) {
                found = true;
                QCOMPARE(row[u"actions"_qs].toArray().size(), 1);
                QCOMPARE(row[u"actions"_qs][0][u"state"_qs].toString(), u"done"_qs);
            }
        QVERIFY(found);

        const Run removed = runSlipway(
            {u"adherence"_qs, u"action"_qs, u"remove"_qs, u"--db"_qs, db, u"--id"_qs, id});
        QCOMPARE(removed.exitCode, 0);
        const Run none = runSlipway(
            {u"adherence"_qs, u"action"_qs, u"list"_qs, u"--db"_qs, db, u"--deviation"_qs, m_key});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.outText().contains(u"No corrective actions"_qs));
        // add, in progress, done, remove: four entries, in a chain that still verifies.
        QCOMPARE(auditRows(db), rowsBefore + 4);
        QCOMPARE(auditEntries(db), entriesBefore + 4);
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QStringList add{u"action"_qs, u"add"_qs};
        const QStringList set{u"action"_qs, u"set"_qs, u"--id"_qs, u"ID"_qs};
        QTest::newRow("no title") << add + QStringList{u"--deviation"_qs, u"KEY"_qs,
                                                       u"--owner"_qs,     u"O"_qs,
                                                       u"--due"_qs,       u"2026-12-31"_qs}
                                  << u"--title"_qs;
        QTest::newRow("bad due") << add + QStringList{u"--deviation"_qs, u"KEY"_qs,
                                                      u"--title"_qs,     u"T"_qs,
                                                      u"--owner"_qs,     u"O"_qs,
                                                      u"--due"_qs,       u"31/12/2026"_qs}
                                 << u"31/12/2026"_qs;
        QTest::newRow("not a key")
            << add + QStringList{u"--deviation"_qs, u"approval-missing"_qs, u"--title"_qs,
                                 u"T"_qs,           u"--owner"_qs,          u"O"_qs,
                                 u"--due"_qs,       u"2026-12-31"_qs}
            << u"not a deviation key"_qs;
        QTest::newRow("no such deviation")
            << add + QStringList{u"--deviation"_qs, u"gate_waived:1:waiver-99"_qs,
                                 u"--title"_qs,     u"T"_qs,
                                 u"--owner"_qs,     u"O"_qs,
                                 u"--due"_qs,       u"2026-12-31"_qs}
            << u"finds no deviation"_qs;
        QTest::newRow("bad state")
            << set + QStringList{u"--state"_qs, u"closed"_qs} << u"closed"_qs;
        QTest::newRow("nothing to set") << set << u"say what to change"_qs;
        QTest::newRow("no such action") << QStringList{u"action"_qs, u"set"_qs,     u"--id"_qs,
                                                       u"999999"_qs, u"--state"_qs, u"done"_qs}
                                        << u"#999999"_qs;
        QTest::newRow("id not a number")
            << QStringList{u"action"_qs, u"remove"_qs, u"--id"_qs, u"one"_qs} << u"one"_qs;
        QTest::newRow("unknown verb") << QStringList{u"action"_qs, u"close"_qs} << u"add"_qs;
        QTest::newRow("unknown what") << QStringList{u"actions"_qs} << u"actions"_qs;
    }

    void badInputChangesNothing() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QVERIFY(!m_key.isEmpty());
        const QString db = copyOfDemo();
        const qint64 id = addAction(db);
        QVERIFY(id > 0);
        const QByteArray before = fileBytes(db);
        args.replaceInStrings(u"KEY"_qs, m_key);
        args.replaceInStrings(u"ID"_qs, QString::number(id));
        const Run run =
            runSlipway(QStringList{u"adherence"_qs} + args + QStringList{u"--db"_qs, db});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(says), qPrintable(run.errText()));
        QCOMPARE(run.errText().count(u'\n'), 0);
        QVERIFY(fileBytes(db) == before);
    }

    void rolesEnforced() {
        QVERIFY(!m_key.isEmpty());
        const QString db = copyOfDemo();
        {
            auto opened = openDatabase(db);
            QVERIFY(opened);
            QVERIFY(addPeople(*opened, u"rita"_qs,
                              {personWithLogin(u"Rita"_qs, u"rita"_qs, {u"release_manager"_qs}),
                               personWithLogin(u"Dee"_qs, u"dee"_qs, {u"deployer"_qs})}));
        }
        const QByteArray before = fileBytes(db);
        const Run refused = as("dee", addArgs(db));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(u"release manager"_qs), qPrintable(refused.errText()));
        QVERIFY(fileBytes(db) == before);
        const Run allowed = as("rita", addArgs(db) + QStringList{u"--json"_qs});
        QCOMPARE(allowed.exitCode, 0);
        const QString id = QString::number(json(allowed).value(u"id"_qs).toInteger());
        // Reading needs no role.
        const Run listed = as("dee", {u"adherence"_qs, u"action"_qs, u"list"_qs, u"--db"_qs, db,
                                      u"--deviation"_qs, m_key, u"--json"_qs});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(json(listed).value(u"actions"_qs).toArray().size(), 1);
        const Run removeRefused = as(
            "dee", {u"adherence"_qs, u"action"_qs, u"remove"_qs, u"--db"_qs, db, u"--id"_qs, id});
        QCOMPARE(removeRefused.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(tst_AdherenceCommand)
#include "tst_AdherenceCommand.moc"
