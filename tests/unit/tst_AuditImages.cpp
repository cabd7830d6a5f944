// SPDX-License-Identifier: GPL-3.0-or-later
// The newest audit entry per row that pictures the whole row: the key is found anywhere in the
// after-image, case and LIKE wildcards taken literally, and a delete always counts.
#include "TestSupport.h"
#include "storage/AuditImages.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_AuditImages : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"images"_qs};

    // Appends one entry in a transaction of its own; answers its seq, 0 when it failed.
    static qint64 log(Database& db, const QString& entity, qint64 id, const QString& action,
                      const QString& after) {
        Transaction tx(db);
        if (!tx.begin())
            return 0;
        AuditEntry e;
        e.atMs = 1000;
        e.actor = u"olga"_qs;
        e.action = action;
        e.entity = entity;
        e.entityId = id;
        e.afterJson = after;
        auto logged = AuditLog(db).append(e);
        if (!logged || !tx.commit())
            return 0;
        return logged->seq;
    }

private Q_SLOTS:
    void keyAnywhereCaseAndWildcardsLiteral() {
        auto db = openDatabase(m_files.newFile());
        QVERIFY(db);
        const QString key = u"\"row_version\":"_qs;
        const QString widget = u"widget"_qs;
        // 1: whole, then a facet: the whole entry stays the newest that counts.
        const qint64 whole1 = log(*db, widget, 1, u"create"_qs, u"{\"id\":1,\"row_version\":1}"_qs);
        const qint64 facet1 = log(*db, widget, 1, u"update"_qs, u"{\"capacity\":3}"_qs);
        // 2: the key differs only in case, or has another character where the key has '_'.
        QVERIFY(log(*db, widget, 2, u"update"_qs, u"{\"ROW_VERSION\":2}"_qs));
        const qint64 last2 = log(*db, widget, 2, u"update"_qs, u"{\"rowXversion\":2}"_qs);
        // 3: the key at the very end, then deleted: the delete is the newest.
        QVERIFY(log(*db, widget, 3, u"create"_qs, u"{\"id\":3,\"row_version\":"_qs));
        const qint64 delete3 = log(*db, widget, 3, u"delete"_qs, QString());
        // Another entity's entries never count.
        QVERIFY(log(*db, u"gadget"_qs, 4, u"create"_qs, u"{\"row_version\":1}"_qs));
        QVERIFY(whole1 && facet1 && last2 && delete3);

        const auto images = AuditImages(*db).latest(widget, key);
        QVERIFY2(images, qPrintable(images ? QString() : images.error().message));
        QCOMPARE(images->keys().size(), 2);
        QCOMPARE(images->value(1).seq, whole1);
        QCOMPARE(images->value(1).action, u"create"_qs);
        QVERIFY(!images->contains(2));
        QCOMPARE(images->value(3).action, u"delete"_qs);
        QCOMPARE(images->value(3).seq, delete3);

        // An empty key is in every image: the newest entry of each row.
        const auto any = AuditImages(*db).latest(widget, QString());
        QVERIFY(any);
        QCOMPARE(any->size(), 3);
        QCOMPARE(any->value(1).seq, facet1);
        QCOMPARE(any->value(2).seq, last2);
        QCOMPARE(any->value(3).seq, delete3);
    }
};

QTEST_GUILESS_MAIN(tst_AuditImages)
#include "tst_AuditImages.moc"
