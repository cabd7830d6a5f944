// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway migrate` with the large demo (about 1,000,000 audit entries and 1,175,000 rows in
// 81 tables): to an empty PostgreSQL server and back to a new file, the audit chain verified
// on both sides with the same entries and head, and every table holding as many rows as the
// file it came from. The small demo's round trip, compared row by row, is tst_Migrate's.
#include "PgServer.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

// Rows per table of a Slipway file.
QMap<QString, qint64> fileCounts(const QString& path) {
    FileOpenOptions options;
    options.readOnly = true;
    auto opened = Database::open(path, options);
    QMap<QString, qint64> counts;
    if (!opened)
        return counts;
    QSqlQuery q(opened.value()->connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                          "'sqlite\\_%' ESCAPE '\\'"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString& t : std::as_const(tables)) {
        q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t));
        if (q.next())
            counts.insert(t, q.value(0).toLongLong());
    }
    return counts;
}

} // namespace

class tst_MigrateLarge : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PgServer m_pg;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    }

    void largeDemoThereAndBack() {
        const QString demo = m_dir.filePath(QStringLiteral("large.slipway"));
        const Run made = runSlipway({QStringLiteral("demo"), QStringLiteral("--db"), demo,
                                     QStringLiteral("--scale"), QStringLiteral("large")},
                                    600000);
        QVERIFY2(made.exitCode == 0, qPrintable(made.errText()));
        const auto source = auditChainOf(demo);
        QVERIFY2(source.first >= 1000000, qPrintable(QString::number(source.first)));

        const QString url = m_pg.newDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.error()));
        const Run there = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), demo,
                                      QStringLiteral("--to"), url, QStringLiteral("--json")},
                                     600000);
        QVERIFY2(there.exitCode == 0, qPrintable(there.errText()));
        const QJsonObject summary = QJsonDocument::fromJson(there.out).object();
        QCOMPARE(summary.value(QStringLiteral("audit_entries")).toInteger(), source.first);
        QCOMPARE(summary.value(QStringLiteral("head")).toString(), source.second);
        QCOMPARE(auditChainOf(url), source); // verified again, on the server's rows

        const QString back = m_dir.filePath(QStringLiteral("back.slipway"));
        const Run home = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), url,
                                     QStringLiteral("--to"), back},
                                    600000);
        QVERIFY2(home.exitCode == 0, qPrintable(home.errText()));
        QCOMPARE(auditChainOf(back), source);
        const QMap<QString, qint64> before = fileCounts(demo);
        QVERIFY(before.size() > 50);
        QCOMPARE(fileCounts(back), before);
    }
};

QTEST_GUILESS_MAIN(tst_MigrateLarge)
#include "tst_MigrateLarge.moc"
