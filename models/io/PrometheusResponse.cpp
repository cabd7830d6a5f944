// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/PrometheusResponse.h"
#include "domain/InputText.h"
#include "io/TextPosition.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <limits>
#include <utility>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PrometheusResponse)
};

// Bigger than any answer a threshold query needs; a range query of many series stays below.
constexpr qint64 kMaxFileBytes = qint64(64) * 1024 * 1024;

Error usage(const QString& text) {
    return Error{Error::Kind::Usage, text};
}

QString kindOf(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("missing");
}

// Reads the JSON of one response: a parse error names the line, column and byte offset.
class Reader {
public:
    Reader(const QByteArray& data, QString source)
        : m_data(data)
        , m_source(std::move(source)) {}

    Result<PrometheusResponse> read() {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m_data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const auto at = TextPosition::ofOffset(m_data, parseError.offset);
            return usage(Text::tr("%1:%2:%3 (byte %4): not valid JSON: %5")
                             .arg(m_source)
                             .arg(at.line)
                             .arg(at.column)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
        }
        if (doc.isArray())
            return bareResult(doc.array());
        return envelope(doc.object());
    }

private:
    Error wrong(const QString& where, const QString& expected, const QJsonValue& found) const {
        return usage(Text::tr("%1: %2: expected %3, found %4")
                         .arg(m_source, where, expected, kindOf(found)));
    }

    Result<PrometheusResponse> envelope(const QJsonObject& top) {
        const QJsonValue status = top.value(QLatin1String("status"));
        if (!status.isString())
            return wrong(QStringLiteral("status"), Text::tr("\"success\" or \"error\""), status);
        if (status.toString() == u"error") {
            const QString type = top.value(QLatin1String("errorType")).toString();
            const QString why = top.value(QLatin1String("error")).toString();
            return usage(
                Text::tr("%1: Prometheus refused the query (%2): %3")
                    .arg(m_source,
                         type.isEmpty() ? Text::tr("no error type")
                                        : InputText::singleLine(type, 40),
                         why.isEmpty() ? Text::tr("no reason given") : InputText::singleLine(why)));
        }
        if (status.toString() != u"success")
            return usage(Text::tr("%1: status: expected \"success\" or \"error\", found %2")
                             .arg(m_source, InputText::quoted(status.toString())));
        const QJsonValue dataValue = top.value(QLatin1String("data"));
        if (!dataValue.isObject())
            return wrong(QStringLiteral("data"), Text::tr("an object"), dataValue);
        const QJsonObject data = dataValue.toObject();
        const QString type = data.value(QLatin1String("resultType")).toString();
        const QJsonValue result = data.value(QLatin1String("result"));

        PrometheusResponse response;
        for (const char* key : {"warnings", "infos"}) {
            const QJsonValue list = top.value(QLatin1String(key));
            if (list.isUndefined() || list.isNull())
                continue;
            if (!list.isArray())
                return wrong(QLatin1String(key), Text::tr("an array of strings"), list);
            for (const auto& line : list.toArray())
                response.warnings.append(InputText::singleLine(line.toString()));
        }

        if (type == u"vector" || type == u"matrix") {
            if (!result.isArray())
                return wrong(QStringLiteral("data.result"), Text::tr("an array"), result);
            response.type = type == u"vector" ? PrometheusResponse::Type::Vector
                                              : PrometheusResponse::Type::Matrix;
            if (auto bad = readSeries(result.toArray(), QStringLiteral("data.result"), response))
                return *bad;
            return response;
        }
        if (type == u"scalar" || type == u"string") {
            const QString where = QStringLiteral("data.result");
            if (!result.isArray() || result.toArray().size() != 2 ||
                !result.toArray().at(0).isDouble() || !result.toArray().at(1).isString())
                return wrong(where, QStringLiteral("[time, \"value\"]"), result);
            const QJsonArray pair = result.toArray();
            if (type == u"string") {
                response.type = PrometheusResponse::Type::String;
                response.text = pair.at(1).toString();
                return response;
            }
            response.type = PrometheusResponse::Type::Scalar;
            PrometheusSample sample;
            if (auto bad = readSample(pair, where, &sample))
                return *bad;
            response.series.append(PrometheusSeries{{}, {sample}});
            return response;
        }
        return usage(Text::tr("%1: data.resultType: expected vector, matrix, scalar or string, "
                              "found %2")
                         .arg(m_source, type.isEmpty()
                                            ? kindOf(data.value(QLatin1String("resultType")))
                                            : InputText::quoted(type)));
    }

    // A data.result array on its own: a matrix when its series carry "values", else a vector.
    Result<PrometheusResponse> bareResult(const QJsonArray& result) {
        PrometheusResponse response;
        const bool matrix =
            !result.isEmpty() && result.at(0).toObject().contains(QLatin1String("values"));
        response.type =
            matrix ? PrometheusResponse::Type::Matrix : PrometheusResponse::Type::Vector;
        if (auto bad = readSeries(result, QStringLiteral("result"), response))
            return *bad;
        return response;
    }

    std::optional<Error> readSeries(const QJsonArray& result, const QString& path,
                                    PrometheusResponse& response) const {
        const bool matrix = response.type == PrometheusResponse::Type::Matrix;
        response.series.reserve(result.size());
        for (qsizetype i = 0; i < result.size(); ++i) {
            const QString where = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!result.at(i).isObject())
                return wrong(where, Text::tr("an object"), result.at(i));
            const QJsonObject item = result.at(i).toObject();
            PrometheusSeries series;
            const QJsonValue metric = item.value(QLatin1String("metric"));
            if (!metric.isUndefined() && !metric.isObject())
                return wrong(where + QLatin1String(".metric"), Text::tr("an object"), metric);
            const QJsonObject labels = metric.toObject();
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                if (!it.value().isString())
                    return wrong(where + QLatin1String(".metric.") +
                                     InputText::singleLine(it.key(), 60),
                                 Text::tr("a string"), it.value());
                series.labels.insert(it.key(), it.value().toString());
            }
            if (item.contains(matrix ? QLatin1String("histograms") : QLatin1String("histogram")))
                return usage(Text::tr("%1: %2: a native histogram, which has no single value; "
                                      "query a quantile or a rate of it instead")
                                 .arg(m_source, where));
            if (matrix) {
                const QJsonValue values = item.value(QLatin1String("values"));
                if (!values.isArray())
                    return wrong(where + QLatin1String(".values"), Text::tr("an array"), values);
                const QJsonArray list = values.toArray();
                series.samples.reserve(list.size());
                for (qsizetype s = 0; s < list.size(); ++s) {
                    PrometheusSample sample;
                    if (auto bad = readSample(
                            list.at(s), where + QStringLiteral(".values[%1]").arg(s), &sample))
                        return bad;
                    series.samples.append(sample);
                }
            } else {
                PrometheusSample sample;
                if (auto bad = readSample(item.value(QLatin1String("value")),
                                          where + QLatin1String(".value"), &sample))
                    return bad;
                series.samples.append(sample);
            }
            response.series.append(std::move(series));
        }
        return std::nullopt;
    }

    std::optional<Error> readSample(const QJsonValue& value, const QString& where,
                                    PrometheusSample* sample) const {
        const QJsonArray pair = value.toArray();
        if (!value.isArray() || pair.size() != 2 || !pair.at(0).isDouble())
            return wrong(where, QStringLiteral("[time, \"value\"]"), value);
        sample->time = pair.at(0).toDouble();
        const QJsonValue v = pair.at(1);
        if (v.isDouble()) { // not what Prometheus writes, but unambiguous
            sample->value = v.toDouble();
            return std::nullopt;
        }
        if (!v.isString())
            return wrong(where + QLatin1String("[1]"), Text::tr("a number in a string"), v);
        if (!PrometheusResponse::parseValue(v.toString(), &sample->value))
            return usage(Text::tr("%1: %2[1]: %3 is not a number, NaN, +Inf or -Inf")
                             .arg(m_source, where, InputText::quoted(v.toString())));
        return std::nullopt;
    }

    const QByteArray& m_data;
    QString m_source;
};

} // namespace

bool PrometheusResponse::parseValue(QStringView text, double* value) {
    // Go's strconv.FormatFloat gives "NaN", "+Inf" and "-Inf"; QString::toDouble would also
    // take "nan" and "inf" spelled otherwise, so the special values are matched first.
    if (text == u"NaN") {
        *value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (text == u"+Inf" || text == u"Inf") {
        *value = std::numeric_limits<double>::infinity();
        return true;
    }
    if (text == u"-Inf") {
        *value = -std::numeric_limits<double>::infinity();
        return true;
    }
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (const QChar c : text) {
        if (!(c.isDigit() || c == u'.' || c == u'-' || c == u'+' || c == u'e' || c == u'E'))
            return false;
    }
    bool ok = false;
    const double parsed = text.toDouble(&ok);
    if (!ok || !std::isfinite(parsed))
        return false;
    *value = parsed;
    return true;
}

QString PrometheusResponse::typeKey(Type type) {
    switch (type) {
    case Type::Vector:
        return QStringLiteral("vector");
    case Type::Matrix:
        return QStringLiteral("matrix");
    case Type::Scalar:
        return QStringLiteral("scalar");
    case Type::String:
        return QStringLiteral("string");
    }
    return {};
}

Result<PrometheusResponse> PrometheusResponse::parse(const QByteArray& data,
                                                     const QString& source) {
    return Reader(data, source).read();
}

Result<PrometheusResponse> PrometheusResponse::fromFile(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io,
                     Text::tr("%1: cannot read: %2").arg(path, file.errorString())};
    if (file.size() > kMaxFileBytes)
        return usage(Text::tr("%1: %2 bytes, more than the %3 a Prometheus response may have")
                         .arg(name)
                         .arg(file.size())
                         .arg(kMaxFileBytes));
    return parse(file.readAll(), name);
}

} // namespace slipway
