// SPDX-License-Identifier: GPL-3.0-or-later
// slipway report adherence: the deviations of a period with their corrective actions, as PDF
// (read back with pdftotext and pdfimages) and as CSV, the deviations and beside them their
// counts by team, month and kind (parsed back with CsvReader). The fixture
// makes each situation through the models and plain rows: a release deployed to production
// without a change request, one deployed inside an incident freeze, one deployed after the
// period; corrective actions in two states on the first. Hostile names come out as their text
// in the PDF and formula-neutralised in the CSV. Bad dates, an empty period and a wrong suffix
// are refused on one line (exit 2) with nothing written; the file read is never changed.
#include "Fixtures.h"
#include "TestSupport.h"
#include "domain/CorrectiveAction.h"
#include "io/CsvReader.h"
#include "services/AdherenceService.h"
#include "services/CorrectiveActionService.h"
#include "services/ReleaseService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const QString kHostileRelease = u"Pay <script>alert(1)</script> & \"Co\""_qs;
const QString kHostileTeam = u"=cmd|' /C calc'!A0 <b>Ops</b>"_qs;

qint64 utcOf(const QString& iso) {
    return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch();
}

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        helperFailed(program + u" failed on "_qs + args.join(u' '));
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString sql(const QString& text) {
    return u"'"_qs + QString(text).replace(u"'"_qs, u"''"_qs) + u"'"_qs;
}

} // namespace

class tst_ReportAdherence : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"adherence"_qs};
    QString m_db;
    QString m_withoutApproval; // the key of release A's deviation
    QString m_inFreeze;

    QStringList args(const QString& out, const QString& from = u"2026-09-01"_qs,
                     const QString& to = u"2026-11-01"_qs) const {
        return {u"report"_qs, u"adherence"_qs, u"--db"_qs, m_db,        u"--from"_qs,
                from,         u"--to"_qs,      to,         u"--out"_qs, out};
    }

    void deploy(Database& db, qint64 releaseId, qint64 at) {
        exec(db, u"INSERT INTO deployments (release_id, environment_id, version, outcome, "
                 "deployed_by, deployed_at, created_by, created_at) VALUES (%1, 9, '1.0', "
                 "'succeeded', 'pipeline', %2, 't', %2)"_qs.arg(releaseId)
                     .arg(at));
        exec(db, u"UPDATE releases SET status = 'deployed' WHERE id = %1"_qs.arg(releaseId));
    }

    void makeFile() {
        m_db = m_files.newFile();
        auto db = openDatabase(m_db);
        QVERIFY(db);
        addTwoTeams(*db);
        exec(*db, u"UPDATE teams SET name = %1 WHERE id = 1"_qs.arg(sql(kHostileTeam)));
        exec(*db, u"INSERT INTO environments (id, name, kind, created_by, created_at, updated_by, "
                  "updated_at) VALUES (9, 'Production', 'prod', 't', 0, 't', 0)"_qs);
        const Session session{u"alice"_qs, {}};
        ReleaseService releases(*db, session);
        const qint64 a = utcOf(u"2026-09-15T10:00:00Z"_qs);
        const qint64 b = utcOf(u"2026-10-20T12:00:00Z"_qs);
        const qint64 c = utcOf(u"2026-11-05T12:00:00Z"_qs);
        Release ra = releaseBetween(kHostileRelease, a - 3600, a + 3600);
        ra.version = u"2.4.0"_qs;
        ra.teamId = 1;
        ra.serviceIds = {1};
        Release rb = releaseBetween(u"Checkout Web"_qs, b - 3600, b + 3600);
        rb.version = u"7.1.0"_qs;
        rb.teamId = 2;
        rb.serviceIds = {2};
        Release rc = releaseBetween(u"Ledger Sync"_qs, c - 3600, c + 3600);
        rc.version = u"0.9.0"_qs;
        rc.teamId = 2;
        const qint64 idA = createRelease(releases, ra);
        const qint64 idB = createRelease(releases, rb);
        const qint64 idC = createRelease(releases, rc);
        QVERIFY(idA > 0 && idB > 0 && idC > 0);
        deploy(*db, idA, a);
        deploy(*db, idB, b);
        deploy(*db, idC, c);
        exec(*db, u"INSERT INTO incident_freezes (name, reason, incident_ref, start_utc, end_utc, "
                  "created_by, created_at, updated_by, updated_at) VALUES ('Checkout outage "
                  "freeze', 'INC0042', 'INC0042', %1, %2, 't', 0, 't', 0)"_qs.arg(b - 12 * 3600)
                      .arg(b + 12 * 3600));

        // The keys as the adherence engine gives them: the actions attach to those.
        auto found =
            AdherenceService(*db, session)
                .deviations(utcOf(u"2026-09-01T00:00:00Z"_qs), utcOf(u"2026-11-01T00:00:00Z"_qs),
                            QDateTime::currentSecsSinceEpoch());
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        for (const Deviation& d : found.value()) {
            QVERIFY2(d.releaseId != idC, qPrintable(d.key));
            if (d.releaseId == idA && d.kind == DeviationKind::DeployedWithoutApproval)
                m_withoutApproval = d.key;
            if (d.releaseId == idB && d.kind == DeviationKind::DeployedInFreeze)
                m_inFreeze = d.key;
        }
        QVERIFY2(!m_withoutApproval.isEmpty() && !m_inFreeze.isEmpty(),
                 "the fixture's deviations were not found");

        CorrectiveActionService actions(*db, session);
        CorrectiveAction done;
        done.deviationKey = m_withoutApproval;
        done.releaseId = idA;
        done.title = u"Require an approved change in the deploy pipeline"_qs;
        done.owner = u"Dana Platform"_qs;
        done.due = QDate(2026, 10, 1);
        auto made = actions.create(done);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        CorrectiveAction closed = made.value();
        closed.state = CorrectiveState::Done;
        closed.note = u"Pipeline <gate> added"_qs;
        auto updated = actions.update(closed);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        CorrectiveAction open;
        open.deviationKey = m_withoutApproval;
        open.releaseId = idA;
        open.title = u"Brief the on-call rota on approvals"_qs;
        open.owner = u"@ops-leads"_qs;
        open.due = QDate(2026, 12, 15);
        auto second = actions.create(open);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        makeFile();
    }

    void pdfListsDeviationsActionsAndSignOff() {
        const QString pdf = m_files.filePath(u"review.pdf"_qs);
        const QByteArray before = fileBytes(m_db);
        const Run r = runSlipway(args(pdf));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"deviation(s) with 2 corrective action(s)"_qs),
                 qPrintable(r.outText()));
        QCOMPARE(fileBytes(m_db), before); // read-only
        const QString text = run(u"pdftotext"_qs, {pdf, u"-"_qs}).simplified();
        QVERIFY2(text.contains(u"Adherence review — 1 Sep 2026 – 31 Oct 2026"_qs),
                 qPrintable(text.left(300)));
        for (const DeviationKind kind :
             {DeviationKind::DeployedWithoutApproval, DeviationKind::DeployedInFreeze})
            QVERIFY2(text.contains(deviationKindLabel(kind)), qPrintable(toKey(kind)));
        // A key may wrap in its cell: compare without the spaces.
        const QString compact = QString(text).remove(u' ');
        QVERIFY2(compact.contains(m_withoutApproval), qPrintable(m_withoutApproval));
        QVERIFY2(compact.contains(m_inFreeze), qPrintable(m_inFreeze));
        // Hostile names come out as their text, never as markup.
        QVERIFY2(compact.contains(QString(kHostileRelease + u" 2.4.0"_qs).remove(u' ')),
                 qPrintable(text));
        QVERIFY(compact.contains(QString(kHostileTeam).remove(u' ')));
        QVERIFY(text.contains(u"Pipeline <gate> added"_qs));
        QVERIFY(text.contains(u"Require an approved change in the deploy pipeline"_qs));
        QVERIFY(text.contains(u"Brief the on-call rota on approvals"_qs));
        QVERIFY(text.contains(u"@ops-leads"_qs));
        QVERIFY(text.contains(correctiveStateLabel(CorrectiveState::Done)));
        QVERIFY(text.contains(correctiveStateLabel(CorrectiveState::Open)));
        // Counts by team and month, the later release left out.
        QVERIFY(text.contains(u"By team and month"_qs));
        QVERIFY(text.contains(u"2026-09"_qs) && text.contains(u"2026-10"_qs));
        QVERIFY(!text.contains(u"Ledger Sync"_qs));
        // The sign-off names the audit chain head as `report cab` does.
        auto db = openDatabase(m_db, true);
        QVERIFY(db);
        auto tip = AuditLog(*db).tip();
        QVERIFY(tip);
        QVERIFY(text.contains(u"Sign-off"_qs));
        QVERIFY2(text.contains(u"2 corrective action(s) · 1 not closed"_qs), qPrintable(text));
        QVERIFY2(text.contains(u"Audit log: %1 entries, head %2"_qs.arg(tip->seq).arg(tip->hash)),
                 qPrintable(text.right(600)));
        QVERIFY(text.contains(u"Reviewed by (name)"_qs));
        QVERIFY(text.contains(u"Page 1 of"_qs));
        // The trend chart is an image on the page.
        if (!QStandardPaths::findExecutable(u"pdfimages"_qs).isEmpty()) {
            const QString images = run(u"pdfimages"_qs, {u"-list"_qs, pdf});
            QVERIFY2(images.count(u"image"_qs) >= 1, qPrintable(images));
        }
    }

    void csvHasOneRowPerActionNeutralised() {
        const QString path = m_files.filePath(u"review.csv"_qs);
        const Run r = runSlipway(args(path));
        QCOMPARE(r.exitCode, 0);
        auto table = CsvReader::read(path);
        QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
        const QStringList header = table->header();
        QCOMPARE(header.value(0), u"deviation_key"_qs);
        const int key = int(header.indexOf(u"deviation_key"_qs));
        const int team = int(header.indexOf(u"team"_qs));
        const int release = int(header.indexOf(u"release"_qs));
        const int owner = int(header.indexOf(u"action_owner"_qs));
        const int state = int(header.indexOf(u"action_state"_qs));
        QVERIFY(key >= 0 && team >= 0 && release >= 0 && owner >= 0 && state >= 0);
        QStringList states;
        bool freezeSeen = false;
        for (qsizetype row = 0; row < table->rowCount(); ++row) {
            if (table->text(row, key) == m_withoutApproval) {
                QCOMPARE(table->text(row, team), u"'"_qs + kHostileTeam);
                QCOMPARE(table->text(row, release), kHostileRelease + u" 2.4.0"_qs);
                states << table->text(row, state);
                if (table->text(row, state) == u"open"_qs)
                    QCOMPARE(table->text(row, owner), u"'@ops-leads"_qs);
            }
            if (table->text(row, key) == m_inFreeze) {
                freezeSeen = true;
                QCOMPARE(table->text(row, state), QString()); // no action yet
            }
        }
        states.sort();
        QCOMPARE(states, (QStringList{u"done"_qs, u"open"_qs}));
        QVERIFY(freezeSeen);
    }

    // Beside the deviations, their counts by team, month and kind: what the PDF's "By team and
    // month" table shows, one row per count so that a pivot table reads it.
    void csvCountsBesideDeviations() {
        const QString path = m_files.filePath(u"quarter.csv"_qs);
        const QString countsPath = m_files.filePath(u"quarter-counts.csv"_qs);
        const Run r = runSlipway(args(path));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"quarter-counts.csv: counts by team, month and kind"_qs),
                 qPrintable(r.outText()));
        auto deviations = CsvReader::read(path);
        QVERIFY2(deviations, qPrintable(deviations ? QString() : deviations.error().message));
        QSet<QString> keys;
        const int key = int(deviations->header().indexOf(u"deviation_key"_qs));
        for (qsizetype row = 0; row < deviations->rowCount(); ++row)
            keys.insert(deviations->text(row, key));
        auto counts = CsvReader::read(countsPath);
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
        QCOMPARE(counts->header(),
                 (QStringList{u"team"_qs, u"month"_qs, u"kind"_qs, u"kind_label"_qs, u"count"_qs}));
        int total = 0;
        QMap<QString, int> byTeamMonthKind;
        for (qsizetype row = 0; row < counts->rowCount(); ++row) {
            const int n = counts->text(row, 4).toInt();
            QVERIFY2(n > 0, qPrintable(counts->text(row, 4)));
            total += n;
            byTeamMonthKind[counts->text(row, 0) + u'|' + counts->text(row, 1) + u'|' +
                            counts->text(row, 2)] += n;
            const auto kind = deviationKindFromKey(counts->text(row, 2));
            QVERIFY2(kind, qPrintable(counts->text(row, 2)));
            QCOMPARE(counts->text(row, 3), deviationKindLabel(*kind));
        }
        // Every deviation counted once, in its team and month; the hostile team neutralised.
        QCOMPARE(total, int(keys.size()));
        const QString a = u"'"_qs + kHostileTeam + u"|2026-09|"_qs +
                          toKey(DeviationKind::DeployedWithoutApproval);
        QVERIFY2(byTeamMonthKind.value(a) == 1, qPrintable(byTeamMonthKind.keys().join(u", ")));
        QCOMPARE(
            byTeamMonthKind.value(u"Checkout|2026-10|"_qs + toKey(DeviationKind::DeployedInFreeze)),
            1);
        QVERIFY(!QFile::exists(m_files.filePath(u"quarter.pdf"_qs)));
    }

    void emptyPeriodSaysSo() {
        const QString pdf = m_files.filePath(u"empty.pdf"_qs);
        const Run r = runSlipway(args(pdf, u"2025-01-01"_qs, u"2025-02-01"_qs));
        QCOMPARE(r.exitCode, 0);
        const QString text = run(u"pdftotext"_qs, {pdf, u"-"_qs}).simplified();
        QVERIFY(text.contains(u"0 deviation(s)"_qs));
        QVERIFY(text.contains(u"no deviations"_qs));
    }

    void badInputIsOneLineAndWritesNothing_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("says");
        QTest::newRow("bad from") << u"2026-13-01"_qs << u"2026-11-01"_qs << u"x.pdf"_qs
                                  << u"--from takes a date"_qs;
        QTest::newRow("bad to") << u"2026-09-01"_qs << u"soon"_qs << u"x.pdf"_qs
                                << u"--to takes a date"_qs;
        QTest::newRow("from after to")
            << u"2026-11-01"_qs << u"2026-09-01"_qs << u"x.csv"_qs << u"is not before --to"_qs;
        QTest::newRow("from is to")
            << u"2026-11-01"_qs << u"2026-11-01"_qs << u"x.csv"_qs << u"is not before --to"_qs;
        QTest::newRow("suffix") << u"2026-09-01"_qs << u"2026-11-01"_qs << u"x.txt"_qs
                                << u".pdf or .csv"_qs;
    }
    void badInputIsOneLineAndWritesNothing() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, out);
        QFETCH(QString, says);
        const QString path = m_files.filePath(out);
        const Run r = runSlipway(args(path, from, to));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(says), qPrintable(r.errText()));
        QVERIFY2(!r.errText().contains(u'\n'), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(QString(path).replace(u".csv"_qs, u"-counts.csv"_qs)));
    }

    void missingFolderIsOneLine() {
        const QString path = m_files.filePath(u"no/such/folder/review.pdf"_qs);
        const Run r = runSlipway(args(path));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"review.pdf"_qs), qPrintable(r.errText()));
        QVERIFY2(!r.errText().contains(u'\n'), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(path));
    }

    void missingDatesAreRequired() {
        const QString path = m_files.filePath(u"nodates.pdf"_qs);
        const Run r = runSlipway({u"report"_qs, u"adherence"_qs, u"--db"_qs, m_db, u"--from"_qs,
                                  u"2026-09-01"_qs, u"--out"_qs, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"--to DATE is required"_qs), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(tst_ReportAdherence)
#include "tst_ReportAdherence.moc"
