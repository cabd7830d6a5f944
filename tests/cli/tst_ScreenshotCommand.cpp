// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway screenshot` renders the real window headless to a PNG of the asked size.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
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
        QVERIFY(m_dir.isValid());
        // Pipelines often have no login session: the binary must stay quiet without one.
        qunsetenv("XDG_RUNTIME_DIR");
        m_file = m_dir.filePath(u"shot.slipway"_qs);
        QCOMPARE(runSlipway({u"demo"_qs, u"--db"_qs, m_file}).exitCode, 0);
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
