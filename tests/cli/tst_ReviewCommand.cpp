// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway review` and `slipway closure` on a real file through the real binary: a review
// started, refused as incomplete, saved, done, reopened, with actions; a deployer refused; the
// closure checklist settled item by item while `closure status` says what closing still needs,
// until it may close and does.
#include "ClosureFixture.h"
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/Document.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();
const qint64 kDay = 86400;

Run as(const QByteArray& login, const QStringList& args) {
    const QByteArray before = qgetenv("SLIPWAY_TEST_USER");
    qputenv("SLIPWAY_TEST_USER", login);
    Run run = runSlipway(args);
    qputenv("SLIPWAY_TEST_USER", before);
    return run;
}

QJsonObject json(const Run& run) {
    return QJsonDocument::fromJson(run.out).object();
}

bool oneLine(const Run& run) {
    return !run.errText().isEmpty() && !run.errText().contains(u'\n');
}

} // namespace

class tst_ReviewCommand : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"review-cli"_qs};

    // A deployed release (id 1) that meets everything closing needs but the checklist.
    QString prepared(bool withPeople = false) {
        const QString path = m_files.newFile();
        auto doc = openDocument(path);
        if (!doc)
            return {};
        const qint64 r = deployedRelease(*doc, kNow - 4 * kDay);
        meetClosure(doc->database(), r, kNow - 4 * kDay);
        exec(doc->database(), u"DELETE FROM closure_checklist"_qs);
        if (withPeople)
            addPeople(doc->database(), u"alice"_qs,
                      {personWithLogin(u"Alice"_qs, u"alice"_qs, {u"release_manager"_qs}),
                       personWithLogin(u"Dee"_qs, u"dee"_qs, {u"deployer"_qs})});
        return r == 1 ? path : QString();
    }

private Q_SLOTS:
    void reviewLifecycle() {
        const QString db = prepared();
        QVERIFY(!db.isEmpty());
        const QStringList base{u"--db"_qs, db, u"--release"_qs, u"1"_qs};

        Run run = runSlipway(QStringList{u"review"_qs, u"show"_qs, u"--json"_qs} + base);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(json(run).value(u"review"_qs).isNull());
        QCOMPARE(json(run).value(u"required"_qs).toBool(), false);

        run = runSlipway(QStringList{u"review"_qs, u"save"_qs, u"--summary"_qs, u"x"_qs} + base);
        QCOMPARE(run.exitCode, 1); // nothing to save yet
        QVERIFY(run.errText().contains(u"review start"_qs));

        run = runSlipway(QStringList{u"review"_qs, u"start"_qs} + base);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().startsWith(u"Started the review, due "_qs), run.out.constData());
        run = runSlipway(QStringList{u"review"_qs, u"start"_qs} + base);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(oneLine(run));

        // Done without factors and lessons is bad input, in one line, and changes nothing.
        run = runSlipway(
            QStringList{u"review"_qs, u"done"_qs, u"--summary"_qs, u"Cut-over ran long"_qs} + base);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneLine(run), run.err.constData());
        QVERIFY(run.errText().contains(u"contributing factors"_qs));
        run = runSlipway(QStringList{u"review"_qs, u"show"_qs, u"--json"_qs} + base);
        QCOMPARE(json(run).value(u"review"_qs).toObject().value(u"summary"_qs).toString(),
                 QString());

        run = runSlipway(QStringList{u"review"_qs, u"save"_qs, u"--summary"_qs,
                                     u"Cut-over ran long"_qs, u"--factors"_qs, u"Slow drain"_qs,
                                     u"--went-well"_qs, u"Rollback ready"_qs} +
                         base);
        QCOMPARE(run.exitCode, 0);
        run = runSlipway(
            QStringList{u"review"_qs, u"done"_qs, u"--lessons"_qs, u"Lower the drain timeout"_qs} +
            base);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.outText().trimmed(), u"The review is done."_qs);

        run = runSlipway(QStringList{u"review"_qs, u"show"_qs, u"--json"_qs} + base);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject review = json(run).value(u"review"_qs).toObject();
        QCOMPARE(review.value(u"state"_qs).toString(), u"done"_qs);
        QCOMPARE(review.value(u"summary"_qs).toString(), u"Cut-over ran long"_qs);
        QCOMPARE(review.value(u"factors"_qs).toString(), u"Slow drain"_qs);
        QCOMPARE(review.value(u"went_well"_qs).toString(), u"Rollback ready"_qs);
        QCOMPARE(review.value(u"lessons"_qs).toString(), u"Lower the drain timeout"_qs);
        const QJsonArray timeline = json(run).value(u"timeline"_qs).toArray();
        QVERIFY(!timeline.isEmpty());
        for (const QJsonValue& e : timeline)
            QVERIFY(!e.toObject().value(u"text"_qs).toString().contains(u"olga"_qs));

        run = runSlipway(QStringList{u"review"_qs, u"show"_qs} + base);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(u"Version 2.4.0 deployed to Production: succeeded"_qs),
                 run.out.constData());
        QVERIFY(run.outText().contains(u"Check “Health” recovered"_qs));

        run = runSlipway(QStringList{u"review"_qs, u"reopen"_qs, u"--json"_qs} + base);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run).value(u"state"_qs).toString(), u"draft"_qs);
        QVERIFY(json(run).value(u"done_at"_qs).isNull());
        run = runSlipway(QStringList{u"review"_qs, u"show"_qs, u"--json"_qs} + base);
        QCOMPARE(json(run).value(u"review"_qs).toObject().value(u"state"_qs).toString(),
                 u"draft"_qs);
    }

    void actions() {
        const QString db = prepared();
        QVERIFY(!db.isEmpty());
        const QStringList base{u"--db"_qs, db, u"--release"_qs, u"1"_qs};
        Run run = runSlipway(QStringList{u"review"_qs, u"action"_qs, u"add"_qs, u"--title"_qs,
                                         u"Lower the drain timeout"_qs, u"--owner"_qs,
                                         u"Platform team"_qs, u"--due"_qs, u"2026-12-01"_qs} +
                             base);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.outText().trimmed(), u"Added action #1."_qs);
        run = runSlipway(
            QStringList{u"review"_qs, u"action"_qs, u"add"_qs, u"--title"_qs, u"Document it"_qs} +
            base);
        QCOMPARE(run.exitCode, 0);
        run = runSlipway(QStringList{u"review"_qs, u"action"_qs, u"add"_qs, u"--title"_qs, u"x"_qs,
                                     u"--due"_qs, u"soon"_qs} +
                         base);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(oneLine(run));
        run = runSlipway(QStringList{u"review"_qs, u"action"_qs, u"done"_qs, u"--id"_qs, u"1"_qs} +
                         base);
        QCOMPARE(run.exitCode, 0);
        run = runSlipway(QStringList{u"review"_qs, u"action"_qs, u"drop"_qs, u"--id"_qs, u"2"_qs} +
                         base);
        QCOMPARE(run.exitCode, 0);
        run = runSlipway(QStringList{u"review"_qs, u"action"_qs, u"drop"_qs, u"--id"_qs, u"99"_qs} +
                         base);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(oneLine(run));
        run = runSlipway(QStringList{u"review"_qs, u"action"_qs, u"list"_qs, u"--json"_qs} + base);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = json(run).value(u"actions"_qs).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(u"title"_qs).toString(), u"Lower the drain timeout"_qs);
        QCOMPARE(list[0].toObject().value(u"state"_qs).toString(), u"done"_qs);
        QCOMPARE(list[0].toObject().value(u"due_at"_qs).toString(), u"2026-12-01T00:00:00Z"_qs);
        QCOMPARE(list[1].toObject().value(u"state"_qs).toString(), u"dropped"_qs);
        run = runSlipway(QStringList{u"review"_qs, u"action"_qs, u"close"_qs} + base);
        QCOMPARE(run.exitCode, 2);
    }

    void deployerRefused() {
        const QString db = prepared(true);
        QVERIFY(!db.isEmpty());
        const QStringList base{u"--db"_qs, db, u"--release"_qs, u"1"_qs};
        Run run = as("dee", QStringList{u"review"_qs, u"start"_qs} + base);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneLine(run), run.err.constData());
        run = as("dee", QStringList{u"closure"_qs, u"tick"_qs, u"--item"_qs, u"runbooks"_qs,
                                    u"--reference"_qs, u"wiki/1"_qs} +
                            base);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM post_reviews"_qs).toInt(), 0);
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM closure_checklist"_qs).toInt(), 0);
        run = as("alice", QStringList{u"review"_qs, u"start"_qs} + base);
        QCOMPARE(run.exitCode, 0);
        // Reading is anyone's.
        run = as("dee", QStringList{u"closure"_qs, u"status"_qs} + base);
        QCOMPARE(run.exitCode, 1);
    }

    void closureChecklist() {
        const QString db = prepared();
        QVERIFY(!db.isEmpty());
        const QStringList base{u"--db"_qs, db, u"--release"_qs, u"1"_qs};
        Run run = runSlipway(QStringList{u"closure"_qs, u"status"_qs, u"--json"_qs} + base);
        QCOMPARE(run.exitCode, 1);
        QJsonObject status = json(run);
        QCOMPARE(status.value(u"may_close"_qs).toBool(), false);
        QCOMPARE(status.value(u"checklist"_qs).toArray().size(), 5);
        QCOMPARE(status.value(u"blockers"_qs).toArray().first().toString(),
                 u"5 closure checklist item(s) open: Runbooks, Monitoring configuration, Alert "
                 "thresholds, Backup strategy, Documentation"_qs);

        run = runSlipway(QStringList{u"closure"_qs, u"tick"_qs, u"--item"_qs, u"alerts"_qs} + base);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(oneLine(run));
        run = runSlipway(QStringList{u"closure"_qs, u"tick"_qs, u"--item"_qs, u"dashboards"_qs,
                                     u"--reference"_qs, u"x"_qs} +
                         base);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"dashboards"_qs));
        for (const QString& item : {u"runbooks"_qs, u"monitoring"_qs, u"documentation"_qs}) {
            run = runSlipway(QStringList{u"closure"_qs, u"tick"_qs, u"--item"_qs, item,
                                         u"--reference"_qs, u"https://git.example/c/1"_qs} +
                             base);
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        for (const QString& item : {u"alerts"_qs, u"backup"_qs}) {
            run = runSlipway(QStringList{u"closure"_qs, u"na"_qs, u"--item"_qs, item,
                                         u"--reason"_qs, u"nothing changed"_qs} +
                             base);
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        run = runSlipway(QStringList{u"closure"_qs, u"status"_qs} + base);
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QVERIFY(run.outText().contains(u"may be closed"_qs));
        QVERIFY(run.outText().contains(u"not applicable: nothing changed"_qs));

        run =
            runSlipway(QStringList{u"closure"_qs, u"reopen"_qs, u"--item"_qs, u"backup"_qs} + base);
        QCOMPARE(run.exitCode, 0);
        run = runSlipway(QStringList{u"closure"_qs, u"status"_qs} + base);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.outText().contains(u"1 closure checklist item(s) open: Backup strategy"_qs));
        run = runSlipway(QStringList{u"lifecycle"_qs, u"set"_qs, u"--status"_qs, u"closed"_qs} +
                         base);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM cmdb_records"_qs).toInt(), 0);

        run = runSlipway(QStringList{u"closure"_qs, u"na"_qs, u"--item"_qs, u"backup"_qs,
                                     u"--reason"_qs, u"stateless"_qs} +
                         base);
        QCOMPARE(run.exitCode, 0);
        run = runSlipway(QStringList{u"lifecycle"_qs, u"set"_qs, u"--status"_qs, u"closed"_qs} +
                         base);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM cmdb_records"_qs).toInt(), 1);
        run = runSlipway(QStringList{u"closure"_qs, u"status"_qs, u"--json"_qs} + base);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run).value(u"closed"_qs).toBool(), true);
        run = runSlipway(QStringList{u"closure"_qs, u"frobnicate"_qs} + base);
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_ReviewCommand)
#include "tst_ReviewCommand.moc"
