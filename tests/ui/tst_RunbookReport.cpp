// SPDX-License-Identifier: GPL-3.0-or-later
// RunbookReportWriter, the bridge-call PDF: user text reaches the page as written (escaped in
// the HTML, found verbatim in the PDF's text through Qt PDF), the plan's times and critical
// steps, the warnings (overrun, TTL lowered too late, unplannable steps), the run's record,
// a long runbook's header row on every page of its table, and writing complete or not at all.
#include "TestSupport.h"
#include "deploy/RunbookReportWriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;
using slipway::ui::RunbookReportWriter;

namespace {

const qint64 kStart = QDateTime(QDate(2026, 12, 5), QTime(22, 0), Qt::UTC).toSecsSinceEpoch();

RunbookStep step(const QString& key, const QString& title, StepKind kind, int minutes,
                 const QStringList& dependsOn = {}) {
    RunbookStep s;
    s.key = key;
    s.title = title;
    s.kind = kind;
    s.durationMin = minutes;
    s.dependsOn = dependsOn;
    s.owner = u"deployer"_qs;
    return s;
}

RunbookReportWriter::Input input() {
    RunbookReportWriter::Input in;
    in.releaseLabel = u"Payments <b>API</b> 2.4.0"_qs;
    in.windowStartUtc = kStart;
    in.windowEndUtc = kStart + 3 * 3600;
    in.windowZone = u"Europe/Berlin"_qs;
    in.generatedAt = kStart - 86400;
    Runbook& rb = in.runbook;
    rb.pattern = DeploymentPattern::BlueGreen;
    rb.rationale = u"Stateless & behind a load balancer <i>spare</i> capacity"_qs;
    rb.state = Runbook::State::Ready;
    rb.readyBy = u"amara <script>alert(1)</script>"_qs;
    rb.readyAt = kStart - 7200;
    rb.steps << step(u"S1"_qs, u"Announce the window"_qs, StepKind::Communication, 5);
    RunbookStep deploy =
        step(u"S2"_qs, u"Deploy green — مرحبا بالعالم"_qs, StepKind::Script, 30, {u"S1"_qs});
    deploy.scriptRepo = u"https://git.example.com/payments/deploy.git"_qs;
    deploy.scriptPath = u"scripts/deploy-green.sh"_qs;
    deploy.scriptCommit = u"3f9c2e1a7b"_qs;
    deploy.scriptSha256 = u"3bd38aa1d8e1ad319668275cae53b8413c6d49d67021fe9ec88a456be582d5da"_qs;
    deploy.notes = u"owner's note: <img src=x onerror=alert(1)>"_qs;
    rb.steps << deploy;
    rb.steps << step(u"S3"_qs, u"Side task"_qs, StepKind::Manual, 5, {u"S1"_qs});
    RunbookStep cut = step(u"S4"_qs, u"Switch DNS"_qs, StepKind::Cutover, 5, {u"S2"_qs});
    cut.dnsRecord = u"api.payments.example.com"_qs;
    cut.ttlOldSeconds = 3600;
    cut.ttlNewSeconds = 60;
    cut.ttlLoweredAt = kStart + 10 * 60; // 25 min before its planned start: less than an hour
    rb.steps << cut;
    RunbookStep back = step(u"R4"_qs, u"Switch DNS back"_qs, StepKind::Cutover, 5);
    back.direction = StepDirection::Rollback;
    back.rollbackOf = u"S4"_qs;
    rb.steps << back;
    RunbookTrigger t;
    t.kind = TriggerKind::HealthCheck;
    t.name = u"Checkout <u>health</u>"_qs;
    t.url = u"https://checkout.example.com/healthz?a=1&b=2"_qs;
    t.failures = 3;
    rb.triggers << t;
    return in;
}

QString pdfText(const QByteArray& pdf, int* pages = nullptr, QStringList* perPage = nullptr) {
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    if (doc.status() != QPdfDocument::Status::Ready) {
        helperFailed(u"Qt PDF cannot read the report"_qs);
        return {};
    }
    QString all;
    for (int p = 0; p < doc.pageCount(); ++p) {
        const QString text = doc.getAllText(p).text().simplified();
        if (perPage)
            *perPage << text;
        all += text + u' ';
    }
    if (pages)
        *pages = doc.pageCount();
    return all;
}

} // namespace

class tst_RunbookReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void userTextIsEscaped() {
        const QString html = RunbookReportWriter::html(input());
        for (const QString& raw : {u"<b>API</b>"_qs, u"<i>spare</i>"_qs, u"<script>"_qs,
                                   u"<img src"_qs, u"<u>health</u>"_qs, u"?a=1&b=2"_qs})
            QVERIFY2(!html.contains(raw), qPrintable(raw));
        for (const QString& escaped :
             {u"Payments &lt;b&gt;API&lt;/b&gt; 2.4.0"_qs, u"&lt;img src=x onerror=alert(1)&gt;"_qs,
              u"amara &lt;script&gt;alert(1)&lt;/script&gt;"_qs, u"Stateless &amp; behind"_qs})
            QVERIFY2(html.contains(escaped), qPrintable(escaped));
    }

    void pdfSaysWhatThePlanSays() {
        int pages = 0;
        const QString text = pdfText(RunbookReportWriter::toPdf(input()), &pages);
        QVERIFY(pages >= 1);
        for (const QString& expected : {
                 u"Payments <b>API</b> 2.4.0"_qs,
                 u"Window: Sat 5 Dec 2026 22:00 – Sun 6 Dec 2026 01:00 UTC"_qs,
                 u"Local: Sat 5 Dec 2026 23:00 – Sun 6 Dec 2026 02:00 Europe/Berlin"_qs,
                 u"Pattern: Blue-green"_qs,
                 u"Stateless & behind a load balancer <i>spare</i> capacity"_qs,
                 u"marked by amara <script>alert(1)</script>"_qs,
                 u"Planned end: 22:40 UTC"_qs,
                 u"2 h 20 min before the window closes"_qs,
                 u"Critical path: S1 → S2 → S4"_qs,
                 u"22:05 – 22:35"_qs, // S2
                 u"CRITICAL"_qs,
                 u"slack 30 min"_qs, // S3 may finish at 22:40
                 u"3bd38aa1d8e1ad319668275cae53b8413c6d49d67021fe9ec88a456be582d5da"_qs,
                 u"lowered only 25 min before the cutover; one old TTL is 1 h 00 min"_qs,
                 u"Checkout <u>health</u>"_qs,
                 u"GET https://checkout.example.com/healthz?a=1&b=2 fails 3 time(s) in a row"_qs,
                 u"Page 1 of"_qs,
             }) {
            QString haystack = text;
            QString needle = expected;
            // A hash or URL may wrap inside its cell: compare without spaces.
            if (!haystack.contains(needle))
                QVERIFY2(haystack.remove(u' ').contains(needle.remove(u' ')),
                         qPrintable(u"missing: "_qs + expected));
        }
        QVERIFY(!text.contains(u"What happened"_qs)); // never run
    }

    void warnings() {
        RunbookReportWriter::Input in = input();
        in.runbook.steps[1].durationMin = 400; // past the window's end
        QVERIFY(pdfText(RunbookReportWriter::toPdf(in)).contains(u"overruns the window by"_qs));
        in.windowStartUtc = in.windowEndUtc = 0;
        const QString noWindow = pdfText(RunbookReportWriter::toPdf(in));
        QVERIFY(noWindow.contains(u"No window yet"_qs));
        QVERIFY(noWindow.contains(u"T+0:05 – T+6:45"_qs));
        in.runbook.steps[0].dependsOn = {u"S2"_qs}; // S1 ↔ S2
        QVERIFY(
            pdfText(RunbookReportWriter::toPdf(in)).contains(u"The steps cannot be planned"_qs));
    }

    void whatHappened() {
        RunbookReportWriter::Input in = input();
        RunbookRun run;
        run.startedBy = u"hiro"_qs;
        run.startedAt = kStart;
        run.outcome = RunOutcome::RolledBack;
        run.endedBy = u"amara"_qs;
        run.endedAt = kStart + 3600;
        run.events << StepEvent{1, u"S1"_qs, StepStatus::Done, kStart + 300, u"hiro"_qs, {}};
        run.events << StepEvent{2, u"S2"_qs, StepStatus::Running, kStart + 300, u"ci"_qs, {}};
        run.events << StepEvent{
            3, u"S2"_qs, StepStatus::Failed, kStart + 900, u"ci"_qs, u"exit 1 <stderr>"_qs};
        run.firings << TriggerFiring{1,        TriggerKind::StepFailed, u"A step failed"_qs,
                                     u"S2"_qs, u"step S2 failed"_qs,    kStart + 901,
                                     u"ci"_qs};
        run.decisions << CheckpointDecision{1,
                                            {},
                                            RunDecision::Rollback,
                                            u"S2 failed & the window is short"_qs,
                                            kStart + 960,
                                            u"amara"_qs};
        in.run = run;
        const QString text = pdfText(RunbookReportWriter::toPdf(in));
        for (const QString& expected :
             {u"What happened"_qs, u"Run started by hiro"_qs, u"Outcome: Rolled back"_qs,
              u"exit 1 <stderr>"_qs, u"Triggers that fired"_qs, u"step S2 failed"_qs,
              u"S2 failed & the window is short"_qs, u"5 Dec 22:15:00"_qs})
            QVERIFY2(text.contains(expected), qPrintable(u"missing: "_qs + expected));
    }

    // 150 steps: the steps table runs over several pages, its header row on each.
    void longRunbookRepeatsHeaders() {
        RunbookReportWriter::Input in = input();
        in.runbook.steps.clear();
        for (int i = 1; i <= 150; ++i)
            in.runbook.steps << step(
                QStringLiteral("S%1").arg(i),
                QStringLiteral("Step number %1 of the long runbook").arg(i), StepKind::Manual, 1,
                i > 1 ? QStringList{QStringLiteral("S%1").arg(i - 1)} : QStringList());
        int pages = 0;
        QStringList perPage;
        const QString text = pdfText(RunbookReportWriter::toPdf(in), &pages, &perPage);
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        int withSteps = 0;
        for (int p = 0; p < perPage.size(); ++p) {
            if (!perPage[p].contains(u"of the long runbook"_qs))
                continue;
            ++withSteps;
            QVERIFY2(perPage[p].contains(u"Depends on"_qs) && perPage[p].contains(u"Planned"_qs),
                     qPrintable(QStringLiteral("page %1 has steps but no header").arg(p + 1)));
            QVERIFY(perPage[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages)));
        }
        QVERIFY(withSteps >= 4);
        for (int i : {1, 75, 150})
            QVERIFY(text.contains(QStringLiteral("Step number %1 of the long runbook").arg(i)));
    }

    void writesCompleteOrNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"runbook.pdf"_qs);
        const auto written = RunbookReportWriter::writePdf(input(), path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QVERIFY(written->pages >= 1);
        QVERIFY(fileBytes(path).startsWith("%PDF-"));
        // A folder that does not exist: refused, nothing left behind.
        const QString nowhere = dir.filePath(u"missing/runbook.pdf"_qs);
        QVERIFY(!RunbookReportWriter::writePdf(input(), nowhere));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_MAIN(tst_RunbookReport)
#include "tst_RunbookReport.moc"
