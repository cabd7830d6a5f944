// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace slipway {

// A dotted path into a JSON answer with array indexes and an optional "$" root:
// "data.items[0].id", "$.status", "$[2].name", "checks.disk.status". Keys are letters, digits,
// '_', '-' and '@'; anything else (a key with a dot or a space) is not reachable.
class JsonPath {
public:
    struct Segment {
        QString key; // empty for an index
        int index = -1;
        bool isIndex() const { return index >= 0; }
    };
    static constexpr int kMaxSegments = 64;

    // The segments, or one line saying what is wrong with the path (not naming a source).
    static Result<QList<Segment>> parse(const QString& path);
    // The value at the path, or nothing when the path is malformed or not there.
    static std::optional<QJsonValue> evaluate(const QJsonDocument& document, const QString& path);
    static std::optional<QJsonValue> evaluate(const QJsonValue& root, const QList<Segment>& path);
    // A value as text for comparisons and extractions: strings as they are, numbers as JSON
    // writes them (integers without a fraction), true/false/null, objects and arrays compact.
    static QString text(const QJsonValue& value);
};

} // namespace slipway
