// SPDX-License-Identifier: GPL-3.0-or-later
// SemVerParser against the Semantic Versioning 2.0.0 specification's own examples: what it
// accepts, how versions order, that every refusal names what is wrong and where, and that it
// accepts exactly what the domain's SemVer::parse accepts.
#include "rules/SemVerParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace slipway;

namespace {

SemVer v(const QString& text) {
    const auto parsed = SemVerParser::parse(text);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return parsed.value();
}

} // namespace

class tst_SemVerParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepts_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint64>("major");
        QTest::addColumn<quint64>("minor");
        QTest::addColumn<quint64>("patch");
        QTest::addColumn<QStringList>("pre");
        QTest::addColumn<QStringList>("build");
        // The specification's examples (items 2, 9 and 10) and a few edges.
        QTest::newRow("1.9.0") << u"1.9.0"_qs << 1ull << 9ull << 0ull << QStringList()
                               << QStringList();
        QTest::newRow("1.10.0") << u"1.10.0"_qs << 1ull << 10ull << 0ull << QStringList()
                                << QStringList();
        QTest::newRow("zeros") << u"0.0.0"_qs << 0ull << 0ull << 0ull << QStringList()
                               << QStringList();
        QTest::newRow("alpha") << u"1.0.0-alpha"_qs << 1ull << 0ull << 0ull
                               << QStringList{u"alpha"_qs} << QStringList();
        QTest::newRow("alpha.1") << u"1.0.0-alpha.1"_qs << 1ull << 0ull << 0ull
                                 << QStringList{u"alpha"_qs, u"1"_qs} << QStringList();
        QTest::newRow("0.3.7") << u"1.0.0-0.3.7"_qs << 1ull << 0ull << 0ull
                               << QStringList{u"0"_qs, u"3"_qs, u"7"_qs} << QStringList();
        QTest::newRow("x.7.z.92") << u"1.0.0-x.7.z.92"_qs << 1ull << 0ull << 0ull
                                  << QStringList{u"x"_qs, u"7"_qs, u"z"_qs, u"92"_qs}
                                  << QStringList();
        QTest::newRow("x-y-z.--") << u"1.0.0-x-y-z.--"_qs << 1ull << 0ull << 0ull
                                  << QStringList{u"x-y-z"_qs, u"--"_qs} << QStringList();
        QTest::newRow("build 001") << u"1.0.0-alpha+001"_qs << 1ull << 0ull << 0ull
                                   << QStringList{u"alpha"_qs} << QStringList{u"001"_qs};
        QTest::newRow("build timestamp") << u"1.0.0+20130313144700"_qs << 1ull << 0ull << 0ull
                                         << QStringList() << QStringList{u"20130313144700"_qs};
        QTest::newRow("beta+exp.sha")
            << u"1.0.0-beta+exp.sha.5114f85"_qs << 1ull << 0ull << 0ull << QStringList{u"beta"_qs}
            << QStringList{u"exp"_qs, u"sha"_qs, u"5114f85"_qs};
        QTest::newRow("build with hyphens")
            << u"1.0.0+21AF26D3----117B344092BD"_qs << 1ull << 0ull << 0ull << QStringList()
            << QStringList{u"21AF26D3----117B344092BD"_qs};
        QTest::newRow("largest") << u"18446744073709551615.0.0"_qs << 18446744073709551615ull
                                 << 0ull << 0ull << QStringList() << QStringList();
    }
    void accepts() {
        QFETCH(QString, text);
        const auto parsed = SemVerParser::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QTEST(parsed->major, "major");
        QTEST(parsed->minor, "minor");
        QTEST(parsed->patch, "patch");
        QTEST(parsed->preRelease, "pre");
        QTEST(parsed->build, "build");
        QCOMPARE(parsed->toString(), text); // kept as written, build metadata included
        QVERIFY(SemVer::parse(text).has_value());
    }

    // Every refusal is one line that quotes the text and names the character at fault.
    void refuses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("leading zero major")
            << u"01.1.1"_qs << u"the major version has a leading zero (character 1)"_qs;
        QTest::newRow("leading zero minor")
            << u"1.01.1"_qs << u"the minor version has a leading zero (character 3)"_qs;
        QTest::newRow("two numbers")
            << u"1.2"_qs << u"the patch version is missing (character 4)"_qs;
        QTest::newRow("one number") << u"1"_qs << u"the minor version is missing (character 2)"_qs;
        QTest::newRow("four numbers")
            << u"1.2.3.4"_qs << u"more than three numbers; use MAJOR.MINOR.PATCH (character 6)"_qs;
        QTest::newRow("empty minor")
            << u"1..3"_qs << u"the minor version is missing (character 3)"_qs;
        QTest::newRow("empty pre-release")
            << u"1.2.3-"_qs << u"a pre-release identifier is empty (character 7)"_qs;
        QTest::newRow("pre-release leading zero")
            << u"1.2.3-01"_qs
            << u"the numeric pre-release identifier 01 has a leading zero (character 7)"_qs;
        QTest::newRow("empty build")
            << u"1.2.3+"_qs << u"a build metadata identifier is empty (character 7)"_qs;
        QTest::newRow("empty identifier")
            << u"1.2.3-a..b"_qs << u"a pre-release identifier is empty (character 9)"_qs;
        QTest::newRow("trailing dot")
            << u"1.2.3-a."_qs << u"a pre-release identifier is empty (character 9)"_qs;
        QTest::newRow("empty build identifier")
            << u"1.2.3+a..b"_qs << u"a build metadata identifier is empty (character 9)"_qs;
        QTest::newRow("v prefix")
            << u"v1.2.3"_qs
            << u"the major version must be a number; 'v' is not allowed (character 1)"_qs;
        QTest::newRow("trailing space")
            << u"1.2.3 "_qs << u"a space is not allowed (character 6)"_qs;
        QTest::newRow("underscore") << u"1.2.3-rc_1"_qs << u"'_' is not allowed (character 9)"_qs;
        QTest::newRow("two plus") << u"1.2.3+a+b"_qs << u"'+' is not allowed (character 8)"_qs;
        QTest::newRow("letter in patch") << u"1.2.3a"_qs << u"'a' is not allowed (character 6)"_qs;
        QTest::newRow("too large")
            << u"1.18446744073709551616.0"_qs << u"the minor version is too large (character 3)"_qs;
        QTest::newRow("negative")
            << u"-1.2.3"_qs
            << u"the major version must be a number; '-' is not allowed (character 1)"_qs;
        QTest::newRow("newline") << u"1.2.3\n"_qs << u"'\\n' is not allowed (character 6)"_qs;
    }
    void refuses() {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto parsed = SemVerParser::parse(text);
        QVERIFY(!parsed.ok());
        const QString message = parsed.error().message;
        QVERIFY2(message.endsWith(reason), qPrintable(message));
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        QVERIFY2(message.startsWith(u'"'), qPrintable(message)); // quotes the text
        QVERIFY(!SemVer::parse(text).has_value());
    }

    void empty() {
        const auto parsed = SemVerParser::parse(QString());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::Validation);
        QVERIFY(parsed.error().message.contains(u"required"_qs));
    }

    // Item 11 of the specification: its two chains, and build metadata out of precedence.
    void precedence() {
        const QList<QStringList> chains = {
            {u"1.0.0"_qs, u"2.0.0"_qs, u"2.1.0"_qs, u"2.1.1"_qs},
            {u"1.0.0-alpha"_qs, u"1.0.0-alpha.1"_qs, u"1.0.0-alpha.beta"_qs, u"1.0.0-beta"_qs,
             u"1.0.0-beta.2"_qs, u"1.0.0-beta.11"_qs, u"1.0.0-rc.1"_qs, u"1.0.0"_qs},
        };
        for (const QStringList& chain : chains) {
            for (qsizetype i = 0; i < chain.size(); ++i) {
                for (qsizetype j = 0; j < chain.size(); ++j) {
                    const int expected = i < j ? -1 : i > j ? 1 : 0;
                    QVERIFY2(v(chain[i]).compare(v(chain[j])) == expected,
                             qPrintable(chain[i] + u" vs "_qs + chain[j]));
                }
            }
        }
        QCOMPARE(v(u"1.0.0+20130313144700"_qs).compare(v(u"1.0.0"_qs)), 0);
        QCOMPARE(v(u"1.0.0-beta+exp.sha.5114f85"_qs).compare(v(u"1.0.0-beta"_qs)), 0);
        // Build metadata is ignored for precedence but kept.
        QCOMPARE(v(u"1.0.0+20130313144700"_qs).build, QStringList{u"20130313144700"_qs});
        // Numeric identifiers compare as numbers, also past 64 bits.
        QVERIFY(v(u"1.0.0-99999999999999999999"_qs) < v(u"1.0.0-100000000000000000000"_qs));
        // A numeric identifier ranks below an alphanumeric one; ASCII order among those.
        QVERIFY(v(u"1.0.0-9"_qs) < v(u"1.0.0-a"_qs));
        QVERIFY(v(u"1.0.0-Z"_qs) < v(u"1.0.0-a"_qs));
        QVERIFY(v(u"1.0.0-2"_qs) < v(u"1.0.0-1a"_qs)); // "1a" is alphanumeric
    }

    void lenient() {
        const auto prefixed = SemVerParser::parseLenient(u"v1.2.3-rc.1"_qs);
        QVERIFY(prefixed.ok());
        QVERIFY(prefixed->prefixed);
        QCOMPARE(prefixed->version.toString(), u"1.2.3-rc.1"_qs);
        const auto upper = SemVerParser::parseLenient(u"V2.0.0"_qs);
        QVERIFY(upper.ok() && upper->prefixed);
        const auto plain = SemVerParser::parseLenient(u"1.2.3"_qs);
        QVERIFY(plain.ok() && !plain->prefixed);
        // Only one "v", and the rest still strict, with the character counted in the whole.
        const auto twice = SemVerParser::parseLenient(u"vv1.2.3"_qs);
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.endsWith(u"(character 2)"_qs),
                 qPrintable(twice.error().message));
        QVERIFY(!SemVerParser::parseLenient(u"v"_qs).ok());
        QVERIFY(!SemVerParser::parseLenient(u"v01.2.3"_qs).ok());
    }

    // The two parsers of the grammar agree on what is a version and what it holds, over
    // strings built from the characters that matter.
    void agreesWithDomainParse() {
        const QString alphabet = u"0123456789..--++aZv x"_qs;
        QRandomGenerator random(20240515);
        int accepted = 0;
        for (int n = 0; n < 200000; ++n) {
            QString text;
            const int length = random.bounded(1, 14);
            for (int i = 0; i < length; ++i)
                text += alphabet[random.bounded(int(alphabet.size()))];
            if (n % 3 == 0)
                text = u"1.2."_qs + text; // reach the pre-release and build more often
            const auto mine = SemVerParser::parse(text);
            const auto domain = SemVer::parse(text);
            QVERIFY2(mine.ok() == domain.has_value(), qPrintable(text));
            if (!mine.ok()) {
                QVERIFY(!mine.error().message.contains(u'\n'));
                continue;
            }
            ++accepted;
            QCOMPARE(mine->major, domain->major);
            QCOMPARE(mine->minor, domain->minor);
            QCOMPARE(mine->patch, domain->patch);
            QCOMPARE(mine->preRelease, domain->preRelease);
            QCOMPARE(mine->build, domain->build);
            QCOMPARE(mine->toString(), text);
        }
        QVERIFY2(accepted > 1000, qPrintable(QString::number(accepted)));
    }
};

QTEST_GUILESS_MAIN(tst_SemVerParser)
#include "tst_SemVerParser.moc"
