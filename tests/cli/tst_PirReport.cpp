// SPDX-License-Identifier: GPL-3.0-or-later
// slipway report pir: the post-implementation review of a release as PDF, read back with
// pdftotext: every section (the release and its deployments, validation with the Mann–Whitney
// p-value, correlated incidents with the new pattern marked, feedback, the review's text, the
// timeline, the actions), DRAFT while the review is a draft and not once it is done, a hostile
// release name shown as its text. No review: refused on one line (exit 1), nothing written. A
// missing --out folder: one line (exit 2), nothing written.
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/FeedbackService.h"
#include "services/ReleaseService.h"
#include "services/ReviewService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const QString kHostile = u"Pay <script>alert(1)</script> & \"Co\" 'x'"_qs;

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(u"pdftotext"_qs, {pdf, u"-"_qs});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        helperFailed(u"pdftotext failed on "_qs + pdf);
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class tst_PirReport : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"pir"_qs};
    QString m_db;
    qint64 m_reviewed = 0;
    qint64 m_unreviewed = 0;

    // A major release of Payments API deployed 100 hours ago: a failing check, a degraded metric,
    // an incident on its service 5 hours in (a category never seen before), support feedback,
    // a draft review with one overdue action. Beside it, a release with no review.
    void makeFile() {
        m_db = m_files.newFile();
        auto db = openDatabase(m_db);
        QVERIFY(db);
        addTwoTeams(*db);
        const Session session{u"alice"_qs, {}};
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 at = now - 100 * 3600;
        ReleaseService releases(*db, session);
        Release r = releaseBetween(kHostile, at - 3600, at + 3600, ReleaseType::Major);
        r.version = u"2.4.0"_qs;
        r.serviceIds = {1};
        m_reviewed = createRelease(releases, r);
        Release other = releaseBetween(u"Checkout Web"_qs, at - 3600, at + 3600);
        other.version = u"7.1.0"_qs;
        m_unreviewed = createRelease(releases, other);
        QVERIFY(m_reviewed > 0 && m_unreviewed > 0);
        exec(*db, u"INSERT INTO environments (id, name, kind, created_by, created_at, updated_by, "
                  "updated_at) VALUES (9, 'Production', 'prod', 't', 0, 't', 0)"_qs);
        for (qint64 id : {m_reviewed, m_unreviewed}) {
            exec(*db,
                 u"INSERT INTO deployments (release_id, environment_id, version, outcome, "
                 "deployed_by, deployed_at, notes, created_by, created_at) VALUES (%1, 9, "
                 "'2.4.0', 'succeeded', 'pipeline', %2, 'blue-green <switch>', 't', %2)"_qs.arg(id)
                     .arg(at));
            exec(*db, u"UPDATE releases SET status = 'deployed' WHERE id = %1"_qs.arg(id));
        }
        exec(*db, u"INSERT INTO validation_checks (id, release_id, name, kind, definition, "
                  "created_by, created_at, updated_by, updated_at) VALUES (1, %1, 'Refund "
                  "health', 'http', '{\"url\": \"https://pay.example.com/health\"}', 't', 0, "
                  "'t', 0)"_qs.arg(m_reviewed));
        exec(*db, u"INSERT INTO validation_results (check_id, release_id, run_at, ok, "
                  "latency_ms, http_status, reason, run_by) VALUES (1, %1, %2, 0, 1200, 503, "
                  "'HTTP 503 where 200 was expected', 'scheduler')"_qs.arg(m_reviewed)
                      .arg((at + 3600) * 1000));
        exec(*db, u"INSERT INTO service_metrics (id, service_id, name, unit, created_by, "
                  "created_at, updated_by, updated_at) VALUES (1, 1, 'error_rate', '%', 't', 0, "
                  "'t', 0)"_qs);
        exec(*db, u"INSERT INTO metric_verdicts (release_id, metric_id, computed_at, "
                  "deployed_at, baseline_median, after_median, change, u_statistic, p_value, "
                  "n_before, n_after, verdict) VALUES (%1, 1, %2, %3, 0.4, 1.9, 1.5, 12, "
                  "0.00002, 288, 288, 'degraded')"_qs.arg(m_reviewed)
                      .arg(now)
                      .arg(at));
        exec(*db, u"INSERT INTO incidents (number, source, title, opened_at, priority, "
                  "severity, state, category, config_item, service, imported_at, imported_by) "
                  "VALUES ('INC0010112', 'servicenow', 'Refunds <i>fail</i> & time out', %1, "
                  "'1 - Critical', 1, 'In Progress', 'Database', 'pay-db-01', 'Payments API', "
                  "%2, 't')"_qs.arg(at + 5 * 3600)
                      .arg(now));
        FeedbackEntry entry;
        entry.releaseId = m_reviewed;
        entry.team = u"Service desk"_qs;
        entry.what = u"Customers see \"refund pending\" for hours"_qs;
        entry.severity = FeedbackSeverity::High;
        entry.reportedAt = at + 6 * 3600;
        auto added = FeedbackService(*db, session).create(entry);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        ReviewService reviews(*db, session);
        auto started = reviews.start(m_reviewed);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        PostReview review = started.value();
        review.summary = u"Refunds slowed for six hours after the switch."_qs;
        review.wentWell = u"The rollback plan was rehearsed."_qs;
        review.wentBadly = u"The refund path had no synthetic check."_qs;
        review.factors = u"Connection pool sized for the old schema."_qs;
        auto saved = reviews.save(review);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        ReviewAction action;
        action.releaseId = m_reviewed;
        action.title = u"Add a refund transaction check"_qs;
        action.owner = u"Payments SRE"_qs;
        action.dueAt = now - 86400;
        auto made = reviews.createAction(action);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        makeFile();
    }

    void draftReviewHasEverySection() {
        const QString pdf = m_files.filePath(u"draft.pdf"_qs);
        const Run run = runSlipway({u"report"_qs, u"pir"_qs, u"--db"_qs, m_db, u"--release"_qs,
                                    QString::number(m_reviewed), u"--out"_qs, pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(run.outText().contains(u"draft"_qs));
        const QString text = pdfText(pdf);
        const QString title = u"Post-implementation review — "_qs + kHostile + u" 2.4.0"_qs;
        const QStringList sections = {title,
                                      u"DRAFT"_qs,
                                      u"Blameless review"_qs,
                                      u"The release"_qs,
                                      u"Deployments"_qs,
                                      u"blue-green <switch>"_qs,
                                      u"Validation"_qs,
                                      u"Refund health"_qs,
                                      u"HTTP 503 where 200 was expected"_qs,
                                      u"Mann–Whitney"_qs,
                                      u"with p < 0.01."_qs,
                                      u"feedback window ended"_qs,
                                      u"error_rate"_qs,
                                      u"< 0.0001"_qs,
                                      u"Degraded"_qs,
                                      u"Correlated incidents"_qs,
                                      u"INC0010112"_qs,
                                      u"Refunds <i>fail</i> & time out"_qs,
                                      u"NEW PATTERN"_qs,
                                      u"Support feedback"_qs,
                                      u"Customers see \"refund pending\" for hours"_qs,
                                      u"Summary"_qs,
                                      u"What went well"_qs,
                                      u"What did not go well"_qs,
                                      u"Contributing factors"_qs,
                                      u"Connection pool sized for the old schema."_qs,
                                      u"Lessons learned"_qs,
                                      u"Not written yet."_qs,
                                      u"Timeline"_qs,
                                      u"Actions"_qs,
                                      u"Add a refund transaction check"_qs,
                                      u"Payments SRE"_qs,
                                      u"(overdue)"_qs,
                                      u"Page 1 of"_qs};
        for (const QString& expected : sections)
            QVERIFY2(text.contains(expected), qPrintable(u"missing: "_qs + expected));
        // Escaped, never interpreted: the markup is text and no "&amp;" leaks through.
        QVERIFY(!text.contains(u"&amp;"_qs));
        QVERIFY(!text.contains(u"&lt;"_qs));
    }

    void doneReviewHasNoDraftMark() {
        {
            auto db = openDatabase(m_db);
            QVERIFY(db);
            ReviewService reviews(*db, Session{u"alice"_qs, {}});
            auto found = reviews.forRelease(m_reviewed);
            QVERIFY(found && found->has_value());
            PostReview review = found->value();
            review.lessons = u"Every payment path gets a synthetic check."_qs;
            review.state = PostReview::State::Done;
            auto saved = reviews.save(review);
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        }
        const QString pdf = m_files.filePath(u"done.pdf"_qs);
        const Run run = runSlipway({u"report"_qs, u"pir"_qs, u"--db"_qs, m_db, u"--release"_qs,
                                    QString::number(m_reviewed), u"--out"_qs, pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QString text = pdfText(pdf);
        QVERIFY(!text.contains(u"DRAFT"_qs));
        QVERIFY(text.contains(u"Every payment path gets a synthetic check."_qs));
        QVERIFY(text.contains(u"signed off by alice"_qs));
    }

    void longTablesRepeatTheirHeaderOnEveryPage() {
        const QString file = m_files.newFile();
        QVERIFY(QFile::copy(m_db, file));
        {
            auto db = openDatabase(file);
            QVERIFY(db);
            FeedbackService feedback(*db, Session{u"alice"_qs, {}});
            for (int i = 0; i < 150; ++i) {
                FeedbackEntry e;
                e.releaseId = m_reviewed;
                e.team = u"Desk %1"_qs.arg(i);
                e.what = u"Report number %1 of slow refunds"_qs.arg(i);
                e.reportedAt = QDateTime::currentSecsSinceEpoch() - 90 * 3600 + i * 60;
                QVERIFY(feedback.create(e));
            }
        }
        const QString pdf = m_files.filePath(u"long.pdf"_qs);
        const Run run = runSlipway({u"report"_qs, u"pir"_qs, u"--db"_qs, file, u"--release"_qs,
                                    QString::number(m_reviewed), u"--out"_qs, pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        // Each page holding feedback rows starts them under the table's header.
        int pagesWithRows = 0;
        for (int page = 1; page <= 20; ++page) {
            QProcess p;
            p.start(u"pdftotext"_qs, {u"-f"_qs, QString::number(page), u"-l"_qs,
                                      QString::number(page), pdf, u"-"_qs});
            QVERIFY(p.waitForFinished(60000));
            if (p.exitCode() != 0)
                break;
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            // The timeline quotes the feedback too ("Feedback from …"): its pages are its own.
            if (!text.contains(u"of slow refunds"_qs) || text.contains(u"Feedback from"_qs))
                continue;
            ++pagesWithRows;
            QVERIFY2(text.contains(u"Reported (UTC)"_qs), qPrintable(u"page %1"_qs.arg(page)));
        }
        QVERIFY(pagesWithRows >= 2);
    }

    void noReviewIsRefusedOnOneLine() {
        const QString pdf = m_files.filePath(u"none.pdf"_qs);
        const Run run = runSlipway({u"report"_qs, u"pir"_qs, u"--db"_qs, m_db, u"--release"_qs,
                                    QString::number(m_unreviewed), u"--out"_qs, pdf});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"slipway review start"_qs), qPrintable(run.errText()));
        QVERIFY(!run.errText().contains(u'\n'));
        QVERIFY(!QFile::exists(pdf));
    }

    void missingFolderIsBadInputAndWritesNothing() {
        const QString folder = m_files.filePath(u"no-such-folder"_qs);
        const QString pdf = folder + u"/review.pdf"_qs;
        const Run run = runSlipway({u"report"_qs, u"pir"_qs, u"--db"_qs, m_db, u"--release"_qs,
                                    QString::number(m_reviewed), u"--out"_qs, pdf});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.errText().isEmpty());
        QVERIFY(!run.errText().contains(u'\n'));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QDir(folder).exists());
        // And the usage: no --out, an unknown report.
        QCOMPARE(runSlipway({u"report"_qs, u"pir"_qs, u"--db"_qs, m_db, u"--release"_qs,
                             QString::number(m_reviewed)})
                     .exitCode,
                 2);
        QCOMPARE(runSlipway({u"report"_qs, u"pirr"_qs, u"--db"_qs, m_db}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_PirReport)
#include "tst_PirReport.moc"
