// SPDX-License-Identifier: GPL-3.0-or-later
// Version pins with npm's meaning: what each form expands to, which versions satisfy it
// (carets below 1.0.0, tildes, wildcards, hyphen ranges, alternatives, pre-releases) and the
// one-line errors for what is not a constraint.
#include "rules/VersionConstraint.h"

#include <QTest>

using namespace slipway;

namespace {

VersionConstraint constraint(const QString& text) {
    const auto c = VersionConstraint::parse(text);
    if (!c)
        qFatal("%s", qPrintable(c.error().message));
    return c.value();
}

} // namespace

class tst_VersionConstraint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void expands_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("exact") << u"1.2.3"_qs << u"=1.2.3"_qs;
        QTest::newRow("equals") << u"=1.2.3"_qs << u"=1.2.3"_qs;
        QTest::newRow("v prefix") << u"v1.2.3"_qs << u"=1.2.3"_qs;
        QTest::newRow("exact pre-release") << u"=1.2.3-beta.2"_qs << u"=1.2.3-beta.2"_qs;
        QTest::newRow("build dropped") << u"1.2.3+build.5"_qs << u"=1.2.3"_qs;
        QTest::newRow("caret") << u"^1.2.0"_qs << u">=1.2.0 <2.0.0-0"_qs;
        QTest::newRow("caret 0.2.3") << u"^0.2.3"_qs << u">=0.2.3 <0.3.0-0"_qs;
        QTest::newRow("caret 0.0.3") << u"^0.0.3"_qs << u">=0.0.3 <0.0.4-0"_qs;
        QTest::newRow("caret 0.0.0") << u"^0.0.0"_qs << u">=0.0.0 <0.0.1-0"_qs;
        QTest::newRow("caret 1.2.x") << u"^1.2.x"_qs << u">=1.2.0 <2.0.0-0"_qs;
        QTest::newRow("caret 0.0.x") << u"^0.0.x"_qs << u">=0.0.0 <0.1.0-0"_qs;
        QTest::newRow("caret 0.0") << u"^0.0"_qs << u">=0.0.0 <0.1.0-0"_qs;
        QTest::newRow("caret 0.1.x") << u"^0.1.x"_qs << u">=0.1.0 <0.2.0-0"_qs;
        QTest::newRow("caret 1.x") << u"^1.x"_qs << u">=1.0.0 <2.0.0-0"_qs;
        QTest::newRow("caret 0.x") << u"^0.x"_qs << u">=0.0.0 <1.0.0-0"_qs;
        QTest::newRow("caret 1") << u"^1"_qs << u">=1.0.0 <2.0.0-0"_qs;
        QTest::newRow("caret pre-release") << u"^1.2.3-beta.2"_qs << u">=1.2.3-beta.2 <2.0.0-0"_qs;
        QTest::newRow("tilde major.minor") << u"~1.4"_qs << u">=1.4.0 <1.5.0-0"_qs;
        QTest::newRow("tilde full") << u"~1.4.2"_qs << u">=1.4.2 <1.5.0-0"_qs;
        QTest::newRow("tilde major") << u"~1"_qs << u">=1.0.0 <2.0.0-0"_qs;
        QTest::newRow("tilde 0.2.3") << u"~0.2.3"_qs << u">=0.2.3 <0.3.0-0"_qs;
        QTest::newRow("tilde space") << u"~ 1.4"_qs << u">=1.4.0 <1.5.0-0"_qs;
        QTest::newRow("range") << u">=2.0.0 <3.0.0"_qs << u">=2.0.0 <3.0.0"_qs;
        QTest::newRow("range comma") << u">=2.0.0, <3.0.0"_qs << u">=2.0.0 <3.0.0"_qs;
        QTest::newRow("range comma tight") << u">=2.0.0,<3.0.0"_qs << u">=2.0.0 <3.0.0"_qs;
        QTest::newRow("operator space") << u">= 2.0.0 < 3.0.0"_qs << u">=2.0.0 <3.0.0"_qs;
        QTest::newRow("x-range patch") << u"1.2.x"_qs << u">=1.2.0 <1.3.0-0"_qs;
        QTest::newRow("x-range star") << u"1.2.*"_qs << u">=1.2.0 <1.3.0-0"_qs;
        QTest::newRow("x-range minor") << u"1.x"_qs << u">=1.0.0 <2.0.0-0"_qs;
        QTest::newRow("x-range X.X") << u"1.X.X"_qs << u">=1.0.0 <2.0.0-0"_qs;
        QTest::newRow("partial") << u"1.2"_qs << u">=1.2.0 <1.3.0-0"_qs;
        QTest::newRow("partial major") << u"1"_qs << u">=1.0.0 <2.0.0-0"_qs;
        QTest::newRow("star") << u"*"_qs << u"*"_qs;
        QTest::newRow("x") << u"x"_qs << u"*"_qs;
        QTest::newRow("x.x.x") << u"x.x.x"_qs << u"*"_qs;
        QTest::newRow("greater partial") << u">1.2"_qs << u">=1.3.0"_qs;
        QTest::newRow("greater major") << u">1"_qs << u">=2.0.0"_qs;
        QTest::newRow("greater full") << u">1.2.3"_qs << u">1.2.3"_qs;
        QTest::newRow("less partial") << u"<1.2"_qs << u"<1.2.0-0"_qs;
        QTest::newRow("less full") << u"<1.2.3"_qs << u"<1.2.3"_qs;
        QTest::newRow("at most partial") << u"<=1.2"_qs << u"<1.3.0-0"_qs;
        QTest::newRow("at most full") << u"<=1.2.3"_qs << u"<=1.2.3"_qs;
        QTest::newRow("at least partial") << u">=1.2"_qs << u">=1.2.0"_qs;
        QTest::newRow("greater star") << u">*"_qs << u"<0.0.0-0"_qs;
        QTest::newRow("less star") << u"<*"_qs << u"<0.0.0-0"_qs;
        QTest::newRow("at least star") << u">=*"_qs << u"*"_qs;
        QTest::newRow("hyphen") << u"1.2.3 - 2.3.4"_qs << u">=1.2.3 <=2.3.4"_qs;
        QTest::newRow("hyphen partial low") << u"1.2 - 2.3.4"_qs << u">=1.2.0 <=2.3.4"_qs;
        QTest::newRow("hyphen partial high") << u"1.2.3 - 2.3"_qs << u">=1.2.3 <2.4.0-0"_qs;
        QTest::newRow("hyphen major high") << u"1.2.3 - 2"_qs << u">=1.2.3 <3.0.0-0"_qs;
        QTest::newRow("alternatives")
            << u"^1.2.0 || ^2.0.0"_qs << u">=1.2.0 <2.0.0-0 || >=2.0.0 <3.0.0-0"_qs;
        QTest::newRow("alternatives tight")
            << u"1.2.7||>=1.2.9 <2.0.0"_qs << u"=1.2.7 || >=1.2.9 <2.0.0"_qs;
        QTest::newRow("surrounding spaces") << u"  ^1.2.0  "_qs << u">=1.2.0 <2.0.0-0"_qs;
        QTest::newRow("largest caret")
            << u"^18446744073709551615.0.0"_qs << u">=18446744073709551615.0.0"_qs;
        QTest::newRow("above the largest") << u">18446744073709551615"_qs << u"<0.0.0-0"_qs;
    }
    void expands() {
        QFETCH(QString, text);
        const VersionConstraint c = constraint(text);
        QTEST(c.normalized(), "normalized");
        QCOMPARE(c.text(), text.trimmed());
        // The normalized form is itself a constraint meaning the same.
        QCOMPARE(constraint(c.normalized()).normalized(), c.normalized());
    }

    void satisfies_data() {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("expected");
        const auto row = [](const char* range, const char* version, bool expected) {
            QTest::addRow("%s @ %s", range, version)
                << QString::fromUtf8(range) << QString::fromUtf8(version) << expected;
        };
        row("1.2.3", "1.2.3", true);
        row("1.2.3", "1.2.4", false);
        row("=1.2.3", "1.2.3+build.9", true);
        row("^1.2.0", "1.2.0", true);
        row("^1.2.0", "1.9.9", true);
        row("^1.2.0", "2.0.0", false);
        row("^1.2.0", "1.1.9", false);
        row("^1.2.0", "2.0.0-alpha", false);
        row("^1.2.0", "1.3.0-beta", false); // pre-release of another version
        row("^0.2.3", "0.2.9", true);
        row("^0.2.3", "0.3.0", false);
        row("^0.2.3", "0.2.2", false);
        row("^0.0.3", "0.0.3", true);
        row("^0.0.3", "0.0.4", false);
        row("^0.0", "0.0.9", true);
        row("^0.0", "0.1.0", false);
        row("^0.x", "0.9.9", true);
        row("^0.x", "1.0.0", false);
        row("^1.2.3-beta.2", "1.2.3-beta.4", true); // pre-release on the same 1.2.3
        row("^1.2.3-beta.2", "1.2.3-beta.1", false);
        row("^1.2.3-beta.2", "1.2.3", true);
        row("^1.2.3-beta.2", "1.2.4-beta.2", false);
        row("^1.2.3-beta.2", "1.9.0", true);
        row("~1.4", "1.4.0", true);
        row("~1.4", "1.4.99", true);
        row("~1.4", "1.5.0", false);
        row("~1.4", "1.3.9", false);
        row("~1.4.2", "1.4.1", false);
        row("~1.4.2", "1.4.2", true);
        row("~1.4.2", "1.4.7", true);
        row("~1.4.2", "1.5.0", false);
        row("~1", "1.9.0", true);
        row("~1", "2.0.0", false);
        row("~1.2.3-rc.1", "1.2.3-rc.2", true);
        row("~1.2.3-rc.1", "1.2.4-rc.1", false);
        row(">=2.0.0 <3.0.0", "2.0.0", true);
        row(">=2.0.0 <3.0.0", "2.9.9", true);
        row(">=2.0.0 <3.0.0", "3.0.0", false);
        row(">=2.0.0 <3.0.0", "1.9.9", false);
        row(">=2.0.0 <3.0.0", "3.0.0-rc.1", false);
        row(">=2.0.0, <3.0.0", "2.5.0", true);
        row(">=2.0.0, <3.0.0", "3.0.0", false);
        row(">=1.3.0-alpha <2.0.0", "1.3.0-beta", true);
        row(">=1.3.0-alpha <2.0.0", "1.4.0-beta", false);
        row(">=1.3.0-alpha <2.0.0", "1.4.0", true);
        row("1.2.x", "1.2.0", true);
        row("1.2.x", "1.2.17", true);
        row("1.2.x", "1.3.0", false);
        row("1.2.x", "1.2.5-rc.1", false);
        row("1.x", "1.99.0", true);
        row("1.x", "2.0.0", false);
        row("*", "0.0.0", true);
        row("*", "99.1.2", true);
        row("*", "1.0.0-rc.1", false); // no pre-releases unless named
        row("x", "3.1.4", true);
        row(">1.2", "1.2.9", false);
        row(">1.2", "1.3.0", true);
        row(">1.2.3", "1.2.3", false);
        row(">1.2.3", "1.2.4", true);
        row("<1.2", "1.1.99", true);
        row("<1.2", "1.2.0", false);
        row("<1.2", "1.2.0-rc.1", false);
        row("<=1.2", "1.2.9", true);
        row("<=1.2", "1.3.0", false);
        row("<=1.2.3", "1.2.3", true);
        row(">*", "1.0.0", false);
        row("1.2.3 - 2.3.4", "1.2.3", true);
        row("1.2.3 - 2.3.4", "2.3.4", true);
        row("1.2.3 - 2.3.4", "2.3.5", false);
        row("1.2.3 - 2.3", "2.3.9", true);
        row("1.2.3 - 2.3", "2.4.0", false);
        row("^1.2.0 || ^2.0.0", "2.5.0", true);
        row("^1.2.0 || ^2.0.0", "1.5.0", true);
        row("^1.2.0 || ^2.0.0", "3.0.0", false);
        row("1.2.7 || >=1.2.9 <2.0.0", "1.2.8", false);
        row("1.2.7 || >=1.2.9 <2.0.0", "1.2.7", true);
        row("1.2.7 || >=1.2.9 <2.0.0", "1.4.6", true);
        row("1.2.7 || >=1.2.9 <2.0.0", "2.0.0", false);
        row("<1.0.0 || >=2.0.0-rc.1", "2.0.0-rc.2", true);
        row("<1.0.0 || >=2.0.0-rc.1", "1.5.0", false);
        row("^18446744073709551615.0.0", "18446744073709551615.9.9", true);
        row(">18446744073709551615", "18446744073709551615.9.9", false);
    }
    void satisfies() {
        QFETCH(QString, range);
        QFETCH(QString, version);
        const auto v = SemVer::parse(version);
        QVERIFY(v.has_value());
        QTEST(constraint(range).satisfies(*v), "expected");
        // Reading back the normalized form gives the same answer.
        QTEST(constraint(constraint(range).normalized()).satisfies(*v), "expected");
    }

    void refuses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << u"A version constraint is required"_qs;
        QTest::newRow("blank") << u"   "_qs << u"A version constraint is required"_qs;
        QTest::newRow("word") << u"latest"_qs << u"'l' is not allowed (character 1)"_qs;
        QTest::newRow("four numbers")
            << u"^1.2.3.4"_qs << u"a version has at most three numbers (character 7)"_qs;
        QTest::newRow("leading zero")
            << u">=01.2.0"_qs << u"01 has a leading zero (character 3)"_qs;
        QTest::newRow("caret alone")
            << u"^"_qs << u"a version is missing after '^' (character 2)"_qs;
        QTest::newRow("operator alone")
            << u">=2.0.0 <"_qs << u"a version is missing after '<' (character 10)"_qs;
        QTest::newRow("single bar")
            << u"1.2.3 | 2.0.0"_qs << u"use '||' between alternatives (character 7)"_qs;
        QTest::newRow("empty alternative")
            << u"^1.2.0 ||"_qs << u"an alternative is empty (character 10)"_qs;
        QTest::newRow("leading alternative")
            << u"|| ^1.2.0"_qs << u"an alternative is empty (character 1)"_qs;
        QTest::newRow("leading comma")
            << u", >=1.0.0"_qs << u"a ',' needs a comparator before it (character 1)"_qs;
        QTest::newRow("double comma")
            << u">=1.0.0,, <2"_qs << u"a ',' needs a comparator before it (character 9)"_qs;
        QTest::newRow("trailing comma")
            << u">=1.0.0,"_qs << u"a ',' needs a comparator after it (character 9)"_qs;
        QTest::newRow("number after wildcard")
            << u"1.x.3"_qs << u"a number cannot follow a wildcard (character 5)"_qs;
        QTest::newRow("empty part") << u"1..3"_qs << u"a number is missing (character 3)"_qs;
        QTest::newRow("trailing dot") << u"1.2."_qs << u"a number is missing (character 5)"_qs;
        QTest::newRow("partial pre-release")
            << u"1.2-beta"_qs << u"a pre-release or build needs MAJOR.MINOR.PATCH (character 4)"_qs;
        QTest::newRow("bad pre-release")
            << u"^1.2.3-01"_qs
            << u"\"1.2.3-01\" is not a semantic version: the numeric pre-release identifier 01 has "
               "a leading zero (character 7)"_qs;
        QTest::newRow("too large")
            << u"^99999999999999999999"_qs << u"99999999999999999999 is too large (character 2)"_qs;
        QTest::newRow("no space") << u">=1.0.0<2.0.0"_qs << u"'<' is not allowed (character 8)"_qs;
        QTest::newRow("double equals") << u"==1.2.3"_qs << u"'=' is not allowed (character 2)"_qs;
        QTest::newRow("hyphen with operator")
            << u"1.2.3 - >2.0.0"_qs << u"a hyphen range takes two plain versions"_qs;
        QTest::newRow("hyphen without end")
            << u"1.2.3 - "_qs << u"a version is missing after '-' (character 9)"_qs;
        QTest::newRow("newline") << u"^1.2.3\n"_qs << u"'\\n' is not allowed (character 7)"_qs;
    }
    void refuses() {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto c = VersionConstraint::parse(text);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, Error::Kind::Validation);
        QVERIFY2(c.error().message.contains(reason), qPrintable(c.error().message));
        QVERIFY2(!c.error().message.contains(u'\n'), qPrintable(c.error().message));
        if (!text.trimmed().isEmpty())
            QVERIFY2(c.error().message.contains(u"is not a version constraint"_qs),
                     qPrintable(c.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_VersionConstraint)
#include "tst_VersionConstraint.moc"
