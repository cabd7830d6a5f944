// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonDiff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace slipway::ui {

QJsonObject JsonDiff::parse(const QString& json) {
    if (json.trimmed().isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QSet<QString> JsonDiff::changedKeys(const QJsonObject& before, const QJsonObject& after) {
    QSet<QString> changed;
    // A create or a delete has one side only: nothing to compare, nothing to mark.
    if (before.isEmpty() || after.isEmpty())
        return changed;
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (after.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key()))
            changed.insert(it.key());
    }
    return changed;
}

QString JsonDiff::toHtml(const QJsonObject& object, const QSet<QString>& changed,
                         const QColor& highlight, const QString& emptyText) {
    if (object.isEmpty())
        return u"<p><i>" + emptyText.toHtmlEscaped() + u"</i></p>";
    QStringList lines;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString value;
        if (it.value().isObject() || it.value().isArray()) {
            const QJsonDocument doc = it.value().isObject() ? QJsonDocument(it.value().toObject())
                                                            : QJsonDocument(it.value().toArray());
            value = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        } else {
            // Wrap the scalar in an array to reuse Qt's JSON quoting, then strip the brackets.
            const QString wrapped = QString::fromUtf8(
                QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact));
            value = wrapped.mid(1, wrapped.size() - 2);
        }
        // An import's entry lists every new item; the pane shows the start of such a list.
        constexpr qsizetype kShownChars = 4000;
        if (value.size() > kShownChars)
            value = value.left(kShownChars) +
                    QCoreApplication::translate("JsonDiff", "… (%1 more characters)")
                        .arg(QLocale().toString(value.size() - kShownChars));
        const QString line = u"<b>" + it.key().toHtmlEscaped() + u"</b>: " + value.toHtmlEscaped();
        if (changed.contains(it.key()))
            lines << QStringLiteral("<div style=\"background:%1\">&#9656; %2</div>")
                         .arg(highlight.name(), line);
        else
            lines << u"<div>&nbsp;&nbsp;" + line + u"</div>";
    }
    return u"<div style=\"font-family:monospace; white-space:pre-wrap\">" + lines.join(QString()) +
           u"</div>";
}

} // namespace slipway::ui
