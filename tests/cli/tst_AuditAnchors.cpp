// SPDX-License-Identifier: GPL-3.0-or-later
// An audit trail cut short or rewritten with another tool, the protecting triggers dropped
// first as such a tool would, is caught through the real binary: `audit verify --anchor`
// against an anchor taken before, `check` for dropped or altered triggers and an emptied log.
// Bad anchor files are input errors naming file and line; an anchor that cannot be written
// leaves nothing behind.
#include "TestSupport.h"
#include "domain/AuditEntry.h"
#include "storage/AuditLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace slipway;
using namespace slipway::test;

namespace {

const QString kDropTriggers[] = {u"DROP TRIGGER audit_log_no_update"_qs,
                                 u"DROP TRIGGER audit_log_no_delete"_qs};

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Edits entry `seq`'s after-image and recomputes the hash of it and of every entry after it,
// as someone who knows the hashing would: the chain verifies again on its own.
bool rewriteFrom(const QString& path, qint64 seq) {
    const QString name = u"rewrite"_qs;
    bool ok = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        c.setDatabaseName(path);
        ok = c.open() && c.transaction();
        QSqlQuery read(c);
        read.setForwardOnly(true);
        ok = ok && read.exec(u"SELECT seq, at_ms, actor, action, entity, entity_id, before_json, "
                             "after_json, change_ticket, prev_hash, hash FROM audit_log WHERE "
                             "seq >= %1 ORDER BY seq"_qs.arg(seq));
        QList<AuditEntry> entries;
        while (ok && read.next()) {
            AuditEntry e;
            e.seq = read.value(0).toLongLong();
            e.atMs = read.value(1).toLongLong();
            e.actor = read.value(2).toString();
            e.action = read.value(3).toString();
            e.entity = read.value(4).toString();
            e.entityId = read.value(5).toLongLong();
            e.beforeJson = read.value(6).toString();
            e.afterJson = read.value(7).toString();
            e.changeTicket = read.value(8).toString();
            e.prevHash = read.value(9).toString();
            e.hash = read.value(10).toString();
            entries.append(e);
        }
        read.finish();
        ok = ok && !entries.isEmpty();
        QString prev;
        QSqlQuery write(c);
        for (qsizetype i = 0; ok && i < entries.size(); ++i) {
            AuditEntry& e = entries[i];
            if (i == 0)
                e.afterJson = u"{\"note\":\"rewritten\"}"_qs;
            else
                e.prevHash = prev;
            e.hash = AuditLog::computeHash(e);
            prev = e.hash;
            write.prepare(u"UPDATE audit_log SET after_json = ?, prev_hash = ?, hash = ? "
                          "WHERE seq = ?"_qs);
            write.addBindValue(e.afterJson);
            write.addBindValue(e.prevHash);
            write.addBindValue(e.hash);
            write.addBindValue(e.seq);
            ok = write.exec();
            if (!ok)
                qWarning() << write.lastError().text();
        }
        ok = ok && c.commit();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Runs slipway with writes limited to `limitBytes` per file, as a full disk would stop them.
Run runLimited(const QStringList& args, rlim_t limitBytes) {
    QProcess p;
    p.setChildProcessModifier([limitBytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{limitBytes, limitBytes};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    p.start(slipwayBinary(), args);
    Run run;
    if (!p.waitForFinished(120000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace

class tst_AuditAnchors : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    qint64 m_entries = 0;
    int m_copies = 0;

    QString copyOfDemo() { return copyFile(m_demo, m_dir, u"copy-%1.slipway"_qs.arg(++m_copies)); }
    QString anchorPath() { return m_dir.filePath(u"anchors-%1.txt"_qs.arg(++m_copies)); }

    static void tamper(const QString& path, const QStringList& statements) {
        for (const QString& sql : statements)
            QVERIFY2(execSql(path, sql), qPrintable(sql));
    }
    static QStringList dropTriggersAnd(const QString& sql) {
        return {kDropTriggers[0], kDropTriggers[1], sql};
    }
    static void anchor(const QString& db, const QString& anchors) {
        const Run run =
            runSlipway({u"audit"_qs, u"anchor"_qs, u"--db"_qs, db, u"--out"_qs, anchors});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText() + run.outText()));
    }
    static Run verify(const QString& db, const QStringList& anchors, bool json = false) {
        QStringList args{u"audit"_qs, u"verify"_qs, u"--db"_qs, db};
        for (const QString& a : anchors)
            args << u"--anchor"_qs << a;
        if (json)
            args << u"--json"_qs;
        return runSlipway(args);
    }
    static QJsonObject checkJson(const QString& db, int* exitCode) {
        const Run run = runSlipway({u"check"_qs, u"--db"_qs, db, u"--json"_qs});
        *exitCode = run.exitCode;
        return QJsonDocument::fromJson(run.out).object();
    }
    static QList<QJsonObject> findingsOf(const QJsonObject& report, const QString& check) {
        QList<QJsonObject> out;
        for (const QJsonValue& v : report.value(u"findings"_qs).toArray())
            if (v.toObject().value(u"check"_qs).toString() == check)
                out << v.toObject();
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
        m_entries = auditEntries(m_demo);
        QVERIFY(m_entries > 20);
    }

    void anchorAppendsOneLinePerCall() {
        const QString db = copyOfDemo();
        const QString anchors = anchorPath();
        anchor(db, anchors);
        anchor(db, anchors);
        const QStringList lines =
            QString::fromUtf8(fileBytes(anchors)).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QString head = queryValue(db, u"SELECT hash FROM audit_log ORDER BY seq DESC "
                                            "LIMIT 1"_qs)
                                 .toString();
        const QRegularExpression shape(
            u"^slipway-audit-anchor 1 \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ entries=(\\d+) "
            "head=([0-9a-f]{64}) file=copy-\\d+\\.slipway$"_qs);
        for (const QString& line : lines) {
            const auto m = shape.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            QCOMPARE(m.captured(1).toLongLong(), m_entries);
            QCOMPARE(m.captured(2), head);
        }
        const Run ok = verify(db, {anchors});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.outText().contains(u"Anchors: 2 checked, 2 hold, 0 do not."_qs),
                 ok.out.constData());
        // A comment or a blank line the user added is kept and skipped.
        QFile f(anchors);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n# moved to the audit share on Monday\n");
        f.close();
        anchor(db, anchors);
        QCOMPARE(verify(db, {anchors}).exitCode, 0);
        QVERIFY(QString::fromUtf8(fileBytes(anchors)).contains(u"# moved to the audit share"_qs));
    }

    // (a) The last 11 entries deleted after an anchor.
    void truncationAfterAnAnchorIsNamed() {
        const QString db = copyOfDemo();
        const QString anchors = anchorPath();
        anchor(db, anchors);
        tamper(db, dropTriggersAnd(u"DELETE FROM audit_log WHERE seq > %1"_qs.arg(m_entries - 11)));
        // The chain alone still holds together.
        QCOMPARE(verify(db, {}).exitCode, 0);
        const Run run = verify(db, {anchors});
        QCOMPARE(run.exitCode, 1);
        const QString when = QString::fromUtf8(fileBytes(anchors)).section(u' ', 2, 2);
        const QString expected =
            u"truncated: the anchor of %1 recorded %2 entries, the log has %3"_qs.arg(when)
                .arg(m_entries)
                .arg(m_entries - 11);
        QVERIFY2(run.outText().contains(expected), run.out.constData());
        QVERIFY(run.outText().contains(QDir::toNativeSeparators(anchors) + u" line 1"_qs));

        const Run json = verify(db, {anchors}, true);
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(u"ok"_qs).toBool(), false);
        const QJsonArray list = o.value(u"anchors"_qs).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value(u"outcome"_qs).toString(), u"truncated"_qs);
        QCOMPARE(list[0].toObject().value(u"line"_qs).toInt(), 1);
        QCOMPARE(list[0].toObject().value(u"entries"_qs).toInteger(), m_entries);
    }

    // (b) Every entry deleted: check sees an emptied log on a file with data, verify too.
    void emptiedLogIsFound() {
        const QString db = copyOfDemo();
        const QString anchors = anchorPath();
        anchor(db, anchors);
        tamper(db, dropTriggersAnd(u"DELETE FROM audit_log"_qs));

        int exit = -1;
        const QJsonObject report = checkJson(db, &exit);
        QCOMPARE(exit, 1);
        QCOMPARE(report.value(u"audit_protection"_qs).toObject().value(u"ok"_qs).toBool(), false);
        bool emptied = false;
        for (const QJsonObject& f : findingsOf(report, u"audit_protection"_qs))
            emptied =
                emptied || f.value(u"message"_qs).toString().contains(u"audit log is empty"_qs);
        QVERIFY(emptied);

        const Run plain = verify(db, {});
        QCOMPARE(plain.exitCode, 1);
        QVERIFY2(plain.outText().contains(u"EMPTIED"_qs), plain.out.constData());
        QVERIFY(plain.outText().contains(u"releases"_qs));

        const Run anchored = verify(db, {anchors});
        QCOMPARE(anchored.exitCode, 1);
        QVERIFY2(
            anchored.outText().contains(u"recorded %1 entries, the log has 0"_qs.arg(m_entries)),
            anchored.out.constData());
    }

    // (c) An entry edited and the chain after it recomputed: only an anchor shows it.
    void recomputedChainIsRewritten() {
        const QString db = copyOfDemo();
        const QString anchors = anchorPath();
        anchor(db, anchors);
        tamper(db, {kDropTriggers[0]});
        QVERIFY(rewriteFrom(db, m_entries - 5));
        QCOMPARE(verify(db, {}).exitCode, 0); // the chain alone cannot tell
        const Run run = verify(db, {anchors});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.outText().contains(
                     u"rewritten: entry %1 differs from the anchor of"_qs.arg(m_entries)),
                 run.out.constData());
    }

    // An anchor taken after the edit holds; the one before it does not: each is named.
    void everyAnchorIsHeldOnItsOwn() {
        const QString db = copyOfDemo();
        const QString before = anchorPath();
        anchor(db, before);
        tamper(db, dropTriggersAnd(u"DELETE FROM audit_log WHERE seq > %1"_qs.arg(m_entries - 3)));
        const QString after = anchorPath();
        anchor(db, after);
        const Run run = verify(db, {after, before}, true);
        QCOMPARE(run.exitCode, 1);
        const QJsonArray list =
            QJsonDocument::fromJson(run.out).object().value(u"anchors"_qs).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(u"outcome"_qs).toString(), u"holds"_qs);
        QCOMPARE(list[1].toObject().value(u"outcome"_qs).toString(), u"truncated"_qs);
    }

    void deletingTheFirstEntriesBreaksTheChain() {
        const QString db = copyOfDemo();
        tamper(db, dropTriggersAnd(u"DELETE FROM audit_log WHERE seq <= 5"_qs));
        const Run run = verify(db, {});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.outText().contains(u"entries 1 to 5 are missing"_qs), run.out.constData());
        int exit = -1;
        const QJsonObject report = checkJson(db, &exit);
        QCOMPARE(exit, 1);
        QCOMPARE(
            report.value(u"audit_chain"_qs).toObject().value(u"first_broken_seq"_qs).toInteger(),
            1);
    }

    // (d) Dropped triggers are findings naming them; so is one whose SQL was changed.
    void droppedOrAlteredTriggersAreFindings() {
        const QString db = copyOfDemo();
        int exit = -1;
        const QJsonObject clean = checkJson(db, &exit);
        QCOMPARE(findingsOf(clean, u"audit_protection"_qs).size(), 0);
        QCOMPARE(clean.value(u"audit_protection"_qs).toObject().value(u"ok"_qs).toBool(), true);

        tamper(db, {kDropTriggers[1], u"DROP TRIGGER audit_log_no_update"_qs,
                    u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                    "WHEN 0 BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"_qs});
        const QJsonObject report = checkJson(db, &exit);
        QCOMPARE(exit, 1);
        const QList<QJsonObject> found = findingsOf(report, u"audit_protection"_qs);
        QCOMPARE(found.size(), 2);
        QMap<QString, QString> byTrigger;
        for (const QJsonObject& f : found)
            byTrigger.insert(f.value(u"trigger"_qs).toString(), f.value(u"message"_qs).toString());
        QVERIFY2(byTrigger.value(u"audit_log_no_delete"_qs).contains(u"missing"_qs),
                 qPrintable(byTrigger.value(u"audit_log_no_delete"_qs)));
        QVERIFY2(byTrigger.value(u"audit_log_no_update"_qs).contains(u"differs"_qs),
                 qPrintable(byTrigger.value(u"audit_log_no_update"_qs)));
        QCOMPARE(found[0].value(u"table"_qs).toString(), u"audit_log"_qs);

        const Run text = runSlipway({u"check"_qs, u"--db"_qs, db});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.outText().contains(u"Finding [audit_protection]: the protecting trigger "
                                         "audit_log_no_delete on audit_log is missing"_qs),
                 text.out.constData());
    }

    void sameTriggerLaidOutDifferentlyIsNoFinding() {
        const QString db = copyOfDemo();
        tamper(db, {kDropTriggers[0],
                    u"CREATE TRIGGER audit_log_no_update\n  BEFORE UPDATE ON audit_log\nBEGIN\n"
                    "  SELECT RAISE(ABORT, 'the audit log is append-only');\nEND"_qs});
        int exit = -1;
        const QJsonObject report = checkJson(db, &exit);
        QCOMPARE(findingsOf(report, u"audit_protection"_qs).size(), 0);
        QCOMPARE(report.value(u"ok"_qs).toBool(), true);
    }

    void aBrokenChainIsNotAnchored() {
        const QString db = copyOfDemo();
        tamper(db, dropTriggersAnd(u"DELETE FROM audit_log WHERE seq = 7"_qs));
        const QString anchors = anchorPath();
        const Run run =
            runSlipway({u"audit"_qs, u"anchor"_qs, u"--db"_qs, db, u"--out"_qs, anchors});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.outText().contains(u"Not anchored"_qs), run.out.constData());
        QVERIFY(!QFileInfo::exists(anchors));
    }

    // (e) A line that is not an anchor is bad input, named by file and line.
    void malformedAnchorLineIsAnInputError_data() {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("says");
        const QByteArray head(64, 'a');
        QTest::newRow("not an anchor") << QByteArray("hello world") << u"not an audit anchor"_qs;
        QTest::newRow("newer format")
            << QByteArray("slipway-audit-anchor 2 2026-11-01T09:30:00Z entries=3 head=" + head +
                          " file=x")
            << u"format 2"_qs;
        QTest::newRow("bad time")
            << QByteArray("slipway-audit-anchor 1 2026-13-01T09:30:00Z entries=3 head=" + head +
                          " file=x")
            << u"UTC time"_qs;
        QTest::newRow("bad count")
            << QByteArray("slipway-audit-anchor 1 2026-11-01T09:30:00Z entries=-3 head=" + head +
                          " file=x")
            << u"entries="_qs;
        QTest::newRow("short head")
            << QByteArray("slipway-audit-anchor 1 2026-11-01T09:30:00Z entries=3 head=abc file=x")
            << u"head="_qs;
        QTest::newRow("no file")
            << QByteArray("slipway-audit-anchor 1 2026-11-01T09:30:00Z entries=3 head=" + head)
            << u"file="_qs;
    }

    void malformedAnchorLineIsAnInputError() {
        QFETCH(QByteArray, line);
        QFETCH(QString, says);
        const QString db = copyOfDemo();
        const QString anchors = anchorPath();
        anchor(db, anchors);
        QFile f(anchors);
        QVERIFY(f.open(QIODevice::Append));
        f.write("# a comment\n" + line + "\n");
        f.close();
        const Run run = verify(db, {anchors});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().startsWith(QDir::toNativeSeparators(anchors) + u" line 3: "_qs),
                 run.err.constData());
        QVERIFY2(run.errText().contains(says), run.err.constData());
        QVERIFY(!run.errText().contains(u'\n'));
        // Nor is anything appended to such a file.
        const QByteArray before = fileBytes(anchors);
        const Run append =
            runSlipway({u"audit"_qs, u"anchor"_qs, u"--db"_qs, db, u"--out"_qs, anchors});
        QCOMPARE(append.exitCode, 2);
        QVERIFY(append.errText().contains(u" line 3: "_qs));
        QCOMPARE(fileBytes(anchors), before);
    }

    void missingAnchorFileIsAnInputError() {
        const Run run = verify(copyOfDemo(), {m_dir.filePath(u"nowhere.txt"_qs)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"nowhere.txt"_qs), run.err.constData());
    }

    // (f) An anchor that cannot be written: exit 2, one line naming the file, nothing left.
    void unwritableTargetLeavesNothing() {
        const QString db = copyOfDemo();
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        // A folder that is a file: no one, not even root, can create anything inside it.
        const QString notAFolder = folder.filePath(u"plain-file"_qs);
        QVERIFY(QFile(notAFolder).open(QIODevice::WriteOnly));
        const QString target = notAFolder + u"/anchors.txt"_qs;
        const Run run =
            runSlipway({u"audit"_qs, u"anchor"_qs, u"--db"_qs, db, u"--out"_qs, target});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QDir::toNativeSeparators(target)), run.err.constData());
        QVERIFY(!run.errText().contains(u'\n'));
        QCOMPARE(filesIn(folder.path()), QStringList{u"plain-file"_qs});

        // A folder without write permission, where permissions apply (not to root).
        const QString locked = folder.filePath(u"locked"_qs);
        QVERIFY(QDir().mkdir(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        if (::geteuid() != 0) {
            const Run denied = runSlipway({u"audit"_qs, u"anchor"_qs, u"--db"_qs, db, u"--out"_qs,
                                           locked + u"/anchors.txt"_qs});
            QCOMPARE(denied.exitCode, 2);
            QVERIFY2(denied.errText().contains(u"anchors.txt"_qs), denied.err.constData());
            QCOMPARE(filesIn(locked), QStringList());
        }
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // A full disk half-way through: the anchor file keeps its old lines, byte for byte.
    void fullDiskLeavesTheOldAnchorsAsTheyWere() {
        const QString db = copyOfDemo();
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString anchors = folder.filePath(u"anchors.txt"_qs);
        anchor(db, anchors);
        // Years of daily anchors; the limit lets SQLite's own files be but not the new list.
        const QByteArray line = fileBytes(anchors);
        QFile f(anchors);
        QVERIFY(f.open(QIODevice::Append));
        for (int i = 0; i < 400; ++i)
            f.write(line);
        f.close();
        const QByteArray before = fileBytes(anchors);
        QVERIFY(before.size() > 48 * 1024);
        const Run run = runLimited(
            {u"audit"_qs, u"anchor"_qs, u"--db"_qs, db, u"--out"_qs, anchors}, 40 * 1024);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"anchors.txt"_qs), run.err.constData());
        QVERIFY(!run.errText().contains(u'\n'));
        QCOMPARE(fileBytes(anchors), before);
        QCOMPARE(filesIn(folder.path()), QStringList{u"anchors.txt"_qs});
    }

    void usage() {
        const QString db = copyOfDemo();
        const Run noOut = runSlipway({u"audit"_qs, u"anchor"_qs, u"--db"_qs, db});
        QCOMPARE(noOut.exitCode, 2);
        QVERIFY(noOut.errText().contains(u"--out"_qs));
        const Run mixed = runSlipway(
            {u"audit"_qs, u"verify"_qs, u"--db"_qs, db, u"--out"_qs, m_dir.filePath(u"x"_qs)});
        QCOMPARE(mixed.exitCode, 2);
        QVERIFY(mixed.errText().contains(u"--anchor"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_AuditAnchors)
#include "tst_AuditAnchors.moc"
