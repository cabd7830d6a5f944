// SPDX-License-Identifier: GPL-3.0-or-later
// Runbook steps as CSV and Markdown: both round trips give the same steps back, hostile text
// included; the hand-written and spreadsheet files in tests/data/runbooks read as their authors
// meant; every bad file is refused in one line naming the file, the line and what is wrong.
#include "TestSupport.h"
#include "io/RunbookCsv.h"
#include "io/RunbookMarkdown.h"
#include "io/RunbookStepTable.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace slipway;
using namespace slipway::test;

namespace {

RunbookStep step(const QString& key, const QString& title, StepKind kind, int duration,
                 const QStringList& dependsOn = {}) {
    RunbookStep s;
    s.key = key;
    s.title = title;
    s.kind = kind;
    s.durationMin = duration;
    s.dependsOn = dependsOn;
    return s;
}

// Text that breaks naive CSV, Markdown, HTML and spreadsheets.
QStringList hostileTexts() {
    return {
        u"commas, inside, \"quoted\" words"_qs,
        u"line one\nline two\r\nline three\rend"_qs,
        u"a | pipe, \\| an escaped one and a trailing backslash \\"_qs,
        u"<script>alert('x')</script> & <b>bold</b> &amp; <br> literally"_qs,
        u"=HYPERLINK(\"http://evil.example\")"_qs,
        u"'=already quoted"_qs,
        u"''+twice"_qs,
        u"-12.5"_qs,
        u"@mention #42 *stars* _under_ snake_case `code` [link](x) ~~strike~~ $x$"_qs,
        u"مرحبا بالعالم — עברית \u202Eevil\u202C mixed RTL"_qs,
        u"  spaces at both ends  "_qs,
        u"\ttab\tinside\t"_qs,
        u"\u00A0no-break space at the ends\u00A0"_qs,
        u"emoji 🚀 and a control \u0001 character"_qs,
        u"---"_qs,
        u"| key | title |"_qs,
        u"&#32; and &lt; written as text"_qs,
        u"C:\\temp\\new"_qs,
    };
}

QList<RunbookStep> hostileSteps() {
    QList<RunbookStep> steps;
    const QStringList texts = hostileTexts();
    for (int i = 0; i < texts.size(); ++i) {
        RunbookStep s = step(QStringLiteral("S%1").arg(i + 1), texts[i],
                             allStepKinds()[i % allStepKinds().size()], i + 1);
        s.owner = texts[(i + 3) % texts.size()].left(150);
        s.notes = texts[(i + 7) % texts.size()];
        s.offsetMin = i * 5;
        if (i > 0)
            s.dependsOn = {QStringLiteral("S%1").arg(i)};
        if (i > 2)
            s.dependsOn << QStringLiteral("S1");
        steps << s;
    }
    RunbookStep script = step(u"deploy.green-2"_qs, u"Deploy green"_qs, StepKind::Script, 20);
    script.scriptRepo = u"https://git.example.com/payments/deploy.git"_qs;
    script.scriptPath = u"scripts/deploy green, \"v2\".sh"_qs;
    script.scriptCommit = u"3f9c2e1a7b"_qs;
    script.scriptSha256 = u"3bd38aa1d8e1ad319668275cae53b8413c6d49d67021fe9ec88a456be582d5da"_qs;
    script.dependsOn = {u"S1"_qs};
    steps << script;
    RunbookStep cutover = step(u"S_cut"_qs, u"Switch DNS"_qs, StepKind::Cutover, 5, {u"S2"_qs});
    cutover.dnsRecord = u"api.payments.example.com"_qs;
    cutover.ttlOldSeconds = 3600;
    cutover.ttlNewSeconds = 60;
    cutover.ttlLoweredAt = QDateTime(QDate(2026, 12, 4), QTime(20, 0), Qt::UTC).toSecsSinceEpoch();
    steps << cutover;
    RunbookStep back = step(u"R_cut"_qs, u"Switch DNS back"_qs, StepKind::Cutover, 5);
    back.direction = StepDirection::Rollback;
    back.rollbackOf = u"S_cut"_qs;
    steps << back;
    RunbookStep longOne = step(u"LONG"_qs, QString(3000, u'x'), StepKind::Manual, 1);
    longOne.notes = QString(60000, u'|') + u"<br>"_qs + QString(20000, u'\n');
    steps << longOne;
    return steps;
}

QString describe(const RunbookStep& s) {
    return QStringLiteral("%1 [%2] owner [%3] notes [%4] deps %5")
        .arg(s.key, s.title.left(80), s.owner.left(80), s.notes.left(80), s.dependsOn.join(u';'));
}

void compareSteps(const QList<RunbookStep>& got, const QList<RunbookStep>& want) {
    QCOMPARE(got.size(), want.size());
    for (qsizetype i = 0; i < want.size(); ++i)
        QVERIFY2(got[i] == want[i],
                 qPrintable(u"step "_qs + QString::number(i) + u"\n got: "_qs + describe(got[i]) +
                            u"\nwant: "_qs + describe(want[i])));
}

Runbook runbookOf(const QList<RunbookStep>& steps) {
    Runbook r;
    r.releaseLabel = u"Payments API 2.4.0 <b>|#1</b>"_qs;
    r.pattern = DeploymentPattern::BlueGreen;
    r.rationale = u"Stateless, behind a load balancer;\n*spare* capacity | rollback in seconds"_qs;
    r.steps = steps;
    RunbookTrigger health;
    health.kind = TriggerKind::HealthCheck;
    health.name = u"Checkout | health <i>"_qs;
    health.url = u"https://checkout.example.com/healthz"_qs;
    health.failures = 3;
    health.expectStatus = 200;
    r.triggers << health;
    return r;
}

QString data(const QString& name) {
    return testDataPath(u"runbooks/"_qs + name);
}

// The cells of the first table cmark-gfm (GitHub's Markdown) finds in `markdown`, as a reader
// sees them: text, with <br> as a line break. Markup that was not escaped (emphasis, code, links,
// HTML other than <br>) is returned in `markup`.
QList<QStringList> renderedCells(const QByteArray& markdown, QStringList* markup) {
    QProcess p;
    p.start(u"cmark-gfm"_qs, {u"-e"_qs, u"table"_qs, u"-t"_qs, u"xml"_qs});
    p.write(markdown);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        helperFailed(u"cmark-gfm failed"_qs);
        return {};
    }
    QXmlStreamReader xml(p.readAllStandardOutput());
    QList<QStringList> rows;
    bool inTable = false, inCell = false, done = false;
    while (!xml.atEnd() && !done) {
        xml.readNext();
        const QStringView name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"table")
                inTable = true;
            else if (inTable && (name == u"table_row" || name == u"table_header"))
                rows.append(QStringList());
            else if (inTable && name == u"table_cell") {
                inCell = true;
                rows.last().append(QString());
            } else if (inCell && name == u"text")
                rows.last().last() += xml.readElementText();
            else if (inCell && name == u"html_inline") {
                const QString tag = xml.readElementText();
                if (tag.compare(u"<br>"_qs, Qt::CaseInsensitive) == 0)
                    rows.last().last() += u'\n';
                else
                    *markup << tag;
            } else if (inCell)
                *markup << name.toString();
        } else if (xml.isEndElement()) {
            if (name == u"table_cell")
                inCell = false;
            else if (name == u"table")
                done = true;
        }
    }
    if (xml.hasError())
        helperFailed(u"cmark-gfm's XML does not read: "_qs + xml.errorString());
    return rows;
}

} // namespace

class tst_RunbookFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvRoundTrip() {
        const QList<RunbookStep> steps = hostileSteps();
        const QByteArray csv = RunbookCsv::toCsv(steps);
        QVERIFY(csv.startsWith("key,title,kind,direction,rollback_of,owner,offset_min,"
                               "duration_min,depends_on,script_repo,script_path,script_commit,"
                               "script_sha256,dns_record,ttl_old_s,ttl_new_s,ttl_lowered_at,"
                               "notes\r\n"));
        // No cell a spreadsheet would run: formulas start with an apostrophe.
        QVERIFY(csv.contains(",\"'=HYPERLINK("));
        QVERIFY(!csv.contains(",=HYPERLINK(") && !csv.contains(",\"=HYPERLINK("));
        QVERIFY(csv.contains("2026-12-04T20:00:00Z"));
        const auto read = RunbookCsv::parse(csv, u"runbook.csv"_qs);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        compareSteps(read.value(), steps);

        // Through a real file, written complete by OutputFile.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"runbook.csv"_qs);
        QVERIFY(RunbookCsv::write(steps, path));
        const auto again = RunbookCsv::read(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        compareSteps(again.value(), steps);
    }

    void markdownRoundTrip() {
        const QList<RunbookStep> steps = hostileSteps();
        const Runbook runbook = runbookOf(steps);
        const QByteArray md = RunbookMarkdown::toMarkdown(runbook);
        const QString text = QString::fromUtf8(md);
        // Markup in user text is escaped: shown as written, never rendered.
        QString tags = text;
        tags.remove(u"\\<"_qs).remove(u"<br>"_qs);
        QVERIFY2(!tags.contains(u'<'), "a '<' of user text left unescaped");
        QVERIFY(text.contains(u"\\<script\\>"_qs));
        QVERIFY(text.startsWith(u"# Runbook: Payments API 2.4.0 \\<b\\>\\|\\#1\\</b\\>\n"_qs));
        QVERIFY(text.contains(u"Blue-green"_qs));
        QVERIFY(text.contains(u"\\*spare\\* capacity \\| rollback"_qs));
        QVERIFY(text.contains(u"| Checkout \\| health \\<i\\> | health_check | GET "_qs));
        // Every table row is one line: line breaks in cells are <br>.
        const QStringList lines = text.split(u'\n');
        for (const QString& l : lines)
            QVERIFY2(!l.contains(u'\r'), qPrintable(l.left(80)));
        const auto read = RunbookMarkdown::parse(md, u"runbook.md"_qs);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        compareSteps(read.value(), steps);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"runbook.md"_qs);
        QVERIFY(RunbookMarkdown::write(runbook, path));
        const auto again = RunbookMarkdown::read(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        compareSteps(again.value(), steps);
    }

    // What GitHub shows is what was written: cmark-gfm, GitHub's own Markdown, renders every
    // hostile cell as its text, with no markup of its own and the header's count of cells.
    void markdownAsGitHubRendersIt() {
        if (QStandardPaths::findExecutable(u"cmark-gfm"_qs).isEmpty())
            QSKIP("cmark-gfm (GitHub's Markdown; Debian package cmark-gfm) is not installed");
        QList<RunbookStep> steps = hostileSteps();
        steps.removeLast(); // the 80,000-character note: the same rules, only slower
        // cmark-gfm's XML would hold U+0001 raw, which XML does not allow.
        for (RunbookStep& st : steps)
            for (QString* text : {&st.title, &st.owner, &st.notes})
                text->remove(QChar(1));
        const QByteArray md = RunbookMarkdown::toMarkdown(runbookOf(steps));
        QStringList markup;
        const QList<QStringList> rows = renderedCells(md, &markup);
        QVERIFY2(markup.isEmpty(), qPrintable(markup.join(u", "_qs)));
        QCOMPARE(rows.size(), steps.size() + 1);
        QCOMPARE(rows.first(), RunbookStepTable::columnNames());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            // A line break is <br>, read here as '\n'; a CR (&#13;) is there too, but XML reads
            // every CR as '\n'.
            QStringList want = RunbookStepTable::cells(steps[i]);
            QCOMPARE(rows[i + 1].size(), want.size());
            for (qsizetype c = 0; c < want.size(); ++c)
                QCOMPARE(rows[i + 1][c], want[c].replace(u'\r', u'\n'));
        }
    }

    // Any text survives a cell: random strings over the characters that matter.
    void markdownCellEscaping() {
        const QString alphabet = u"ab |\\\n\r\t<>&#;*_`[]~$@!' -=x\u00A0\u202E🚀"_qs;
        QRandomGenerator rng(16);
        for (int round = 0; round < 5000; ++round) {
            QString s;
            const int n = int(rng.bounded(12));
            for (int i = 0; i < n; ++i)
                s += alphabet[int(rng.bounded(int(alphabet.size())))];
            const QString cell = RunbookMarkdown::escapeCell(s);
            QVERIFY(!cell.contains(u'\n') && !cell.contains(u'\r'));
            const QStringList split =
                RunbookMarkdown::splitRow(QString(u"| "_qs + cell + u" |"_qs));
            QCOMPARE(split.size(), 1);
            QCOMPARE(RunbookMarkdown::unescapeCell(split.first()), s);
        }
    }

    void csvApostrophes() {
        for (const QString& cell : {u"=1+1"_qs, u"'=1+1"_qs, u"''@x"_qs, u"'"_qs, u"-5"_qs,
                                    u"-x"_qs, u"'plain"_qs, u"\tlead"_qs, QString()})
            QCOMPARE(RunbookCsv::unprotectCell(RunbookCsv::protectCell(cell)), cell);
        QCOMPARE(RunbookCsv::protectCell(u"-5"_qs), u"-5"_qs);
        QCOMPARE(RunbookCsv::protectCell(u"'=x"_qs), u"''=x"_qs);
    }

    void goodCsv() {
        const auto read = RunbookCsv::read(data(u"good_blue_green.csv"_qs));
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        const QList<RunbookStep>& s = read.value();
        QCOMPARE(s.size(), 9);
        QCOMPARE(s[1].key, u"S2"_qs);
        QCOMPARE(s[1].kind, StepKind::Script);
        QCOMPARE(s[1].offsetMin, 5);
        QCOMPARE(s[1].scriptSha256,
                 u"3bd38aa1d8e1ad319668275cae53b8413c6d49d67021fe9ec88a456be582d5da"_qs);
        QCOMPARE(s[2].direction, StepDirection::Rollback);
        QCOMPARE(s[2].rollbackOf, u"S2"_qs);
        QCOMPARE(s[4].dependsOn, (QStringList{u"S2"_qs, u"S3"_qs}));
        QCOMPARE(s[6].kind, StepKind::Cutover);
        QCOMPARE(s[6].ttlOldSeconds, 3600);
        QCOMPARE(s[6].ttlNewSeconds, 60);
        QCOMPARE(s[6].ttlLoweredAt,
                 QDateTime(QDate(2026, 12, 4), QTime(20, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(s[6].notes, u"TTL lowered a day ahead, \"per runbook policy\""_qs);
        QCOMPARE(s[8].title, u"Keep blue for 4 hours,\nthen retire it"_qs);
        QCOMPARE(s[8].durationMin, 240);

        // Columns in another order, only some of them.
        const auto reordered = RunbookCsv::read(data(u"good_reordered.csv"_qs));
        QVERIFY2(reordered, reordered ? "" : qPrintable(reordered.error().message));
        QCOMPARE(reordered->size(), 7);
        QCOMPARE(reordered->at(3).key, u"S4"_qs);
        QCOMPARE(reordered->at(3).title, u"Smoke-test green"_qs);
        QCOMPARE(reordered->at(3).kind, StepKind::HealthCheck);
        QCOMPARE(reordered->at(3).owner, u"operations"_qs);
        QCOMPARE(reordered->at(3).dependsOn, (QStringList{u"S2"_qs, u"S3"_qs}));
        QCOMPARE(reordered->at(3).direction, StepDirection::Forward);
    }

    void goodMarkdown() {
        const auto read = RunbookMarkdown::read(data(u"good_canary.md"_qs));
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        const QList<RunbookStep>& s = read.value();
        // The table inside the code fence and the triggers table are not steps.
        QCOMPARE(s.size(), 7);
        QCOMPARE(s[0].key, u"C1"_qs);
        QCOMPARE(s[0].kind, StepKind::Cutover);
        QCOMPARE(s[1].title, u"Observe errors | latency for 15 min"_qs);
        QCOMPARE(s[1].notes, u"Watch p99 & 5xx\non the *Checkout* board"_qs);
        QCOMPARE(s[1].dependsOn, QStringList{u"C1"_qs});
        QCOMPARE(s[4].owner, u"release_manager"_qs);
        QCOMPARE(s[4].kind, StepKind::Checkpoint);
        QCOMPARE(s[6].key, u"RC1"_qs);
        QCOMPARE(s[6].rollbackOf, u"C1"_qs);
        QCOMPARE(s[6].direction, StepDirection::Rollback); // from rollback_of
    }

    void badFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        const QString csvColumns = RunbookStepTable::columnNames().join(u", "_qs);
        QTest::newRow("duration") << u"bad_duration.csv"_qs
                                  << u"bad_duration.csv:7: duration_min 'abc' is not a whole "
                                     "number of minutes"_qs;
        QTest::newRow("unknown column")
            << u"bad_unknown_column.csv"_qs
            << u"bad_unknown_column.csv:1: unknown column 'owner_email'; the columns are "_qs +
                   csvColumns;
        QTest::newRow("missing column")
            << u"bad_missing_column.csv"_qs
            << u"bad_missing_column.csv:1: the column duration_min is missing (key, title, kind "
               "and duration_min are required)"_qs;
        QTest::newRow("kind") << u"bad_kind.csv"_qs
                              << u"bad_kind.csv:4: kind 'deploy' is not a step kind (script, "
                                 "manual, migration, cutover, health_check, checkpoint, "
                                 "communication)"_qs;
        QTest::newRow("direction")
            << u"bad_direction.csv"_qs
            << u"bad_direction.csv:3: direction 'backward' is neither forward nor rollback"_qs;
        QTest::newRow("key") << u"bad_key.csv"_qs
                             << u"bad_key.csv:3: key 'step 2' is not a step key (1 to 32 "
                                "letters, digits, '.', '_' or '-')"_qs;
        QTest::newRow("duplicate key")
            << u"bad_duplicate_key.csv"_qs
            << u"bad_duplicate_key.csv:6: key 'S2' is already the key of the step on line 3"_qs;
        QTest::newRow("dependency")
            << u"bad_dependency.csv"_qs
            << u"bad_dependency.csv:6: step S4 depends on 'S9', which is no step of the "
               "runbook"_qs;
        QTest::newRow("rollback_of") << u"bad_rollback_of.csv"_qs
                                     << u"bad_rollback_of.csv:4: step R2 reverses 'S20', which "
                                        "is no step of the runbook"_qs;
        QTest::newRow("cycle") << u"bad_cycle.csv"_qs
                               << u"bad_cycle.csv:3: the dependencies form a cycle: S2 → S5 → "
                                  "S4 → S2"_qs;
        QTest::newRow("sha256")
            << u"bad_sha256.csv"_qs
            << u"bad_sha256.csv:3: script_sha256 '3bd38aa1d8e1ad319668275cae53b8413c6d49d67021fe9"
               "ec88a456be582…' is not a SHA-256 (64 hexadecimal digits)"_qs;
        QTest::newRow("ttl_lowered_at")
            << u"bad_ttl_lowered_at.csv"_qs
            << u"bad_ttl_lowered_at.csv:8: ttl_lowered_at 'yesterday' is not a UTC time such as "
               "2026-12-05T22:00:00Z"_qs;
        QTest::newRow("ttl_old_s")
            << u"bad_ttl_old.csv"_qs
            << u"bad_ttl_old.csv:8: ttl_old_s '1h' is not a whole number of seconds"_qs;
        QTest::newRow("forward on rollback")
            << u"bad_forward_on_rollback.csv"_qs
            << u"bad_forward_on_rollback.csv:6: forward step S4 depends on rollback step R2; "
               "rollback steps run only when rolling back"_qs;
        QTest::newRow("after a multi-line cell")
            << u"bad_after_multiline.csv"_qs
            << u"bad_after_multiline.csv:12: offset_min '-5' is not a whole number of minutes"_qs;
        QTest::newRow("ragged") << u"bad_ragged.csv"_qs
                                << u"bad_ragged.csv:5: 17 cells where the header has 18 (a "
                                   "missing or extra comma, or a line break outside quotes?)"_qs;
        QTest::newRow("md duration")
            << u"bad_duration.md"_qs
            << u"bad_duration.md:23: duration_min 'abc' is not a whole number of minutes"_qs;
        QTest::newRow("md unescaped pipe")
            << u"bad_cells.md"_qs
            << u"bad_cells.md:22: 9 cells where the header has 8 (a pipe in a cell is written "
               "\\|)"_qs;
        QTest::newRow("md dependency")
            << u"bad_dependency.md"_qs
            << u"bad_dependency.md:24: step C4 depends on 'C9', which is no step of the "
               "runbook"_qs;
        QTest::newRow("md kind")
            << u"bad_kind.md"_qs
            << u"bad_kind.md:25: kind 'meeting' is not a step kind (script, manual, migration, "
               "cutover, health_check, checkpoint, communication)"_qs;
        QTest::newRow("md second table")
            << u"bad_second_table.md"_qs
            << u"bad_second_table.md:32: a second table of steps (the first is on line 19); a "
               "runbook file has one"_qs;
        QTest::newRow("md unknown column")
            << u"bad_unknown_column.md"_qs
            << u"bad_unknown_column.md:19: unknown column 'remarks'; the columns are "_qs +
                   csvColumns;
        QTest::newRow("md no table")
            << u"bad_no_table.md"_qs
            << u"bad_no_table.md:1: no table of steps: a pipe table whose header names the "
               "columns key, title, kind and duration_min"_qs;
    }

    void badFiles() {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString path = data(file);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        const auto read =
            file.endsWith(u".md"_qs) ? RunbookMarkdown::read(path) : RunbookCsv::read(path);
        QVERIFY(isRefusal(read, Error::Kind::Usage));
        QCOMPARE(read.error().message, message);
    }

    // The same problem on the same line, whatever ends the lines.
    void markdownLineEnds_data() {
        QTest::addColumn<QByteArray>("eol");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("CR") << QByteArray("\r");
    }

    void markdownLineEnds() {
        QFETCH(QByteArray, eol);
        QByteArray md = fileBytes(data(u"bad_duration.md"_qs));
        md.replace("\n", eol);
        const auto read = RunbookMarkdown::parse(md, u"x.md"_qs);
        QVERIFY(isOneLineRefusal(read, u"x.md:23: duration_min 'abc'"_qs));
        const auto bom = RunbookMarkdown::parse("\xEF\xBB\xBF" + md, u"x.md"_qs);
        QVERIFY(isOneLineRefusal(bom, u"x.md:23: duration_min 'abc'"_qs));
    }

    void oddInput() {
        QVERIFY(isOneLineRefusal(RunbookCsv::parse({}, u"e.csv"_qs), u"e.csv"_qs));
        QVERIFY(isOneLineRefusal(RunbookCsv::parse("key,title,kind,duration_min\r\n", u"h.csv"_qs),
                                 u"h.csv"_qs));
        QVERIFY(isOneLineRefusal(RunbookMarkdown::parse({}, u"e.md"_qs), u"e.md:1: no table"_qs));
        QVERIFY(isOneLineRefusal(
            RunbookMarkdown::parse("| key | title | kind | duration_min |\n|---|---|---|---|\n",
                                   u"h.md"_qs),
            u"h.md:1: the table of steps has no rows"_qs));
        QVERIFY(isOneLineRefusal(RunbookMarkdown::parse("# x\n\nok\n\xC3(\n", u"u.md"_qs),
                                 u"u.md:4: not valid UTF-8"_qs));
        QVERIFY(isOneLineRefusal(RunbookMarkdown::parse(QByteArray("# x\n\0\n", 6), u"n.md"_qs),
                                 u"n.md:2: a NUL byte"_qs));
        // A title over the limit, a year of minutes, a repeated column.
        const QByteArray longTitle =
            "key,title,kind,duration_min\r\nS1,\"" + QByteArray(5000, 'y') + "\",manual,5\r\n";
        QVERIFY(isOneLineRefusal(RunbookCsv::parse(longTitle, u"l.csv"_qs),
                                 u"l.csv:2: title is 5000 characters long; at most 4000"_qs));
        QVERIFY(isOneLineRefusal(
            RunbookCsv::parse("key,title,kind,duration_min\nS1,t,manual,600000\n", u"y.csv"_qs),
            u"y.csv:2: duration_min '600000' is more than a year (525600 minutes)"_qs));
        QVERIFY(isOneLineRefusal(
            RunbookCsv::parse("key,title,KEY,kind,duration_min\nS1,t,S1,manual,5\n", u"d.csv"_qs),
            u"d.csv:1: the column key appears twice"_qs));
        QVERIFY(isOneLineRefusal(
            RunbookCsv::parse("key,title,kind,duration_min\nS1,  ,manual,5\n", u"t.csv"_qs),
            u"t.csv:2: step S1 has no title"_qs));
        QVERIFY(isOneLineRefusal(RunbookCsv::parse("key,title,kind,duration_min,depends_on\n"
                                                   "S1,t,manual,5,S1\n",
                                                   u"c.csv"_qs),
                                 u"c.csv:2: the dependencies form a cycle: S1 → S1"_qs));
    }

    // Mutated files are refused in one line naming the file, or read; never a crash.
    void mutations() {
        const QByteArray csv = fileBytes(data(u"good_blue_green.csv"_qs));
        const QByteArray md = fileBytes(data(u"good_canary.md"_qs));
        QRandomGenerator rng(1616);
        const char pool[] = {',', '"', '\n', '\r', '|', '\\', ';', '<', '&', '#', 'x', '0', '`'};
        for (int round = 0; round < 3000; ++round) {
            const bool isCsv = round % 2 == 0;
            QByteArray bytes = isCsv ? csv : md;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const qsizetype at = qsizetype(rng.bounded(quint32(bytes.size())));
                switch (rng.bounded(3)) {
                case 0:
                    bytes[at] = pool[rng.bounded(int(sizeof pool))];
                    break;
                case 1:
                    bytes.remove(at, 1 + qsizetype(rng.bounded(8)));
                    break;
                default:
                    bytes.insert(at, pool[rng.bounded(int(sizeof pool))]);
                }
            }
            const QString name = isCsv ? u"m.csv"_qs : u"m.md"_qs;
            const auto read =
                isCsv ? RunbookCsv::parse(bytes, name) : RunbookMarkdown::parse(bytes, name);
            if (read)
                continue;
            const QString message = read.error().message;
            QVERIFY2(message.startsWith(name) && !message.contains(u'\n'), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(tst_RunbookFiles)
#include "tst_RunbookFiles.moc"
