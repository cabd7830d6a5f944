// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/SemVer.h"

#include <QTest>

using namespace slipway;

class tst_SemVer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"2.4.0"_qs << true;
        QTest::newRow("pre-release") << u"1.0.0-rc.1"_qs << true;
        QTest::newRow("build") << u"1.0.0+20261127.sha.5114f85"_qs << true;
        QTest::newRow("both") << u"1.0.0-alpha.beta+exp.sha.5114f85"_qs << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("two parts") << u"1.2"_qs << false;
        QTest::newRow("leading zero") << u"01.2.3"_qs << false;
        QTest::newRow("v prefix") << u"v1.2.3"_qs << false;
        QTest::newRow("pre leading zero") << u"1.2.3-01"_qs << false;
        QTest::newRow("empty pre id") << u"1.2.3-rc..1"_qs << false;
        QTest::newRow("bad char") << u"1.2.3-rc_1"_qs << false;
        QTest::newRow("spaces") << u"1.2.3 "_qs << false;
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QString reason;
        const auto v = SemVer::parse(text, &reason);
        QCOMPARE(v.has_value(), valid);
        if (valid)
            QCOMPARE(v->toString(), text);
        else
            QVERIFY(!reason.isEmpty());
    }
    void precedence() {
        // The ordering example of the Semantic Versioning 2.0.0 specification, item 11.
        const QStringList ordered = {u"1.0.0-alpha"_qs, u"1.0.0-alpha.1"_qs, u"1.0.0-alpha.beta"_qs,
                                     u"1.0.0-beta"_qs,  u"1.0.0-beta.2"_qs,  u"1.0.0-beta.11"_qs,
                                     u"1.0.0-rc.1"_qs,  u"1.0.0"_qs,         u"1.0.1"_qs,
                                     u"1.1.0"_qs,       u"2.0.0"_qs,         u"10.0.0"_qs};
        for (qsizetype i = 0; i + 1 < ordered.size(); ++i) {
            const auto a = SemVer::parse(ordered[i]);
            const auto b = SemVer::parse(ordered[i + 1]);
            QVERIFY2(a && b, qPrintable(ordered[i]));
            QVERIFY2(*a < *b, qPrintable(ordered[i] + u" < "_qs + ordered[i + 1]));
            QVERIFY(!(*b < *a));
        }
        QVERIFY(*SemVer::parse(u"1.0.0+a"_qs) == *SemVer::parse(u"1.0.0+b"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_SemVer)
#include "tst_SemVer.moc"
