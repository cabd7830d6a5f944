// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/MetricCsv.h"

#include "domain/InputText.h"
#include "io/PrometheusResponse.h"
#include "io/Utf8Check.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MetricCsv)
};

// A million samples is a sample every five seconds for eight weeks: more than any comparison
// window needs, and a bound on the memory one file can take.
constexpr qsizetype kMaxSamples = 1000000;
// Unix seconds from here on are read as milliseconds someone forgot to divide (year 5138).
constexpr qint64 kSecondsLimit = qint64(100000000000);

// Milliseconds from a fraction's digits ("25" → 250, "2504" → 250, "2505" → 251).
qint64 fractionMs(QStringView digits) {
    qint64 ms = 0;
    for (int i = 0; i < 3; ++i)
        ms = ms * 10 + (i < digits.size() ? digits[i].digitValue() : 0);
    if (digits.size() > 3 && digits[3].digitValue() >= 5)
        ++ms;
    return ms;
}

// The fields of one line: comma-separated, each optionally in double quotes ("" inside for
// one). False when a quote is left open.
bool splitLine(QStringView line, QStringList* fields) {
    fields->clear();
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == u',') {
            fields->append(field.trimmed());
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    if (quoted)
        return false;
    fields->append(field.trimmed());
    return true;
}

QString timeText(qint64 ms) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return at.toString(ms % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

bool sameValue(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

QString valueText(double v) {
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(v, 'g', 17);
}

} // namespace

bool MetricCsv::parseTime(QStringView text, qint64* ms, QString* why) {
    const QStringView trimmed = text.trimmed();
    // Unix seconds, the common case, without a regular expression: 1..15 digits, then
    // optionally a point and 1..12 digits.
    const qsizetype point = trimmed.indexOf(u'.');
    const QStringView whole = point < 0 ? trimmed : trimmed.left(point);
    const QStringView fraction = point < 0 ? QStringView() : trimmed.mid(point + 1);
    const auto digits = [](QStringView v, qsizetype most) {
        if (v.isEmpty() || v.size() > most)
            return false;
        for (const QChar c : v)
            if (c < u'0' || c > u'9')
                return false;
        return true;
    };
    if (digits(whole, 15) && (point < 0 || digits(fraction, 12))) {
        const qint64 secs = whole.toLongLong();
        if (secs >= kSecondsLimit) {
            if (why)
                *why = Text::tr("%1 is too large for Unix seconds (milliseconds?); give seconds, "
                                "with a fraction if needed")
                           .arg(trimmed.toString());
            return false;
        }
        *ms = secs * 1000 + fractionMs(fraction);
        return true;
    }
    const QString t = trimmed.toString();
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,12}))?)?"
        "\\s*(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)?$"));
    const auto m = iso.match(t);
    if (!m.hasMatch()) {
        if (why)
            *why = Text::tr("%1 is not an ISO 8601 time with its offset or Unix seconds")
                       .arg(InputText::quoted(InputText::singleLine(t, 40)));
        return false;
    }
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                     m.capturedView(3).toInt());
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(),
                     m.capturedView(6).isEmpty() ? 0 : m.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid()) {
        if (why)
            *why = Text::tr("%1 is not a date and time that exists").arg(InputText::quoted(t));
        return false;
    }
    if (m.capturedView(8).isEmpty() && m.capturedView(9).isEmpty()) {
        if (why)
            *why = Text::tr("%1 has no UTC offset; add Z or +hh:mm rather than let the time be "
                            "guessed")
                       .arg(InputText::quoted(t));
        return false;
    }
    qint64 offsetSecs = 0;
    if (!m.capturedView(9).isEmpty()) {
        const int hours = m.capturedView(10).toInt();
        const int minutes = m.capturedView(11).isEmpty() ? 0 : m.capturedView(11).toInt();
        if (hours > 23 || minutes > 59) {
            if (why)
                *why = Text::tr("%1 has an offset that does not exist").arg(InputText::quoted(t));
            return false;
        }
        offsetSecs = (hours * 3600 + minutes * 60) * (m.capturedView(9) == u"-" ? -1 : 1);
    }
    *ms = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - offsetSecs * 1000 +
          fractionMs(m.capturedView(7));
    return true;
}

bool MetricCsv::parseValue(QStringView text, double* value) {
    const QString v = text.trimmed().toString().toLower();
    if (v == u"nan") {
        *value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (v == u"inf" || v == u"+inf" || v == u"infinity" || v == u"+infinity") {
        *value = std::numeric_limits<double>::infinity();
        return true;
    }
    if (v == u"-inf" || v == u"-infinity") {
        *value = -std::numeric_limits<double>::infinity();
        return true;
    }
    return PrometheusResponse::parseValue(v, value);
}

Result<MetricCsv::Parsed> MetricCsv::parse(const QByteArray& data, const QString& source,
                                           QStringList* problemsOut) {
    QStringList problems;
    int more = 0;
    const auto problem = [&](int line, const QString& what) {
        if (problems.size() < kMaxProblems)
            problems.append(QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(what));
        else
            ++more;
    };
    const auto refusal = [&]() -> Error {
        if (problemsOut)
            *problemsOut = problems;
        const int others = int(problems.size()) - 1 + more;
        QString message = problems.value(0);
        if (others == 1)
            message += Text::tr(" (and 1 more problem)");
        else if (others > 1)
            message += Text::tr(" (and %1 more problems)").arg(others);
        return Error{Error::Kind::Usage, message};
    };

    if (data.size() > kMaxBytes) {
        problems.append(Text::tr("%1: %2 bytes, more than the %3 a metric's CSV file may have")
                            .arg(source)
                            .arg(data.size())
                            .arg(kMaxBytes));
        return refusal();
    }
    qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype bad = Utf8Check::firstBadByte(data.constData() + start, data.size() - start);
    if (bad >= 0) {
        problem(Utf8Check::lineOf(data, start + bad),
                Text::tr("not UTF-8 text (byte %1)").arg(start + bad));
        return refusal();
    }
    const QString text = QString::fromUtf8(data.constData() + start, data.size() - start);

    Parsed parsed;
    struct Seen {
        double value;
        int line;
    };
    QHash<qint64, Seen> seen;
    bool first = true;
    int lineNo = 0;
    QStringList fields;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        QStringView line = QStringView(text).mid(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        if (!splitLine(line, &fields)) {
            problem(lineNo, Text::tr("a quote is not closed"));
            first = false;
            continue;
        }
        if (fields.size() != 2) {
            problem(lineNo,
                    Text::tr("expected 2 fields (timestamp,value), found %1").arg(fields.size()));
            first = false;
            continue;
        }
        qint64 ms = 0;
        double value = 0;
        QString why;
        const bool timeOk = parseTime(fields[0], &ms, &why);
        const bool valueOk = parseValue(fields[1], &value);
        if (first && !timeOk && !valueOk) { // a header: names, not a sample
            parsed.header = true;
            first = false;
            continue;
        }
        first = false;
        if (!timeOk) {
            problem(lineNo, why);
            continue;
        }
        if (!valueOk) {
            problem(lineNo,
                    fields[1].isEmpty()
                        ? Text::tr("no value (write NaN for a missing one)")
                        : Text::tr("%1 is not a number, NaN, +Inf or -Inf")
                              .arg(InputText::quoted(InputText::singleLine(fields[1], 40))));
            continue;
        }
        if (const auto it = seen.constFind(ms); it != seen.constEnd()) {
            if (sameValue(it->value, value)) {
                ++parsed.repeated;
            } else {
                problem(lineNo, Text::tr("%1 already has the value %2 at line %3; a time has one "
                                         "value")
                                    .arg(timeText(ms), valueText(it->value))
                                    .arg(it->line));
            }
            continue;
        }
        if (parsed.samples.size() >= kMaxSamples) {
            problem(lineNo, Text::tr("more than %1 samples; split the file").arg(kMaxSamples));
            break;
        }
        seen.insert(ms, Seen{value, lineNo});
        parsed.samples.append(MetricSample{ms, value});
    }
    if (problems.isEmpty() && parsed.samples.isEmpty())
        problems.append(Text::tr("%1: no samples (lines of timestamp,value)").arg(source));
    if (!problems.isEmpty())
        return refusal();
    if (problemsOut)
        problemsOut->clear();
    std::sort(parsed.samples.begin(), parsed.samples.end(),
              [](const MetricSample& a, const MetricSample& b) { return a.atMs < b.atMs; });
    return parsed;
}

Result<MetricCsv::Parsed> MetricCsv::read(const QString& path, QStringList* problems) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io,
                     Text::tr("%1: cannot read: %2").arg(path, file.errorString())};
    if (file.size() > kMaxBytes) {
        const QString message =
            Text::tr("%1: %2 bytes, more than the %3 a metric's CSV file may "
                     "have")
                .arg(name, QString::number(file.size()), QString::number(kMaxBytes));
        if (problems)
            *problems = QStringList{message};
        return Error{Error::Kind::Usage, message};
    }
    return parse(file.read(kMaxBytes + 1), name, problems);
}

} // namespace slipway
