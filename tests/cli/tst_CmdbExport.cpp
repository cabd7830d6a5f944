// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway export cmdb` through the real binary: the record stored when the release was
// closed, as RFC 4180 CSV read back by the CSV reader (a product name with quotes, commas and a
// line break survives) and as the import set's {"records": […]} JSON, unchanged by later
// edits; a release not closed is refused in one line and no file appears.
#include "ClosureFixture.h"
#include "Fixtures.h"
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "services/ClosureService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();
const qint64 kDay = 86400;
const QString kHostile = QStringLiteral("Pay \"API\", EU\nsecond line, ü");

QJsonObject stored(const QString& db) {
    return QJsonDocument::fromJson(
               queryValue(db, u"SELECT record FROM cmdb_records WHERE release_id = 1"_qs)
                   .toString()
                   .toUtf8())
        .object();
}

} // namespace

class tst_CmdbExport : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"cmdb-export"_qs};

    // Release 1, deployed four days ago with everything closing needs; closed unless asked
    // not to. Its product's name is hostile to CSV.
    QString prepared(bool close) {
        const QString path = m_files.newFile();
        auto doc = openDocument(path);
        if (!doc)
            return {};
        const qint64 r =
            deployedRelease(*doc, kNow - 4 * kDay, ReleaseType::Minor, u"CHG0040001"_qs);
        meetClosure(doc->database(), r, kNow - 4 * kDay);
        QSqlQuery q(doc->database().connection());
        q.prepare(u"UPDATE services SET name = ? WHERE id = 1"_qs);
        q.addBindValue(kHostile);
        if (!q.exec()) {
            helperFailed(u"cannot rename the product"_qs);
            return {};
        }
        if (close) {
            Release release = doc->releases().find(r).value();
            release.status = ReleaseStatus::Closed;
            auto closed = doc->releases().update(release);
            if (!closed) {
                helperFailed(closed.error().message);
                return {};
            }
        }
        return r == 1 ? path : QString();
    }

private Q_SLOTS:
    void csvReadBack() {
        const QString db = prepared(true);
        QVERIFY(!db.isEmpty());
        const QJsonObject record = stored(db);
        QCOMPARE(record.value(u"cmdb_ci"_qs).toString(), kHostile);
        const QString out = m_files.filePath(u"record.csv"_qs);
        Run run = runSlipway(
            {u"export"_qs, u"cmdb"_qs, u"--db"_qs, db, u"--release"_qs, u"1"_qs, u"--out"_qs, out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.outText().startsWith(u"Wrote the configuration-management record of "_qs));
        const QByteArray bytes = fileBytes(out);
        QVERIFY(bytes.contains("\"Pay \"\"API\"\", EU\nsecond line, \xc3\xbc\""));
        QVERIFY(bytes.endsWith("\r\n"));
        auto table = CsvReader::read(out);
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->header(), ClosureService::recordColumns());
        QCOMPARE(table->rowCount(), 1);
        for (int c = 0; c < table->columnCount(); ++c)
            QCOMPARE(table->text(0, c), record.value(table->header().at(c)).toString());
        QCOMPARE(table->text(0, 0), u"CHG0040001"_qs);
        QCOMPARE(table->text(0, 3), kHostile + u",Checkout Web"_qs);
    }

    void jsonShapeAndKeptAfterEdits() {
        const QString db = prepared(true);
        QVERIFY(!db.isEmpty());
        const QJsonObject record = stored(db);
        // Later edits: renamed, a new incident on the product, the checklist emptied.
        QVERIFY(execSql(db, u"UPDATE releases SET name = 'Renamed', version = '9.9.9' WHERE id "
                            "= 1"_qs));
        QVERIFY(execSql(db, u"DELETE FROM closure_checklist"_qs));
        QVERIFY(execSql(db, u"INSERT INTO incidents (number, source, opened_at, service, "
                            "imported_at, imported_by) VALUES ('INC9', 'other', %1, 'Checkout "
                            "Web', 0, 'x')"_qs.arg(kNow - 4 * kDay + 60)));
        const QString out = m_files.filePath(u"record.json"_qs);
        Run run = runSlipway(
            {u"export"_qs, u"cmdb"_qs, u"--db"_qs, db, u"--release"_qs, u"1"_qs, u"--out"_qs, out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(fileBytes(out), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().keys(), QStringList{u"records"_qs});
        const QJsonArray records = doc.object().value(u"records"_qs).toArray();
        QCOMPARE(records.size(), 1);
        const QJsonObject row = records.first().toObject();
        QCOMPARE(row, record);
        QCOMPARE(row.value(u"short_description"_qs).toString(), u"Release Payments API 2.4.0"_qs);
        QCOMPARE(row.value(u"u_checklist"_qs).toString(), u"5/5 settled"_qs);
        QCOMPARE(row.value(u"u_correlated_incidents"_qs).toString(), QString());
        for (const QString& column : ClosureService::recordColumns())
            QVERIFY2(row.value(column).isString(), qPrintable(column));
    }

    void notClosedRefused() {
        const QString db = prepared(false);
        QVERIFY(!db.isEmpty());
        const QString out = m_files.filePath(u"open.csv"_qs);
        Run run = runSlipway(
            {u"export"_qs, u"cmdb"_qs, u"--db"_qs, db, u"--release"_qs, u"1"_qs, u"--out"_qs, out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.errText().contains(u'\n'));
        QVERIFY2(run.errText().endsWith(
                     u"is not closed; `slipway closure status` says what it still needs."_qs),
                 run.err.constData());
        QVERIFY(!QFile::exists(out));
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM cmdb_records"_qs).toInt(), 0);
    }

    void badInput() {
        const QString db = prepared(true);
        QVERIFY(!db.isEmpty());
        const QString out = m_files.filePath(u"record.txt"_qs);
        Run run = runSlipway(
            {u"export"_qs, u"cmdb"_qs, u"--db"_qs, db, u"--release"_qs, u"1"_qs, u"--out"_qs, out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.errText().contains(u'\n'));
        QVERIFY(!QFile::exists(out));
        run = runSlipway(
            {u"export"_qs, u"cmdb"_qs, u"--db"_qs, db, u"--out"_qs, m_files.filePath(u"x.csv"_qs)});
        QCOMPARE(run.exitCode, 2);
        run = runSlipway({u"export"_qs, u"cmdb"_qs, u"--db"_qs, db, u"--release"_qs, u"42"_qs,
                          u"--out"_qs, m_files.filePath(u"x.csv"_qs)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(m_files.filePath(u"x.csv"_qs)));
        run = runSlipway({u"export"_qs, u"cmdb"_qs, u"--db"_qs, db, u"--release"_qs, u"1"_qs});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CmdbExport)
#include "tst_CmdbExport.moc"
