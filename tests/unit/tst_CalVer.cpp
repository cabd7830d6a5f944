// SPDX-License-Identifier: GPL-3.0-or-later
// CalVer schemes as calver.org names their segments: which formats are schemes, which texts
// fit one (with the reason when not), how versions order and what the next one is for a date.
#include "rules/CalVer.h"

#include <QTest>

using namespace slipway;

namespace {

CalVer scheme(const QString& format) {
    const auto s = CalVer::fromFormat(format);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return s.value();
}

CalVerVersion version(const CalVer& s, const QString& text) {
    const auto v = s.parse(text);
    if (!v)
        qFatal("%s", qPrintable(v.error().message));
    return v.value();
}

// The next version's text, or the error's.
QString next(const QString& format, const QString& last, QDate date,
             CalVer::Bump bump = CalVer::Bump::Micro) {
    const CalVer s = scheme(format);
    std::optional<CalVerVersion> previous;
    if (!last.isEmpty())
        previous = version(s, last);
    const auto n = s.next(previous, date, bump);
    return n ? s.toString(n.value()) : u"error: "_qs + n.error().message;
}

} // namespace

class tst_CalVer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void schemes_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("error"); // empty: a scheme
        QTest::newRow("YYYY.MM.MICRO") << u"YYYY.MM.MICRO"_qs << QString();
        QTest::newRow("YY.0M.MICRO") << u"YY.0M.MICRO"_qs << QString();
        QTest::newRow("YYYY.0M.0D") << u"YYYY.0M.0D"_qs << QString();
        QTest::newRow("YYYY-0M-0D") << u"YYYY-0M-0D"_qs << QString();
        QTest::newRow("YY.MINOR.MICRO") << u"YY.MINOR.MICRO"_qs << QString();
        QTest::newRow("0Y.0W") << u"0Y.0W"_qs << QString();
        QTest::newRow("YYYY.MAJOR.MINOR.MICRO") << u"YYYY.MAJOR.MINOR.MICRO"_qs << QString();
        QTest::newRow("with modifier") << u"YYYY.MM.MICRO-MODIFIER"_qs << QString();
        QTest::newRow("year only") << u"YYYY"_qs << QString();
        QTest::newRow("empty") << QString() << u"A CalVer scheme is required"_qs;
        QTest::newRow("lower case")
            << u"yyyy.MM"_qs
            << u"\"yyyy\" is not a segment; use YYYY, YY, 0Y, MM, 0M, WW, "
               "0W, DD, 0D, MAJOR, MINOR, MICRO or MODIFIER (character 1)"_qs;
        QTest::newRow("underscore") << u"YYYY_MM"_qs << u"\"YYYY_MM\" is not a segment"_qs;
        QTest::newRow("year later")
            << u"MM.YYYY"_qs << u"it must start with the year (YYYY, YY or 0Y) (character 1)"_qs;
        QTest::newRow("month and week")
            << u"YYYY.MM.WW"_qs << u"MM and WW cannot both be in one scheme (character 9)"_qs;
        QTest::newRow("two micros")
            << u"YYYY.MICRO.MICRO"_qs
            << u"MICRO and MICRO cannot both be in one scheme (character 12)"_qs;
        QTest::newRow("day without month")
            << u"YYYY.DD"_qs << u"a day needs a month (MM or 0M) before it (character 6)"_qs;
        QTest::newRow("day after week")
            << u"YYYY.WW.DD"_qs << u"a day needs a month (MM or 0M) before it (character 9)"_qs;
        QTest::newRow("counter before month")
            << u"YYYY.MICRO.MM"_qs << u"MM cannot come after MICRO; the order is year"_qs;
        QTest::newRow("modifier not last")
            << u"YYYY.MODIFIER.MICRO"_qs << u"MICRO cannot come after MODIFIER"_qs;
        QTest::newRow("empty segment")
            << u"YYYY..MM"_qs << u"a segment is missing (character 6)"_qs;
        QTest::newRow("trailing dot") << u"YYYY.MM."_qs << u"a segment is missing (character 9)"_qs;
    }
    void schemes() {
        QFETCH(QString, format);
        QFETCH(QString, error);
        const auto s = CalVer::fromFormat(format);
        if (error.isEmpty()) {
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
            QCOMPARE(s->format(), format);
        } else {
            QVERIFY(!s.ok());
            QVERIFY2(s.error().message.contains(error), qPrintable(s.error().message));
            QVERIFY(!s.error().message.contains(u'\n'));
        }
    }

    void versions_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error"); // empty: fits
        const QString ym = u"YYYY.MM.MICRO"_qs;
        QTest::newRow("ym fits") << ym << u"2024.5.0"_qs << QString();
        QTest::newRow("ym december") << ym << u"2024.12.17"_qs << QString();
        QTest::newRow("ym padded month")
            << ym << u"2024.05.0"_qs
            << u"the month has a leading zero (MM is not zero-padded) (character 6)"_qs;
        QTest::newRow("ym month 13")
            << ym << u"2024.13.0"_qs << u"month 13 is not between 1 and 12 (character 6)"_qs;
        QTest::newRow("ym month 0")
            << ym << u"2024.0.1"_qs << u"month 0 is not between 1 and 12 (character 6)"_qs;
        QTest::newRow("ym short year")
            << ym << u"24.5.0"_qs << u"the year must have four digits (YYYY) (character 1)"_qs;
        QTest::newRow("ym two parts")
            << ym << u"2024.5"_qs << u"it has 2 parts where the scheme has 3 (character 7)"_qs;
        QTest::newRow("ym four parts")
            << ym << u"2024.5.0.1"_qs << u"it has 4 parts where the scheme has 3 (character 9)"_qs;
        QTest::newRow("ym dashes")
            << ym << u"2024-5-0"_qs << u"expected '.' before the month (character 5)"_qs;
        QTest::newRow("ym micro zero")
            << ym << u"2024.5.01"_qs
            << u"MICRO has a leading zero (MICRO is not zero-padded) (character 8)"_qs;
        QTest::newRow("ym letters")
            << ym << u"2024.5.x"_qs << u"MICRO must be a number, not \"x\" (character 8)"_qs;
        QTest::newRow("ym empty part")
            << ym << u"2024..0"_qs << u"the month is missing (character 6)"_qs;
        QTest::newRow("ym empty") << ym << QString()
                                  << u"A version in the form YYYY.MM.MICRO is required."_qs;
        QTest::newRow("ym too large")
            << ym << u"2024.5.99999999999999999999"_qs << u"MICRO is too large (character 8)"_qs;
        const QString y0m = u"YY.0M.MICRO"_qs;
        QTest::newRow("y0m fits") << y0m << u"24.05.3"_qs << QString();
        QTest::newRow("y0m 2106") << y0m << u"106.01.0"_qs << QString();
        QTest::newRow("y0m unpadded")
            << y0m << u"24.5.3"_qs << u"the month must have two digits (0M) (character 4)"_qs;
        QTest::newRow("y0m padded year")
            << y0m << u"06.05.0"_qs
            << u"the year has a leading zero (YY is not zero-padded) (character 1)"_qs;
        const QString py = u"0Y.0M"_qs;
        QTest::newRow("0Y fits") << py << u"06.11"_qs << QString();
        QTest::newRow("0Y one digit") << py << u"6.11"_qs << u"two digits (0Y)"_qs;
        QTest::newRow("0Y three with zero") << py << u"006.11"_qs << u"two digits (0Y)"_qs;
        const QString day = u"YYYY.0M.0D"_qs;
        QTest::newRow("leap day") << day << u"2024.02.29"_qs << QString();
        QTest::newRow("no leap day")
            << day << u"2023.02.29"_qs << u"2023-2 has no day 29 (character 9)"_qs;
        QTest::newRow("april 31") << day << u"2024.04.31"_qs << u"2024-4 has no day 31"_qs;
        QTest::newRow("day 32") << day << u"2024.01.32"_qs << u"2024-1 has no day 32"_qs;
        const QString week = u"YYYY.WW"_qs;
        QTest::newRow("week 53 of 2020") << week << u"2020.53"_qs << QString();
        QTest::newRow("no week 53 in 2021")
            << week << u"2021.53"_qs << u"week 53 is not between 1 and 52 (character 6)"_qs;
        QTest::newRow("week 0") << week << u"2021.0"_qs << u"week 0 is not between 1 and 52"_qs;
        const QString mod = u"YYYY.MM.MICRO-MODIFIER"_qs;
        QTest::newRow("without modifier") << mod << u"2024.5.0"_qs << QString();
        QTest::newRow("with modifier") << mod << u"2024.5.0-rc1"_qs << QString();
        QTest::newRow("dotted modifier")
            << mod << u"2024.5.0-rc.1"_qs
            << u"it has 5 parts where the scheme has 4 (character 12)"_qs;
        QTest::newRow("modifier underscore")
            << mod << u"2024.5.0-r_c"_qs << u"'_' is not allowed in the modifier (character 11)"_qs;
        QTest::newRow("modifier wrong separator")
            << mod << u"2024.5.0.rc1"_qs << u"expected '-' before the modifier (character 9)"_qs;
        QTest::newRow("dot modifier")
            << u"YYYY.MM.MICRO.MODIFIER"_qs << u"2024.5.0.dev"_qs << QString();
    }
    void versions() {
        QFETCH(QString, format);
        QFETCH(QString, text);
        QFETCH(QString, error);
        const CalVer s = scheme(format);
        const auto v = s.parse(text);
        if (error.isEmpty()) {
            QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
            QCOMPARE(s.toString(v.value()), text);
        } else {
            QVERIFY(!v.ok());
            QVERIFY2(v.error().message.contains(error), qPrintable(v.error().message));
            if (!text.isEmpty())
                QVERIFY2(v.error().message.contains(format), qPrintable(v.error().message));
        }
    }

    void values() {
        const CalVer s = scheme(u"YY.0M.MICRO-MODIFIER"_qs);
        const CalVerVersion v = version(s, u"24.05.3-rc2"_qs);
        QCOMPARE(v.numbers, (QList<quint64>{24, 5, 3}));
        QCOMPARE(v.modifier, u"rc2"_qs);
        QVERIFY(s.hasModifier());
        QCOMPARE(s.segments().first(), CalVer::Segment::ShortYear);
    }

    void order() {
        const CalVer s = scheme(u"YYYY.MM.MICRO-MODIFIER"_qs);
        const QStringList ordered = {u"2023.12.4"_qs,    u"2024.1.0"_qs,     u"2024.5.0-dev"_qs,
                                     u"2024.5.0-rc1"_qs, u"2024.5.0-rc2"_qs, u"2024.5.0-rc10"_qs,
                                     u"2024.5.0"_qs,     u"2024.5.1"_qs,     u"2024.9.0"_qs,
                                     u"2024.10.0"_qs,    u"2024.10.11"_qs,   u"2025.1.0"_qs};
        for (qsizetype i = 0; i < ordered.size(); ++i) {
            for (qsizetype j = 0; j < ordered.size(); ++j) {
                const int expected = i < j ? -1 : i > j ? 1 : 0;
                QVERIFY2(s.compare(version(s, ordered[i]), version(s, ordered[j])) == expected,
                         qPrintable(ordered[i] + u" vs "_qs + ordered[j]));
            }
        }
    }

    void nextVersion_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("bump");
        QTest::addColumn<QString>("expected");
        const int micro = int(CalVer::Bump::Micro), minor = int(CalVer::Bump::Minor),
                  major = int(CalVer::Bump::Major);
        const QString ym = u"YYYY.MM.MICRO"_qs;
        QTest::newRow("first") << ym << QString() << QDate(2024, 5, 15) << micro << u"2024.5.0"_qs;
        QTest::newRow("same month")
            << ym << u"2024.5.0"_qs << QDate(2024, 5, 20) << micro << u"2024.5.1"_qs;
        QTest::newRow("same month again")
            << ym << u"2024.5.9"_qs << QDate(2024, 5, 31) << micro << u"2024.5.10"_qs;
        QTest::newRow("new month")
            << ym << u"2024.5.3"_qs << QDate(2024, 6, 1) << micro << u"2024.6.0"_qs;
        QTest::newRow("new year") << ym << u"2024.12.3"_qs << QDate(2025, 1, 2) << micro
                                  << u"2025.1.0"_qs;
        QTest::newRow("earlier date") << ym << u"2024.6.0"_qs << QDate(2024, 5, 31) << micro
                                      << u"error: 2024-05-31 lies before the period of the last "
                                         "version 2024.6.0."_qs;
        QTest::newRow("no date") << ym << QString() << QDate() << micro
                                 << u"error: A release date is needed to number it."_qs;
        const QString y0m = u"YY.0M.MICRO"_qs;
        QTest::newRow("padded same")
            << y0m << u"24.05.2"_qs << QDate(2024, 5, 31) << micro << u"24.05.3"_qs;
        QTest::newRow("padded new")
            << y0m << u"24.05.2"_qs << QDate(2025, 1, 2) << micro << u"25.01.0"_qs;
        QTest::newRow("short year before 2000")
            << y0m << QString() << QDate(1999, 12, 31) << micro
            << u"error: YY.0M.MICRO counts years from 2000 and cannot show 1999."_qs;
        const QString day = u"YYYY.0M.0D"_qs;
        QTest::newRow("daily next day")
            << day << u"2024.05.03"_qs << QDate(2024, 5, 4) << micro << u"2024.05.04"_qs;
        QTest::newRow("daily same day")
            << day << u"2024.05.03"_qs << QDate(2024, 5, 3) << micro
            << u"error: YYYY.0M.0D has no counter, so a second release in the period of "
               "2024.05.03 needs a later date."_qs;
        // ISO weeks: 29 December 2025 is a Monday in week 1 of 2026.
        const QString weekly = u"YYYY.WW.MICRO"_qs;
        QTest::newRow("iso week year")
            << weekly << u"2025.52.1"_qs << QDate(2025, 12, 29) << micro << u"2026.1.0"_qs;
        QTest::newRow("same iso week")
            << weekly << u"2026.1.0"_qs << QDate(2026, 1, 4) << micro << u"2026.1.1"_qs;
        const QString counters = u"YYYY.MINOR.MICRO"_qs;
        QTest::newRow("minor bump")
            << counters << u"2024.2.3"_qs << QDate(2024, 8, 1) << minor << u"2024.3.0"_qs;
        QTest::newRow("micro bump")
            << counters << u"2024.2.3"_qs << QDate(2024, 8, 1) << micro << u"2024.2.4"_qs;
        QTest::newRow("major falls to minor")
            << counters << u"2024.2.3"_qs << QDate(2024, 8, 1) << major << u"2024.3.0"_qs;
        QTest::newRow("new year resets")
            << counters << u"2024.2.3"_qs << QDate(2025, 1, 1) << major << u"2025.0.0"_qs;
        QTest::newRow("only major")
            << u"YYYY.MAJOR"_qs << u"2024.4"_qs << QDate(2024, 3, 1) << micro << u"2024.5"_qs;
        QTest::newRow("all three") << u"YY.MAJOR.MINOR.MICRO"_qs << u"24.1.2.3"_qs
                                   << QDate(2024, 3, 1) << major << u"24.2.0.0"_qs;
        const QString mod = u"YYYY.MM.MICRO-MODIFIER"_qs;
        QTest::newRow("after a release candidate")
            << mod << u"2024.5.0-rc2"_qs << QDate(2024, 5, 9) << micro << u"2024.5.0"_qs;
        QTest::newRow("candidate then new month")
            << mod << u"2024.5.0-rc2"_qs << QDate(2024, 6, 3) << micro << u"2024.6.0"_qs;
    }
    void nextVersion() {
        QFETCH(QString, format);
        QFETCH(QString, last);
        QFETCH(QDate, date);
        QFETCH(int, bump);
        QTEST(next(format, last, date, CalVer::Bump(bump)), "expected");
    }

    // Releasing on every day for three years: each version fits the scheme, reads back the
    // same and ranks above the one before.
    void nextAlwaysRises() {
        for (const QString& format : {u"YYYY.MM.MICRO"_qs, u"YY.0M.MICRO"_qs, u"YYYY.WW.MICRO"_qs,
                                      u"0Y.0W.MINOR.MICRO"_qs, u"YYYY.0M.0D"_qs}) {
            const CalVer s = scheme(format);
            std::optional<CalVerVersion> last;
            for (QDate d(2024, 1, 1); d < QDate(2027, 1, 1); d = d.addDays(1)) {
                for (int release = 0; release < 2; ++release) {
                    const auto n = s.next(last, d);
                    if (!n) {
                        // Only a dated scheme without a counter refuses, on its second try.
                        QVERIFY2(format == u"YYYY.0M.0D"_qs && release == 1,
                                 qPrintable(n.error().message));
                        continue;
                    }
                    const QString text = s.toString(n.value());
                    const auto back = s.parse(text);
                    QVERIFY2(back.ok(), qPrintable(format + u' ' + text));
                    QCOMPARE(back.value(), n.value());
                    if (last)
                        QVERIFY2(s.compare(*last, n.value()) < 0, qPrintable(format + u' ' + text));
                    last = n.value();
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_CalVer)
#include "tst_CalVer.moc"
