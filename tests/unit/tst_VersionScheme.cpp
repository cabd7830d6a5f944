// SPDX-License-Identifier: GPL-3.0-or-later
// A product's versioning scheme behind one face: validating, comparing, the next version from
// the release's scope (SemVer) or its date (CalVer), and the warnings about a chosen version.
#include "rules/VersionScheme.h"

#include <QTest>

using namespace slipway;

namespace {

VersionScheme calVer(const QString& format) {
    const auto s = VersionScheme::calVer(format);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return s.value();
}

QString suggest(const VersionScheme& scheme, const QString& last, ScopeCounts scope,
                QDate date = QDate(2024, 5, 15)) {
    const auto n = scheme.suggestNext(last, scope, date);
    return n ? n.value() : u"error: "_qs + n.error().message;
}

} // namespace

class tst_VersionScheme : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keys() {
        QCOMPARE(VersionScheme().kind(), VersionScheme::Kind::SemVer);
        QCOMPARE(VersionScheme::semVer().key(), u"semver"_qs);
        const VersionScheme cal = calVer(u"YYYY.0M.MICRO"_qs);
        QCOMPARE(cal.kind(), VersionScheme::Kind::CalVer);
        QCOMPARE(cal.key(), u"calver:YYYY.0M.MICRO"_qs);
        QCOMPARE(cal.calVerFormat(), u"YYYY.0M.MICRO"_qs);
        QCOMPARE(cal.displayName(), u"CalVer YYYY.0M.MICRO"_qs);
        QCOMPARE(VersionScheme::semVer().displayName(), u"Semantic Versioning"_qs);
        for (const VersionScheme& s : {VersionScheme::semVer(), cal}) {
            const auto back = VersionScheme::fromKey(s.key());
            QVERIFY(back.ok());
            QVERIFY(back.value() == s);
        }
        const auto unknown = VersionScheme::fromKey(u"romver"_qs);
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.contains(u"\"romver\" is not a versioning scheme"_qs),
                 qPrintable(unknown.error().message));
        const auto badFormat = VersionScheme::fromKey(u"calver:YYYY.QQ"_qs);
        QVERIFY(!badFormat.ok());
        QVERIFY(badFormat.error().message.contains(u"\"QQ\" is not a segment"_qs));
    }

    void validate() {
        const VersionScheme sem;
        QVERIFY(sem.validate(u"4.2.0-rc.1+build.7"_qs).ok());
        const auto bad = sem.validate(u"4.2"_qs);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(u"the patch version is missing"_qs),
                 qPrintable(bad.error().message));
        const VersionScheme cal = calVer(u"YY.0M.MICRO"_qs);
        QVERIFY(cal.validate(u"24.05.0"_qs).ok());
        QVERIFY(!cal.validate(u"4.2.0"_qs).ok());
        QVERIFY(!cal.validate(u"24.5.0"_qs).ok());
    }

    void compare() {
        const VersionScheme sem;
        QVERIFY(sem.compare(u"1.0.0-rc.1"_qs, u"1.0.0"_qs).value() < 0);
        QVERIFY(sem.compare(u"2.1.1"_qs, u"2.1.0"_qs).value() > 0);
        QCOMPARE(sem.compare(u"1.0.0+20130313144700"_qs, u"1.0.0"_qs).value(), 0);
        const auto bad = sem.compare(u"1.0.0"_qs, u"1.0"_qs);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.startsWith(u"\"1.0\""_qs));
        const VersionScheme cal = calVer(u"YYYY.MM.MICRO"_qs);
        QVERIFY(cal.compare(u"2024.9.3"_qs, u"2024.10.0"_qs).value() < 0);
        QCOMPARE(cal.compare(u"2024.10.0"_qs, u"2024.10.0"_qs).value(), 0);
        QVERIFY(!cal.compare(u"2024.10.0"_qs, u"2024.10"_qs).ok());
    }

    // The SemVer suggestion from the scope: breaking → major, feature → minor, else patch;
    // below 1.0.0 one step finer (breaking → minor, features and fixes → patch).
    void semVerSuggestion_data() {
        QTest::addColumn<QString>("last");
        QTest::addColumn<int>("breaking");
        QTest::addColumn<int>("features");
        QTest::addColumn<int>("fixes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("breaking") << u"4.1.3"_qs << 1 << 5 << 2 << u"5.0.0"_qs;
        QTest::newRow("feature") << u"4.1.3"_qs << 0 << 2 << 7 << u"4.2.0"_qs;
        QTest::newRow("fixes only") << u"4.1.3"_qs << 0 << 0 << 3 << u"4.1.4"_qs;
        QTest::newRow("nothing") << u"4.1.3"_qs << 0 << 0 << 0 << u"4.1.4"_qs;
        QTest::newRow("build dropped") << u"4.1.3+b.77"_qs << 0 << 0 << 1 << u"4.1.4"_qs;
        QTest::newRow("0.x breaking") << u"0.3.1"_qs << 1 << 0 << 0 << u"0.4.0"_qs;
        QTest::newRow("0.x feature") << u"0.3.1"_qs << 0 << 1 << 0 << u"0.3.2"_qs;
        QTest::newRow("0.x fix") << u"0.3.1"_qs << 0 << 0 << 1 << u"0.3.2"_qs;
        QTest::newRow("0.0.x breaking") << u"0.0.4"_qs << 2 << 0 << 0 << u"0.1.0"_qs;
        QTest::newRow("first release") << QString() << 3 << 3 << 3 << u"0.1.0"_qs;
        // After a pre-release comes the release it previewed, if that is big enough.
        QTest::newRow("rc of a major") << u"5.0.0-rc.2"_qs << 1 << 0 << 0 << u"5.0.0"_qs;
        QTest::newRow("rc of a major, fix") << u"5.0.0-rc.2"_qs << 0 << 0 << 1 << u"5.0.0"_qs;
        QTest::newRow("rc of a minor, breaking") << u"5.1.0-rc.1"_qs << 1 << 0 << 0 << u"6.0.0"_qs;
        QTest::newRow("rc of a minor, feature") << u"5.1.0-rc.1"_qs << 0 << 1 << 0 << u"5.1.0"_qs;
        QTest::newRow("rc of a patch, feature") << u"5.1.2-rc.1"_qs << 0 << 1 << 0 << u"5.2.0"_qs;
        QTest::newRow("rc of a patch, fix") << u"5.1.2-rc.1"_qs << 0 << 0 << 1 << u"5.1.2"_qs;
        QTest::newRow("overflow")
            << u"18446744073709551615.0.0"_qs << 1 << 0 << 0
            << u"error: 18446744073709551615.0.0 cannot be counted any higher."_qs;
        QTest::newRow("invalid last")
            << u"4.1"_qs << 0 << 0 << 1
            << u"error: \"4.1\" is not a semantic version: use MAJOR.MINOR.PATCH, "
               "e.g. 2.4.0; the patch version is missing (character 4)"_qs;
    }
    void semVerSuggestion() {
        QFETCH(QString, last);
        QFETCH(int, breaking);
        QFETCH(int, features);
        QFETCH(int, fixes);
        QTEST(suggest(VersionScheme(), last, {breaking, features, fixes}), "expected");
    }

    void nextSemVerAlwaysRises() {
        const QStringList lasts = {u"0.0.0"_qs, u"0.3.1"_qs,   u"1.0.0-alpha"_qs, u"1.2.0-rc.1"_qs,
                                   u"1.2.3"_qs, u"9.9.9-b"_qs, u"2.0.0"_qs};
        for (const QString& text : lasts) {
            const SemVer last = *SemVer::parse(text);
            for (const ScopeCounts scope : {ScopeCounts{1, 0, 0}, ScopeCounts{0, 1, 0},
                                            ScopeCounts{0, 0, 1}, ScopeCounts{}}) {
                const auto next = VersionScheme::nextSemVer(last, scope);
                QVERIFY(next.ok());
                QVERIFY2(last < next.value(), qPrintable(text + u" → "_qs + next->toString()));
                QVERIFY(next->preRelease.isEmpty() && next->build.isEmpty());
            }
        }
    }

    // CalVer follows the date; the scope picks the counter when the scheme has several.
    void calVerSuggestion() {
        const VersionScheme monthly = calVer(u"YYYY.MM.MICRO"_qs);
        QCOMPARE(suggest(monthly, QString(), {}, QDate(2024, 5, 15)), u"2024.5.0"_qs);
        QCOMPARE(suggest(monthly, u"2024.5.0"_qs, {1, 0, 0}, QDate(2024, 5, 20)), u"2024.5.1"_qs);
        QCOMPARE(suggest(monthly, u"2024.5.4"_qs, {0, 0, 1}, QDate(2024, 6, 2)), u"2024.6.0"_qs);
        const VersionScheme counters = calVer(u"YYYY.MINOR.MICRO"_qs);
        QCOMPARE(suggest(counters, u"2024.2.3"_qs, {0, 1, 4}), u"2024.3.0"_qs);
        QCOMPARE(suggest(counters, u"2024.2.3"_qs, {1, 0, 0}), u"2024.3.0"_qs);
        QCOMPARE(suggest(counters, u"2024.2.3"_qs, {0, 0, 4}), u"2024.2.4"_qs);
        QVERIFY(suggest(monthly, u"2024.05.0"_qs, {}).startsWith(u"error: \"2024.05.0\""_qs));
        QVERIFY(suggest(monthly, u"2024.5.0"_qs, {}, QDate(2024, 4, 1)).startsWith(u"error: "_qs));
    }

    void warnings_data() {
        QTest::addColumn<QString>("scheme"); // a key
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("suggested");
        QTest::addColumn<QStringList>("expected");
        const QString sem = u"semver"_qs;
        QTest::newRow("all good") << sem << u"4.2.0"_qs << u"4.1.0"_qs << u"4.2.0"_qs
                                  << QStringList();
        QTest::newRow("below last")
            << sem << u"4.0.0"_qs << u"4.1.0"_qs << u"4.2.0"_qs
            << QStringList{u"4.0.0 is not above the last released 4.1.0."_qs,
                           u"4.0.0 differs from the suggested 4.2.0."_qs};
        QTest::newRow("equal to last")
            << sem << u"4.1.0"_qs << u"4.1.0"_qs << QString()
            << QStringList{u"4.1.0 is not above the last released 4.1.0."_qs};
        QTest::newRow("only build differs")
            << sem << u"4.1.0+b2"_qs << u"4.1.0+b1"_qs << QString()
            << QStringList{u"4.1.0+b2 is not above the last released 4.1.0+b1."_qs};
        QTest::newRow("bigger than suggested")
            << sem << u"5.0.0"_qs << u"4.1.0"_qs << u"4.2.0"_qs
            << QStringList{u"5.0.0 differs from the suggested 4.2.0."_qs};
        QTest::newRow("same precedence as suggested")
            << sem << u"4.2.0+build.9"_qs << u"4.1.0"_qs << u"4.2.0"_qs << QStringList();
        QTest::newRow("pre-release of suggested")
            << sem << u"4.2.0-rc.1"_qs << u"4.1.0"_qs << u"4.2.0"_qs
            << QStringList{u"4.2.0-rc.1 differs from the suggested 4.2.0."_qs};
        QTest::newRow("first release")
            << sem << u"0.1.0"_qs << QString() << u"0.1.0"_qs << QStringList();
        QTest::newRow("not a version")
            << sem << u"4.2"_qs << u"4.1.0"_qs << u"4.2.0"_qs
            << QStringList{u"\"4.2\" is not a semantic version: use MAJOR.MINOR.PATCH, e.g. 2.4.0; "
                           "the patch version is missing (character 4)"_qs};
        QTest::newRow("nothing chosen")
            << sem << QString() << u"4.1.0"_qs << u"4.2.0"_qs << QStringList();
        const QString cal = u"calver:YYYY.MM.MICRO"_qs;
        QTest::newRow("calver good")
            << cal << u"2024.6.0"_qs << u"2024.5.2"_qs << u"2024.6.0"_qs << QStringList();
        QTest::newRow("calver old")
            << cal << u"2024.5.1"_qs << u"2024.5.2"_qs << u"2024.5.3"_qs
            << QStringList{u"2024.5.1 is not above the last released 2024.5.2."_qs,
                           u"2024.5.1 differs from the suggested 2024.5.3."_qs};
    }
    void warnings() {
        QFETCH(QString, scheme);
        QFETCH(QString, chosen);
        QFETCH(QString, last);
        QFETCH(QString, suggested);
        const auto s = VersionScheme::fromKey(scheme);
        QVERIFY(s.ok());
        QTEST(s->warnings(chosen, last, suggested), "expected");
    }
};

QTEST_GUILESS_MAIN(tst_VersionScheme)
#include "tst_VersionScheme.moc"
