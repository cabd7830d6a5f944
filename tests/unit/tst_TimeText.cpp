// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TimeText.h"

#include <QDateTime>
#include <QTest>

using namespace slipway;

class tst_TimeText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void times_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1: refused
        const qint64 midnight =
            QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("date") << u"2026-12-01"_qs << midnight;
        QTest::newRow("utc by default") << u"2026-12-01T22:00"_qs << midnight + 22 * 3600;
        QTest::newRow("z") << u"2026-12-01T22:00:00Z"_qs << midnight + 22 * 3600;
        QTest::newRow("offset") << u"2026-12-01T22:00+01:00"_qs << midnight + 21 * 3600;
        QTest::newRow("garbage") << u"next friday"_qs << qint64(-1);
        QTest::newRow("bad day") << u"2026-02-30"_qs << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }
    void times() {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto t = parseUtcTime(text);
        QCOMPARE(t.value_or(-1), expected);
    }
    void durations_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("hours") << u"4h"_qs << qint64(4 * 3600);
        QTest::newRow("mixed") << u"1h30m"_qs << qint64(5400);
        QTest::newRow("days") << u"2d"_qs << qint64(2 * 86400);
        QTest::newRow("upper") << u"90M"_qs << qint64(5400);
        QTest::newRow("too short") << u"30s"_qs << qint64(-1);
        QTest::newRow("no unit") << u"4"_qs << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("negative") << u"-4h"_qs << qint64(-1);
    }
    void durations() {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(parseDuration(text).value_or(-1), expected);
    }
};

QTEST_GUILESS_MAIN(tst_TimeText)
#include "tst_TimeText.moc"
