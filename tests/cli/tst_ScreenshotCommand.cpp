// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway screenshot` renders the real window headless to a PNG of the asked size.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway::test;

class tst_ScreenshotCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_file = makeDemo(m_dir, u"shot.slipway"_qs);
        QVERIFY(!m_file.isEmpty());
    }

    void rendersReleasesAtTheGivenSize() {
        const QString out = m_dir.filePath(u"releases.png"_qs);
        const QByteArray before = fileBytes(m_file);
        const Run run =
            runSlipway({u"screenshot"_qs, u"--db"_qs, m_file, u"--view"_qs, u"releases"_qs,
                        u"--out"_qs, out, u"--size"_qs, u"1024x700"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1024, 700));
        QCOMPARE(fileBytes(m_file), before); // opened read-only
    }

    // The calendar over a chosen range: a week and a quarter of the same file differ, and a
    // range that is not one is refused with one line naming the option.
    void rendersTheCalendarOverTheGivenRange() {
        const auto shot = [&](const QString& from, const QString& to, const QString& name) {
            const QString out = m_dir.filePath(name);
            const Run run = runSlipway({u"screenshot"_qs, u"--db"_qs, m_file, u"--view"_qs,
                                        u"calendar"_qs, u"--from"_qs, from, u"--to"_qs, to,
                                        u"--out"_qs, out, u"--size"_qs, u"1280x800"_qs});
            if (run.exitCode != 0)
                qWarning("%s", run.err.constData());
            return QImage(out);
        };
        const QImage week = shot(u"2026-11-30"_qs, u"2026-12-07"_qs, u"week.png"_qs);
        const QImage quarter = shot(u"2026-10-01"_qs, u"2027-01-01"_qs, u"quarter.png"_qs);
        QVERIFY(!week.isNull() && !quarter.isNull());
        QCOMPARE(week.size(), QSize(1280, 800));
        QVERIFY(week != quarter);
        // Not a blank page: the calendar draws rows, bars and bands in several colours.
        QSet<QRgb> colours;
        for (int y = 100; y < 700; y += 7)
            for (int x = 300; x < 1000; x += 7)
                colours.insert(week.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));

        const QString out = m_dir.filePath(u"backwards.png"_qs);
        const Run backwards = runSlipway({u"screenshot"_qs, u"--db"_qs, m_file, u"--view"_qs,
                                          u"calendar"_qs, u"--from"_qs, u"2026-12-07"_qs,
                                          u"--to"_qs, u"2026-12-01"_qs, u"--out"_qs, out});
        QCOMPARE(backwards.exitCode, 2);
        QVERIFY2(backwards.errText().contains(u"--to"_qs) ||
                     backwards.errText().contains(u"--from"_qs),
                 backwards.err.constData());
        QVERIFY(!backwards.errText().contains(u'\n'));
        QVERIFY(!QFile::exists(out));
        const Run notADate = runSlipway({u"screenshot"_qs, u"--db"_qs, m_file, u"--view"_qs,
                                         u"calendar"_qs, u"--from"_qs, u"first of May"_qs,
                                         u"--to"_qs, u"2026-12-01"_qs, u"--out"_qs, out});
        QCOMPARE(notADate.exitCode, 2);
        QVERIFY2(notADate.errText().contains(u"first of May"_qs), notADate.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void badArguments_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown view")
            << QStringList{u"--view"_qs, u"gantt-3d"_qs} << u"gantt-3d"_qs;
        QTest::newRow("bad size") << QStringList{u"--size"_qs, u"big"_qs} << u"--size"_qs;
        QTest::newRow("tiny size") << QStringList{u"--size"_qs, u"10x10"_qs} << u"10x10"_qs;
    }

    void badArguments() {
        QFETCH(QStringList, extra);
        QFETCH(QString, mentions);
        const QString out = m_dir.filePath(u"bad.png"_qs);
        const Run run =
            runSlipway(QStringList{u"screenshot"_qs, u"--db"_qs, m_file, u"--out"_qs, out} + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(mentions), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void outIsRequired() {
        const Run run = runSlipway({u"screenshot"_qs, u"--db"_qs, m_file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"--out"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_ScreenshotCommand)
#include "tst_ScreenshotCommand.moc"
