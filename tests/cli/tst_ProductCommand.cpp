// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway product` and `slipway release suggest-version` through the binary on a demo file:
// the demo's products with both schemes and every release's version reading under its
// product's; scheme changes refused in one line (exit 2) with the file unchanged while releases
// would not read, accepted and audited when they would; the next version of a release with its
// warnings; PRODUCT@VERSION naming a release by its product.
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

QByteArray fileState(const QString& path) {
    QByteArray state = QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
    for (const char* suffix : {"-wal", "-journal"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            state += QCryptographicHash::hash(fileBytes(side), QCryptographicHash::Sha256);
    }
    return state;
}

qint64 count(const QString& db, const QString& sql) {
    const QVariant v = queryValue(db, sql);
    if (!v.isValid())
        helperFailed(u"query failed: "_qs + sql);
    return v.isValid() ? v.toLongLong() : -1;
}

} // namespace

class tst_ProductCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString freshCopy(const QString& name) { return copyFile(m_demo, m_dir, name); }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void demoHasProductsWithBothSchemes() {
        const Run run = runSlipway({u"product"_qs, u"list"_qs, u"--db"_qs, m_demo, u"--json"_qs});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray products =
            QJsonDocument::fromJson(run.out).object().value(u"products"_qs).toArray();
        QCOMPARE(products.size(), 8);
        QHash<QString, QString> schemes;
        qint64 releases = 0;
        for (const QJsonValue& v : products) {
            const QJsonObject p = v.toObject();
            schemes.insert(p.value(u"name"_qs).toString(), p.value(u"key"_qs).toString());
            releases += p.value(u"releases"_qs).toInteger();
        }
        QCOMPARE(schemes.value(u"Data Warehouse"_qs), u"calver:YYYY.0M.MICRO"_qs);
        QCOMPARE(schemes.value(u"Customer Portal"_qs), u"calver:YY.MM.MICRO"_qs);
        QCOMPARE(schemes.value(u"Payments API"_qs), u"semver"_qs);
        QCOMPARE(schemes.values().count(u"semver"_qs), 6);
        // Every demo release is a version of its product, and reads under its scheme.
        QCOMPARE(releases, 60);
        QCOMPARE(count(m_demo, u"SELECT count(*) FROM releases WHERE product_id IS NULL"_qs), 0);
        const QRegularExpression yyyy0m(u"^20\\d\\d\\.(0[1-9]|1[0-2])\\.\\d+$"_qs);
        const QRegularExpression yymm(u"^\\d\\d\\.([1-9]|1[0-2])\\.\\d+$"_qs);
        const QRegularExpression semver(u"^\\d+\\.\\d+\\.\\d+$"_qs);
        for (int id = 1; id <= 60; ++id) {
            const QString version =
                queryValue(m_demo, u"SELECT version FROM releases WHERE id = %1"_qs.arg(id))
                    .toString();
            const QString product =
                queryValue(m_demo, u"SELECT s.name FROM releases r JOIN services s ON s.id = "
                                   "r.product_id WHERE r.id = %1"_qs.arg(id))
                    .toString();
            const QRegularExpression& form = product == u"Data Warehouse"    ? yyyy0m
                                             : product == u"Customer Portal" ? yymm
                                                                             : semver;
            QVERIFY2(form.match(version).hasMatch(), qPrintable(product + u' ' + version));
        }
        QVERIFY(count(m_demo, u"SELECT count(*) FROM releases r JOIN services s ON s.id = "
                              "r.product_id WHERE s.version_scheme LIKE 'calver:%'"_qs) >= 4);
        // The table says the same.
        const Run table = runSlipway({u"product"_qs, u"list"_qs, u"--db"_qs, m_demo});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.outText().contains(u"calver:YYYY.0M.MICRO"_qs));
    }

    void schemeChangeRefusedWhileReleasesWouldNotRead() {
        const QString db = freshCopy(u"refused.slipway"_qs);
        const QByteArray before = fileState(db);
        for (const QStringList& args :
             {QStringList{u"Payments API"_qs, u"--scheme"_qs, u"calver"_qs},
              QStringList{u"Data Warehouse"_qs, u"--scheme"_qs, u"calver"_qs, u"--format"_qs,
                          u"YYYY.MM.MICRO"_qs},
              QStringList{u"data warehouse"_qs, u"--scheme"_qs, u"semver"_qs}}) {
            const Run run =
                runSlipway(QStringList{u"product"_qs, u"set"_qs, u"--db"_qs, db} + args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.errText().contains(u"cannot use"_qs), qPrintable(run.errText()));
            QVERIFY2(run.errText().contains(u"of its releases have versions that are not of "
                                            "that scheme: "_qs),
                     qPrintable(run.errText()));
            QVERIFY(!run.errText().contains(u'\n'));
        }
        QCOMPARE(fileState(db), before);
        for (const QStringList& args :
             {QStringList{u"Payments API"_qs, u"--scheme"_qs, u"calver"_qs, u"--format"_qs,
                          u"QQ.MICRO"_qs},
              QStringList{u"Payments API"_qs, u"--scheme"_qs, u"nope"_qs},
              QStringList{u"Payments API"_qs},
              QStringList{u"Nowhere"_qs, u"--scheme"_qs, u"semver"_qs},
              QStringList{u"Payments API"_qs, u"--scheme"_qs, u"semver"_qs, u"--format"_qs,
                          u"YYYY.MM.MICRO"_qs}}) {
            const Run run =
                runSlipway(QStringList{u"product"_qs, u"set"_qs, u"--db"_qs, db} + args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY(!run.errText().isEmpty() && !run.errText().contains(u'\n'));
        }
        QCOMPARE(fileState(db), before);
    }

    void schemeChangeAcceptedAndAudited() {
        const QString db = freshCopy(u"accepted.slipway"_qs);
        QVERIFY(execSql(db, u"INSERT INTO services (id, name, created_by, created_at, updated_by, "
                            "updated_at) VALUES (50, 'Edge Gateway', 't', 0, 't', 0)"_qs));
        const int entries = auditEntries(db);
        QVERIFY(entries > 0);
        Run run = runSlipway({u"product"_qs, u"set"_qs, u"--db"_qs, db, u"Edge Gateway"_qs,
                              u"--scheme"_qs, u"calver"_qs, u"--format"_qs, u"YY.0M.MICRO"_qs});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(u"Edge Gateway now uses CalVer YY.0M.MICRO"_qs),
                 qPrintable(run.outText()));
        QCOMPARE(queryValue(db, u"SELECT version_scheme FROM services WHERE id = 50"_qs).toString(),
                 u"calver:YY.0M.MICRO"_qs);
        QCOMPARE(auditEntries(db), entries + 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_log WHERE entity = 'product' AND "
                           "entity_id = 50"_qs),
                 1);
        run = runSlipway({u"product"_qs, u"set"_qs, u"--db"_qs, db, u"50"_qs, u"--scheme"_qs,
                          u"calver"_qs, u"--format"_qs, u"YY.0M.MICRO"_qs});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().contains(u"already uses"_qs));
        QCOMPARE(auditEntries(db), entries + 1);
    }

    void suggestsTheNextVersion() {
        // The demo's Data Warehouse release still ahead, named by its product.
        const QString version = queryValue(m_demo, u"SELECT r.version FROM releases r JOIN "
                                                   "services s ON s.id = r.product_id WHERE "
                                                   "s.name = 'Data Warehouse' AND r.status IN "
                                                   "('planned', 'scheduled', 'in_progress') "
                                                   "ORDER BY r.id DESC LIMIT 1"_qs)
                                    .toString();
        QVERIFY(!version.isEmpty());
        Run run = runSlipway({u"release"_qs, u"suggest-version"_qs, u"--db"_qs, m_demo,
                              u"--release"_qs, u"Data Warehouse@"_qs + version, u"--json"_qs});
        QCOMPARE(run.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(u"product"_qs).toString(), u"Data Warehouse"_qs);
        QCOMPARE(o.value(u"scheme"_qs).toString(), u"calver"_qs);
        QCOMPARE(o.value(u"calver_format"_qs).toString(), u"YYYY.0M.MICRO"_qs);
        QCOMPARE(o.value(u"version"_qs).toString(), version);
        QVERIFY(QRegularExpression(u"^20\\d\\d\\.\\d\\d\\.\\d+$"_qs)
                    .match(o.value(u"suggested"_qs).toString())
                    .hasMatch());
        QVERIFY(o.value(u"warnings"_qs).isArray());

        // A SemVer release on a copy: its scope's breaking change asks for a major.
        const QString db = freshCopy(u"suggest.slipway"_qs);
        const qint64 id = count(db, u"SELECT r.id FROM releases r JOIN services s ON s.id = "
                                    "r.product_id WHERE s.name = 'Fraud Scoring' AND r.status = "
                                    "'planned' ORDER BY r.id LIMIT 1"_qs);
        QVERIFY(id > 0);
        QVERIFY(execSql(db, u"INSERT INTO scope_items (title, kind, status, release_id, labels, "
                            "created_by, created_at, updated_by, updated_at) VALUES ('Drop v1 "
                            "endpoints', 'feature', 'committed', %1, 'api; breaking', 't', 0, "
                            "'t', 0)"_qs.arg(id)));
        run = runSlipway({u"release"_qs, u"suggest-version"_qs, u"--db"_qs, db, u"--release"_qs,
                          QString::number(id), u"--json"_qs});
        QCOMPARE(run.exitCode, 0);
        o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(u"scheme"_qs).toString(), u"semver"_qs);
        QVERIFY(o.value(u"scope"_qs).toObject().value(u"breaking"_qs).toInt() >= 1);
        const QString last = o.value(u"last_released"_qs).toString();
        const QString suggested = o.value(u"suggested"_qs).toString();
        QVERIFY2(!suggested.isEmpty(), run.out.constData());
        QVERIFY2(!last.isEmpty(), run.out.constData()); // the demo's Fraud Scoring went out
        if (!last.startsWith(u"0."_qs)) {
            // The next major, or the first after it that no other release of the product holds
            // (a cancelled 4.0.0 still holds its version).
            int major = last.section(u'.', 0, 0).toInt() + 1;
            while (count(db, u"SELECT count(*) FROM releases WHERE product_id = (SELECT "
                             "product_id FROM releases WHERE id = %1) AND id <> %1 AND version = "
                             "'%2.0.0'"_qs.arg(id)
                                 .arg(major)) > 0)
                ++major;
            QCOMPARE(suggested, u"%1.0.0"_qs.arg(major));
        }
        const QString chosen = o.value(u"version"_qs).toString();
        const bool differs = chosen != suggested;
        if (differs)
            QVERIFY(o.value(u"warnings"_qs)
                        .toArray()
                        .contains(u"%1 differs from the suggested %2."_qs.arg(chosen, suggested)));
        // The text form says the same in lines.
        run = runSlipway({u"release"_qs, u"suggest-version"_qs, u"--db"_qs, db, u"--release"_qs,
                          QString::number(id)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().contains(u"suggested: "_qs + suggested));
        QCOMPARE(run.outText().contains(u"warning: "_qs), differs);
        // Bad usage: one line, exit 2.
        for (const QStringList& args :
             {QStringList{u"release"_qs, u"suggest-version"_qs, u"--db"_qs, db},
              QStringList{u"release"_qs, u"guess"_qs, u"--db"_qs, db, u"--release"_qs, u"1"_qs},
              QStringList{u"release"_qs, u"suggest-version"_qs, u"--db"_qs, db, u"--release"_qs,
                          u"Nowhere@1.0.0"_qs}}) {
            const Run bad = runSlipway(args);
            QCOMPARE(bad.exitCode, 2);
            QVERIFY(!bad.errText().isEmpty() && !bad.errText().contains(u'\n'));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ProductCommand)
#include "tst_ProductCommand.moc"
