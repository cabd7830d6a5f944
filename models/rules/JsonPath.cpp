// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonPath.h"

#include "domain/InputText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(JsonPath)
};

bool isKeyChar(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_' || c == u'-' || c == u'@';
}

Error problem(const QString& message) {
    return Error{Error::Kind::Validation, message};
}

} // namespace

Result<QList<JsonPath::Segment>> JsonPath::parse(const QString& path) {
    QList<Segment> segments;
    const QString p = path.trimmed();
    if (p.isEmpty())
        return problem(Text::tr("the JSON path is empty"));
    qsizetype i = 0;
    const qsizetype n = p.size();
    if (p.startsWith(u'$')) {
        i = 1;
        if (i < n && p[i] == u'.')
            ++i;
        if (i >= n && p.size() > 1)
            return problem(Text::tr("the JSON path ends after '.'"));
    }
    bool expectKey = true; // at the start or after '.'
    while (i < n) {
        if (segments.size() >= kMaxSegments)
            return problem(Text::tr("the JSON path has more than %1 parts").arg(kMaxSegments));
        const QChar c = p[i];
        if (c == u'[') {
            const qsizetype close = p.indexOf(u']', i);
            if (close < 0)
                return problem(Text::tr("'[' without ']' at character %1").arg(i + 1));
            const QString digits = p.mid(i + 1, close - i - 1);
            bool ok = false;
            const int index = digits.toInt(&ok);
            if (!ok || index < 0 || digits.isEmpty() || digits.startsWith(u'+') ||
                digits.startsWith(u'-'))
                return problem(Text::tr("an array index must be a whole number ≥ 0, not %1")
                                   .arg(InputText::quoted(digits, 20)));
            segments.append(Segment{QString(), index});
            i = close + 1;
            expectKey = false;
            continue;
        }
        if (c == u'.') {
            if (expectKey)
                return problem(Text::tr("an empty part at character %1").arg(i + 1));
            expectKey = true;
            ++i;
            if (i >= n)
                return problem(Text::tr("the JSON path ends after '.'"));
            continue;
        }
        if (!expectKey)
            return problem(Text::tr("'.' or '[' expected at character %1").arg(i + 1));
        qsizetype end = i;
        while (end < n && isKeyChar(p[end]))
            ++end;
        if (end == i)
            return problem(
                Text::tr("unexpected %1 at character %2")
                    .arg(c.isPrint() && !c.isSpace()
                             ? QStringLiteral("'%1'").arg(c)
                             : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')))
                    .arg(i + 1));
        segments.append(Segment{p.mid(i, end - i), -1});
        i = end;
        expectKey = false;
    }
    return segments;
}

std::optional<QJsonValue> JsonPath::evaluate(const QJsonValue& root, const QList<Segment>& path) {
    QJsonValue at = root;
    for (const Segment& segment : path) {
        if (segment.isIndex()) {
            if (!at.isArray())
                return std::nullopt;
            const QJsonArray array = at.toArray();
            if (segment.index >= array.size())
                return std::nullopt;
            at = array.at(segment.index);
        } else {
            if (!at.isObject())
                return std::nullopt;
            const QJsonObject object = at.toObject();
            const auto found = object.constFind(segment.key);
            if (found == object.constEnd())
                return std::nullopt;
            at = found.value();
        }
    }
    return at;
}

std::optional<QJsonValue> JsonPath::evaluate(const QJsonDocument& document, const QString& path) {
    auto segments = parse(path);
    if (!segments || document.isNull())
        return std::nullopt;
    const QJsonValue root =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return evaluate(root, segments.value());
}

QString JsonPath::text(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.007199254740992e15)
            return QString::number(qint64(d));
        // As JSON writes it: the shortest text that reads back as the same number.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace slipway
