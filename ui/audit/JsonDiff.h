// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace slipway::ui {

// The before/after pictures of an audit entry, as HTML with the changed keys marked.
class JsonDiff {
public:
    static QJsonObject parse(const QString& json);
    static QSet<QString> changedKeys(const QJsonObject& before, const QJsonObject& after);
    // `object` pretty-printed one key a line; keys in `changed` on a `highlight` background.
    // `emptyText` is shown when there is no object (the before of a create, say).
    static QString toHtml(const QJsonObject& object, const QSet<QString>& changed,
                          const QColor& highlight, const QString& emptyText);
};

} // namespace slipway::ui
