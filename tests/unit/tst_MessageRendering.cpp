// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering templates from the plan: every default renders for a demo release with no
// unknown placeholders; hostile plan text (markup, Markdown, Mustache, line breaks) stays
// literal in the PDF (read back with pdftotext), the .eml (parsed by Python's strict MIME
// parser) and Markdown, and loads nothing; a subject can never add a mail header. On a server
// the demo is moved onto a database of its own, as `slipway migrate` would.
#include "TestEngine.h"
#include "TestSupport.h"
#include "io/DemoGenerator.h"
#include "io/EmlWriter.h"
#include "io/MessageDocument.h"
#include "io/MessageExporter.h"
#include "io/PlaceholderCatalogue.h"
#include "services/CommunicationService.h"
#include "services/TemplateService.h"
#include "storage/Database.h"
#include "storage/DatabaseMover.h"
#include "storage/ReleaseRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>

using namespace slipway;

namespace {

const QString kImg = QStringLiteral("<img src=\"file:///etc/passwd\">");
const QString kMustache = QStringLiteral("{{#x}}{{/x}}");
const QString kLink = QStringLiteral("[click](http://evil.example/) ![x](file:///etc/passwd)");

QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    // Lines wrap anywhere: compare without white space.
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

QString squeezed(QString s) {
    return s.remove(QRegularExpression(QStringLiteral("\\s+")));
}

// Python's email package with the strict policy: any defect raises.
QJsonObject parseEml(const QByteArray& bytes, QString* error) {
    const char* script = R"PY(
import sys, json, email, email.policy
msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.strict)
parts = {}
for part in msg.walk():
    if part.get_content_maintype() == 'text':
        parts[part.get_content_type()] = part.get_content()
print(json.dumps({'subject': str(msg['subject']), 'to': [str(a) for a in msg['to'].addresses],
                  'keys': list(msg.keys()), 'unsent': msg['x-unsent'],
                  'type': msg.get_content_type(), 'parts': parts,
                  'defects': len(msg.defects)}))
)PY";
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(script)});
    p.write(bytes);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    *error = QString::fromUtf8(p.readAllStandardError());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class tst_MessageRendering : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    const Session m_session{u"tester"_qs, {}};

    qint64 scheduledRelease(Database& db) {
        auto all = ReleaseRepository(db).all();
        for (const Release& r : std::as_const(all.value()))
            if (r.windowStart.isValid() && r.windowStart > DemoGenerator::defaultAnchor())
                return r.id;
        return 0;
    }
    // DemoGenerator writes files only: on a server the copy is the demo moved onto the
    // database the name stands for.
    std::unique_ptr<Database> copyOfDemo(const QString& name) {
        const QString path = m_dir.filePath(name);
        if (!test::isPostgres()) {
            if (!QFile::copy(m_demo, path)) {
                test::helperFailed(u"cannot copy the demo to "_qs + path);
                return nullptr;
            }
            return test::openDatabase(path);
        }
        const QString address = test::databaseAddress(path);
        if (address.isEmpty())
            return nullptr;
        if (auto moved = DatabaseMover::move(m_demo, address); !moved) {
            test::helperFailed(moved.error().message);
            return nullptr;
        }
        return test::openDatabase(path);
    }

private Q_SLOTS:
    void initTestCase() {
        m_demo = m_dir.filePath(u"demo.slipway"_qs);
        auto made = DemoGenerator::generate(m_demo, DemoGenerator::Scale::Small, 1);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    }

    void everyDefaultTemplateRendersForADemoRelease() {
        auto db = copyOfDemo(u"defaults.slipway"_qs);
        QVERIFY(db);
        const qint64 release = scheduledRelease(*db);
        QVERIFY(release > 0);
        auto templates = TemplateService(*db, m_session).all();
        QCOMPARE(templates->size(), 5);
        CommunicationService comms(*db, m_session);
        for (const MessageTemplate& t : std::as_const(templates.value())) {
            auto rendered = comms.render(t.subject, t.body, {t.id, release, 1, {}, {}});
            QVERIFY(rendered);
            QVERIFY2(rendered->issuable(),
                     qPrintable(t.name + u": "_qs +
                                PlaceholderCatalogue::describe(rendered->problems).join(u'\n')));
            QVERIFY(!rendered->subject.contains(u"{{"_qs));
            QVERIFY(!rendered->markdown.contains(u"{{"_qs));
            QVERIFY2(rendered->markdown.size() > 200, qPrintable(t.name));
            const QString label = ReleaseRepository(*db).find(release)->name;
            QVERIFY2(rendered->subject.contains(label), qPrintable(rendered->subject));
        }
        // The known issues and the audience's zone of the demo reach the release notice.
        auto notice = TemplateService(*db, m_session).findByName(u"release-notice"_qs);
        auto rendered =
            comms.render(notice->subject, notice->body, {notice->id, release, 1, {}, {}});
        QVERIFY(rendered->markdown.contains(u"Workaround"_qs));
    }

    void unknownPlaceholdersAreFlaggedWithTheirLine() {
        const auto problems = PlaceholderCatalogue::check(
            u"Hi {{release.nam}}"_qs,
            u"line one\n{{#known_issues}}{{title}} {{release.label}}{{/known_issues}}\n"
            "{{title}}\n{{& release.name}}\n{{> partial}}\n{{#conflicts}}"_qs);
        const QStringList lines = PlaceholderCatalogue::describe(problems);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith(u"subject line 1: {{release.nam}}"_qs));
        QVERIFY(lines[1].startsWith(u"body line 3: {{title}}"_qs)); // outside its list
        QVERIFY(lines[2].contains(u"unescaped"_qs));
        QVERIFY(lines[3].contains(u"partials"_qs));
        QVERIFY(lines[4].contains(u"never closed"_qs));
    }

    // Searching a notice's PDF for "file" finds it: fi and fl come out as two letters, not
    // as one ligature character.
    void pdfWordsExtractAsTyped() {
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(),
                 "pdftotext (poppler-utils, installed by dev.sh) reads the PDF back");
        const QStringList words{u"file"_qs,     u"flow"_qs,     u"affected"_qs, u"first"_qs,
                                u"official"_qs, u"conflict"_qs, u"baffle"_qs,   u"Fine"_qs};
        const QString pdf = m_dir.filePath(u"ligatures.pdf"_qs);
        QVERIFY(MessageExporter::writePdf(pdf, u"The first file of the conflict"_qs,
                                          u"## Official flow\n\n"_qs + words.join(u' ') +
                                              u"\n\n**"_qs + words.join(u' ') + u"**"_qs));
        QProcess p;
        p.start(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, pdf, u"-"_qs});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
            QVERIFY2(!text.contains(QChar(ligature)), qPrintable(text));
        for (const QString& word : words)
            QVERIFY2(text.count(word) >= 2, qPrintable(word + u": "_qs + text));
        QVERIFY(text.contains(u"The first file of the conflict"_qs));
        QVERIFY(text.contains(u"Official flow"_qs));
    }

    void hostilePlanTextStaysLiteralInEveryFormat() {
        if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty() ||
            QStandardPaths::findExecutable(u"python3"_qs).isEmpty())
            QSKIP("pdftotext (poppler-utils) and python3 are needed to read the outputs back");
        auto db = copyOfDemo(u"hostile.slipway"_qs);
        QVERIFY(db);
        const qint64 release = scheduledRelease(*db);
        // Written straight into the file, as a crafted or imported file could hold it.
        const QString name = kImg + u' ' + kMustache + u' ' + kLink;
        QSqlQuery q(db->connection());
        q.prepare(u"UPDATE releases SET name = ?, objectives = ?, version = '' WHERE id = ?"_qs);
        q.addBindValue(name);
        q.addBindValue(u"# Heading?\n1. list?\n<script>alert(1)</script> {{release.name}}"_qs);
        q.addBindValue(release);
        QVERIFY(q.exec());

        auto tmpl = TemplateService(*db, m_session).findByName(u"executive-summary"_qs);
        CommunicationService comms(*db, m_session);
        auto rendered = comms.render(tmpl->subject, tmpl->body, {tmpl->id, release, 1, {}, {}});
        QVERIFY(rendered && rendered->issuable());
        QVERIFY(rendered->subject.contains(name)); // subject: plain text, verbatim

        // Markdown: escaped so no markup, link or image survives.
        const QString md = MessageExporter::markdownFile(rendered->subject, rendered->markdown);
        QVERIFY(!md.contains(u"<img"_qs));
        QVERIFY(!md.contains(u"<script"_qs));
        QVERIFY(!md.contains(u"]("_qs));
        QVERIFY(!md.contains(u"{{#x}}"_qs));

        // Preview: the text reads literally; no image, no link, no heading from plan text.
        MessageDocument doc(rendered->subject, rendered->markdown);
        const QString plain = doc.toPlainText();
        QVERIFY(plain.contains(name));
        QVERIFY(plain.contains(u"<script>alert(1)</script> {{release.name}}"_qs));
        QVERIFY(plain.contains(u"# Heading?"_qs));
        for (QTextBlock b = doc.begin(); b != doc.end(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                QVERIFY(!f.isImageFormat());
                QVERIFY2(!f.isAnchor(), qPrintable(it.fragment().text()));
            }
            if (b.text().contains(u"Heading?"_qs))
                QCOMPARE(b.blockFormat().headingLevel(), 0);
        }

        // PDF: the text extracted by pdftotext holds the strings as written.
        const QString pdf = m_dir.filePath(u"hostile.pdf"_qs);
        QVERIFY(MessageExporter::write(MessageExporter::Format::Pdf, pdf, rendered.value()));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(squeezed(name)), qPrintable(text.left(400)));
        QVERIFY(text.contains(squeezed(u"<script>alert(1)</script> {{release.name}}"_qs)));

        // .eml: a strict MIME parser reads it; the subject decodes to exactly the text.
        const QByteArray eml = MessageExporter::eml(
            rendered->subject, rendered->markdown,
            {{u"Zoë \"Ops\" Ålund"_qs, u"zoe@example.com"_qs}, {QString(), u"ops@example.com"_qs}});
        QString error;
        const QJsonObject parsed = parseEml(eml, &error);
        QVERIFY2(!parsed.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.value(u"subject"_qs).toString(), rendered->subject);
        QCOMPARE(parsed.value(u"unsent"_qs).toString(), u"1"_qs);
        QCOMPARE(parsed.value(u"type"_qs).toString(), u"multipart/alternative"_qs);
        QCOMPARE(parsed.value(u"defects"_qs).toInt(), 0);
        const QJsonArray to = parsed.value(u"to"_qs).toArray();
        QCOMPARE(to.size(), 2);
        QCOMPARE(to[0].toString(), u"\"Zoë \\\"Ops\\\" Ålund\" <zoe@example.com>"_qs);
        const QJsonObject parts = parsed.value(u"parts"_qs).toObject();
        QVERIFY(parts.value(u"text/plain"_qs).toString().contains(name));
        const QString html = parts.value(u"text/html"_qs).toString();
        QVERIFY(!html.contains(u"<img"_qs));
        QVERIFY(!html.contains(u"<script"_qs));
        QVERIFY(!html.contains(u"href"_qs));
        QVERIFY(html.contains(u"&lt;img src=&quot;file:///etc/passwd&quot;&gt;"_qs));
    }

    void aSubjectCannotInjectAHeader() {
        if (QStandardPaths::findExecutable(u"python3"_qs).isEmpty())
            QSKIP("python3 is needed to parse the .eml strictly");
        EmlWriter::Message m;
        m.subject =
            u"Release\r\nBcc: everyone@example.com\nX-Evil: 1 — größer 🚀 "_qs + QString(200, u'x');
        m.plainText = u"body"_qs;
        m.html = u"<p>body</p>"_qs;
        m.to = {{u"Evil\r\nCc: x@example.com"_qs, u"ok@example.com"_qs},
                {QString(), u"bad@example.com\r\nBcc: y@example.com"_qs}};
        const QByteArray eml = EmlWriter::build(m);
        const QByteArray head = eml.left(eml.indexOf("\r\n\r\n") + 2);
        for (const QByteArray& line : head.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY(line.endsWith('\r'));
            QVERIFY2(line.size() <= 79, line.constData());
            QVERIFY(!line.startsWith("Bcc") && !line.startsWith("X-Evil") &&
                    !line.startsWith("Cc"));
        }
        QString error;
        const QJsonObject parsed = parseEml(eml, &error);
        QVERIFY2(!parsed.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.value(u"subject"_qs).toString(),
                 u"Release Bcc: everyone@example.com X-Evil: 1 — größer 🚀 "_qs +
                     QString(200, u'x'));
        QStringList keys;
        for (const QJsonValue& k : parsed.value(u"keys"_qs).toArray())
            keys << k.toString().toLower();
        QVERIFY(!keys.contains(u"bcc"_qs));
        QVERIFY(!keys.contains(u"cc"_qs));
        QVERIFY(!keys.contains(u"x-evil"_qs));
        QCOMPARE(parsed.value(u"to"_qs).toArray().size(), 1); // the bad address is left out
    }

    void markdownEscapingKeepsValuesAsText() {
        QCOMPARE(MessageRenderer::escapeMarkdown(u"2.4.0"_qs), u"2\\.4.0"_qs);
        QCOMPARE(MessageRenderer::escapeMarkdown(u"a*b_c"_qs), u"a\\*b\\_c"_qs);
        QCOMPARE(MessageRenderer::escapeMarkdown(u"- x\n\n  + y"_qs), u"\\- x\\\n\\+ y"_qs);
        QCOMPARE(MessageRenderer::escapeMarkdown(u"<b>&"_qs), u"&lt;b&gt;&amp;"_qs);
        QCOMPARE(MessageRenderer::oneLine(u" a\r\nb\u2028c\t"_qs), u"a b c"_qs);
    }
};

QTEST_MAIN(tst_MessageRendering)
#include "tst_MessageRendering.moc"
