// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/BenchmarkResults.h"
#include "Utf8Check.h"
#include "domain/InputText.h"
#include "io/TextPosition.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

// Metric names from Google Benchmark JSON, for a row named NAME:
//   NAME                     real_time in time_unit (the wall-clock figure people quote)
//   NAME:cpu_time            cpu_time in time_unit
//   NAME:bytes_per_second    B/s;  NAME:items_per_second  items/s
//   NAME:COUNTER             any other user counter, without a unit
// Aggregate rows are already named NAME_mean, NAME_median, NAME_stddev, NAME_cv; a
// "percentage" aggregate (the cv) has the unit "ratio".

namespace slipway {

namespace {

// User-facing text goes through Qt Linguist like the rest of the core.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BenchmarkResults)
};

Error usage(const QString& text) {
    return Error{Error::Kind::Usage, text};
}

// Bookkeeping members of a benchmark row that are not measurements.
bool isBookkeeping(QStringView key) {
    static const QStringList keys = {QStringLiteral("name"),
                                     QStringLiteral("run_name"),
                                     QStringLiteral("run_type"),
                                     QStringLiteral("family_index"),
                                     QStringLiteral("per_family_instance_index"),
                                     QStringLiteral("repetitions"),
                                     QStringLiteral("repetition_index"),
                                     QStringLiteral("threads"),
                                     QStringLiteral("iterations"),
                                     QStringLiteral("real_time"),
                                     QStringLiteral("cpu_time"),
                                     QStringLiteral("time_unit"),
                                     QStringLiteral("aggregate_name"),
                                     QStringLiteral("aggregate_unit"),
                                     QStringLiteral("error_occurred"),
                                     QStringLiteral("error_message"),
                                     QStringLiteral("skipped"),
                                     QStringLiteral("skip_message"),
                                     QStringLiteral("label"),
                                     QStringLiteral("big_o"),
                                     QStringLiteral("rms"),
                                     QStringLiteral("complexity")};
    return keys.contains(key);
}

Result<BenchmarkResults> parseGoogleBenchmark(const QByteArray& data, const QString& path,
                                              BenchmarkResults results) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto at = TextPosition::ofOffset(data, parseError.offset);
        return usage(Text::tr("%1:%2:%3 (byte %4): not valid JSON: %5")
                         .arg(path)
                         .arg(at.line)
                         .arg(at.column)
                         .arg(parseError.offset)
                         .arg(parseError.errorString()));
    }
    const QJsonValue benchmarks = doc.object().value(QLatin1String("benchmarks"));
    if (!benchmarks.isArray())
        return usage(Text::tr("%1: benchmarks: %2; not Google Benchmark JSON")
                         .arg(path, benchmarks.isUndefined() ? Text::tr("missing")
                                                             : Text::tr("expected an array")));
    const QJsonArray rows = benchmarks.toArray();
    QHash<QString, int> iterationRows;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString where = QStringLiteral("benchmarks[%1]").arg(i);
        if (!rows.at(i).isObject())
            return usage(Text::tr("%1: %2: expected an object").arg(path, where));
        const QJsonObject row = rows.at(i).toObject();
        const QJsonValue nameValue = row.value(QLatin1String("name"));
        if (!nameValue.isString() || nameValue.toString().isEmpty())
            return usage(Text::tr("%1: %2.name: expected a non-empty string").arg(path, where));
        const QString name = nameValue.toString();

        const bool skipped = row.value(QLatin1String("error_occurred")).toBool() ||
                             row.value(QLatin1String("skipped")).toBool();
        if (skipped) {
            QString why = row.value(QLatin1String("error_message")).toString();
            if (why.isEmpty())
                why = row.value(QLatin1String("skip_message")).toString();
            results.warnings.append(
                Text::tr("%1 reported no figures: %2")
                    .arg(InputText::singleLine(name), InputText::singleLine(why)));
            continue;
        }
        if (row.value(QLatin1String("run_type")).toString() != u"aggregate" &&
            ++iterationRows[name] == 2)
            results.warnings.append(Text::tr("%1 is repeated; its first repetition is used "
                                             "unless a _mean or _median row is named")
                                        .arg(InputText::singleLine(name)));

        QString timeUnit = QStringLiteral("ns"); // Google Benchmark's default
        const QJsonValue unitValue = row.value(QLatin1String("time_unit"));
        if (unitValue.isString())
            timeUnit = unitValue.toString();
        else if (!unitValue.isUndefined())
            return usage(Text::tr("%1: %2.time_unit: expected a string").arg(path, where));
        if (row.value(QLatin1String("aggregate_unit")).toString() == u"percentage")
            timeUnit = QStringLiteral("ratio");

        const auto add = [&](QLatin1String key, const QString& metricName,
                             const QString& unit) -> std::optional<Error> {
            const QJsonValue v = row.value(key);
            if (v.isUndefined())
                return std::nullopt;
            if (!v.isDouble() || !std::isfinite(v.toDouble()))
                return usage(Text::tr("%1: %2.%3: expected a number").arg(path, where, key));
            results.metrics.append(BenchmarkMetric{metricName, v.toDouble(), unit});
            return std::nullopt;
        };
        std::optional<Error> error = add(QLatin1String("real_time"), name, timeUnit);
        if (!error)
            error = add(QLatin1String("cpu_time"), name + QStringLiteral(":cpu_time"), timeUnit);
        for (auto it = row.begin(); !error && it != row.end(); ++it) {
            // Strings (labels) and booleans are not figures; only numbers count.
            if (isBookkeeping(it.key()) || !it.value().isDouble())
                continue;
            const QString key = it.key();
            const QString unit = key == u"bytes_per_second"   ? QStringLiteral("B/s")
                                 : key == u"items_per_second" ? QStringLiteral("items/s")
                                                              : QString();
            if (std::isfinite(it.value().toDouble()))
                results.metrics.append(
                    BenchmarkMetric{name + u':' + key, it.value().toDouble(), unit});
        }
        if (error)
            return *error;
    }
    return results;
}

// Splits one CSV line; quotes may wrap a field and "" is a literal quote (RFC 4180).
std::optional<QStringList> splitCsvLine(QStringView line) {
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            field.clear();
        } else if (c == u',') {
            fields.append(wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields.append(wasQuoted ? field : field.trimmed());
    return fields;
}

Result<BenchmarkResults> parseCsv(const QByteArray& data, const QString& path,
                                  BenchmarkResults results) {
    results.format = BenchmarkResults::Format::Csv;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const QString where = QStringLiteral("%1:%2").arg(path).arg(i + 1);
        const auto fields = splitCsvLine(line);
        if (!fields)
            return usage(Text::tr("%1: a quoted field is not closed").arg(where));
        if (fields->size() < 2 || fields->size() > 3)
            return usage(Text::tr("%1: expected name,value,unit, found %2 fields")
                             .arg(where)
                             .arg(fields->size()));
        bool ok = false;
        const double value = fields->at(1).toDouble(&ok);
        // A header line is allowed before any figure.
        if (!ok && results.metrics.isEmpty() && seen.isEmpty() &&
            fields->at(1).compare(u"value", Qt::CaseInsensitive) == 0) {
            seen.insert(QString(), 0);
            continue;
        }
        if (!ok || !std::isfinite(value))
            return usage(Text::tr("%1: the value %2 is not a number")
                             .arg(where, InputText::quoted(fields->at(1))));
        if (fields->at(0).isEmpty())
            return usage(Text::tr("%1: the name is empty").arg(where));
        if (++seen[fields->at(0)] == 2)
            results.warnings.append(Text::tr("%1: %2 is repeated; the first value is used")
                                        .arg(where, InputText::singleLine(fields->at(0))));
        results.metrics.append(
            BenchmarkMetric{fields->at(0), value, fields->size() > 2 ? fields->at(2) : QString()});
    }
    if (results.metrics.isEmpty())
        return usage(Text::tr("%1: no figures found, expected lines of name,value,unit").arg(path));
    return results;
}

} // namespace

std::optional<BenchmarkMetric> BenchmarkResults::metric(const QString& name) const {
    for (const BenchmarkMetric& m : metrics) {
        if (m.name == name)
            return m;
    }
    return std::nullopt;
}

Result<BenchmarkResults> BenchmarkResults::fromFile(const QString& path, qint64 maxBytes) {
    auto loaded = EvidenceFile::load(path, maxBytes);
    if (!loaded)
        return loaded.error();
    return fromData(loaded->contents, path);
}

Result<BenchmarkResults> BenchmarkResults::fromData(const QByteArray& data, const QString& path) {
    BenchmarkResults results;
    results.evidence = EvidenceFile::describe(path, data);
    if (data.trimmed().isEmpty())
        return usage(Text::tr("%1: the file is empty, expected benchmark results").arg(path));
    QByteArrayView body(data);
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3);
    // JSON and CSV alike are UTF-8 text; a NUL or a stray byte is refused, naming its line.
    if (const qsizetype bad = Utf8Check::firstBadByte(body.data(), body.size()); bad >= 0) {
        const qsizetype at = bad + (data.size() - body.size());
        return usage(Text::tr("%1 line %2: %3, expected Google Benchmark JSON or CSV in UTF-8")
                         .arg(path)
                         .arg(Utf8Check::lineOf(data, at))
                         .arg(data.at(at) == '\0' ? Text::tr("a NUL byte (binary data)")
                                                  : Text::tr("not valid UTF-8 text")));
    }
    if (body.trimmed().startsWith('{')) {
        results.format = Format::GoogleBenchmarkJson;
        return parseGoogleBenchmark(data, path, std::move(results));
    }
    if (data.contains('\0'))
        return usage(
            Text::tr("%1: a binary file, expected Google Benchmark JSON or CSV").arg(path));
    return parseCsv(data, path, std::move(results));
}

} // namespace slipway
