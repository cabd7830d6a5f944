// SPDX-License-Identifier: GPL-3.0-or-later
// The scope board's command-line side through the real binary: `export csv --table
// tradeoffs` (RFC 4180, formula cells neutralised, nothing left behind on failure) and the
// dependency warnings `check` reports without changing its exit code.
#include "ScopeFixture.h"
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "services/ScopeService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_ScopeBoardCommands : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;
    qint64 m_a = 0, m_b = 0;

private Q_SLOTS:
    void initTestCase() {
        m_file = m_dir.filePath(u"plan.slipway"_qs);
        auto db = openDatabase(m_file);
        QVERIFY(db);
        ScopeFixture fx(*db);
        const qint64 r1 = fx.addRelease(u"Payments"_qs, u"2.4.0"_qs, 10);
        const qint64 r2 = fx.addRelease(u"Payments"_qs, u"2.5.0"_qs, 40);
        m_a = fx.addItem(u"Checkout, \"fast\" path"_qs, ScopeStatus::Committed, r1, 5,
                         ScopeKind::Feature, u"PAY-1"_qs);
        m_b = fx.addItem(u"Token vault"_qs, ScopeStatus::Committed, r1, 3, ScopeKind::Feature,
                         u"PAY-2"_qs);
        ScopeService service(*db, Session{u"alice"_qs, {}});
        QVERIFY(service.addDependency(m_a, m_b).ok());
        // B goes to the later release: A is left needing it.
        QVERIFY(service.move({m_b, 1, ScopeStatus::Committed, r2, u"=HYPERLINK(\"x\")"_qs}).ok());
        QVERIFY(service.move({m_a, 1, ScopeStatus::Deferred, r1, u"Line one\nline two"_qs}).ok());
        QVERIFY(service.move({m_a, 2, ScopeStatus::Committed, r1, {}}).ok());
    }

    void exportsTheTradeoffLog() {
        const QString out = m_dir.filePath(u"tradeoffs.csv"_qs);
        const Run run = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, m_file, u"--table"_qs,
                                    u"tradeoffs"_qs, u"--out"_qs, out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(u"Wrote 2 trade-off(s)"_qs), run.out.constData());
        const QByteArray bytes = fileBytes(out);
        QVERIFY(bytes.contains("\r\n"));
        auto table = CsvReader::read(out);
        QVERIFY2(table, qPrintable(table.error().message));
        QCOMPARE(table->header(),
                 (QStringList{u"id"_qs, u"decided_at"_qs, u"decided_by"_qs, u"item_id"_qs,
                              u"item_title"_qs, u"from_release"_qs, u"from_status"_qs,
                              u"to_release"_qs, u"to_status"_qs, u"rationale"_qs}));
        QCOMPARE(table->rowCount(), 2);
        // Oldest first: B to 2.5.0, then A deferred.
        QCOMPARE(table->text(0, 2), u"alice"_qs);
        QCOMPARE(table->text(0, 4), u"Token vault"_qs);
        QCOMPARE(table->text(0, 5), u"2.4.0"_qs);
        QCOMPARE(table->text(0, 7), u"2.5.0"_qs);
        QCOMPARE(table->text(0, 8), u"committed"_qs);
        // A formula is neutralised, a newline kept inside quotes.
        QCOMPARE(table->text(0, 9), u"'=HYPERLINK(\"x\")"_qs);
        QCOMPARE(table->text(1, 4), u"Checkout, \"fast\" path"_qs);
        QCOMPARE(table->text(1, 8), u"deferred"_qs);
        QCOMPARE(table->text(1, 9), u"Line one\nline two"_qs);
        QVERIFY(QDateTime::fromString(table->text(1, 1), Qt::ISODate).isValid());
    }

    void badTablesAndPathsAreRefused() {
        const Run unknown = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, m_file, u"--table"_qs,
                                        u"tradeof"_qs, u"--out"_qs, m_dir.filePath(u"x.csv"_qs)});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.errText().contains(u"tradeoffs"_qs), qPrintable(unknown.errText()));
        const QString missing = m_dir.filePath(u"no/such/folder/t.csv"_qs);
        const Run unwritable = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, m_file,
                                           u"--table"_qs, u"tradeoffs"_qs, u"--out"_qs, missing});
        QCOMPARE(unwritable.exitCode, 2);
        QCOMPARE(unwritable.errText().count(u'\n'), 0);
        QVERIFY(!QFile::exists(missing));
    }

    void checkReportsDependencyWarnings() {
        const Run text = runSlipway({u"check"_qs, u"--db"_qs, m_file});
        QVERIFY2(text.outText().contains(u"Scope dependencies: 1 warning(s)"_qs),
                 text.out.constData());
        QVERIFY2(text.outText().contains(u"PAY-1"_qs) && text.outText().contains(u"PAY-2"_qs),
                 text.out.constData());
        // Warnings never make the exit code 1: it is what the file check alone says.
        const Run alone = runSlipway({u"check"_qs, u"--db"_qs, m_file, u"--integrity-only"_qs});
        QCOMPARE(alone.exitCode, 0);
        QCOMPARE(text.exitCode, 0);

        const Run json = runSlipway({u"check"_qs, u"--db"_qs, m_file, u"--json"_qs});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        const QJsonObject deps = o.value(u"scope_dependencies"_qs).toObject();
        QCOMPARE(deps.value(u"count"_qs).toInt(), 1);
        const QJsonObject w = deps.value(u"items"_qs).toArray().first().toObject();
        QCOMPARE(w.value(u"item_id"_qs).toInteger(), m_a);
        QCOMPARE(w.value(u"needs_id"_qs).toInteger(), m_b);
        QCOMPARE(w.value(u"reason"_qs).toString(), u"later_release"_qs);
        QCOMPARE(w.value(u"severity"_qs).toString(), u"warning"_qs);
    }

    void screenshotShowsTheScopeBoard() {
        const QString png = m_dir.filePath(u"scope.png"_qs);
        const Run run = runSlipway(
            {u"screenshot"_qs, u"--db"_qs, m_file, u"--view"_qs, u"scope"_qs, u"--out"_qs, png});
        QCOMPARE(run.exitCode, 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
    }
};

QTEST_GUILESS_MAIN(tst_ScopeBoardCommands)
#include "tst_ScopeBoardCommands.moc"
