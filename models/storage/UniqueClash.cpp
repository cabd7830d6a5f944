// SPDX-License-Identifier: GPL-3.0-or-later
#include "UniqueClash.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(UniqueClash)
};

QStringList clashColumns(const QString& text) {
    static const QRegularExpression sqlite(QStringLiteral("UNIQUE constraint failed: ([^\\n]+)"));
    static const QRegularExpression server(QStringLiteral("Key \\(([^)]+)\\)="));
    QStringList columns;
    if (const auto m = sqlite.match(text); m.hasMatch()) {
        for (const QString& qualified : m.captured(1).split(u',', Qt::SkipEmptyParts))
            columns << qualified.trimmed().section(u'.', -1);
    } else if (const auto k = server.match(text); k.hasMatch()) {
        for (const QString& column : k.captured(1).split(u',', Qt::SkipEmptyParts))
            columns << column.trimmed();
    }
    // Only plain column names: an expression index says something else, told as it was.
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    for (const QString& column : std::as_const(columns))
        if (!plain.match(column).hasMatch())
            return {};
    return columns;
}

} // namespace

std::optional<QString> uniqueClashMessage(const QString& where, const QString& engineText,
                                          const QString& doing) {
    const QStringList columns = clashColumns(engineText);
    if (columns.isEmpty())
        return std::nullopt;
    QStringList fields;
    for (const QString& column : columns)
        if (column != u"id" && !column.endsWith(QLatin1String("_id")))
            fields << QString(column).replace(u'_', u' ');
    if (fields.isEmpty())
        return Text::tr("%1: it exists already (while %2); reload to see it.").arg(where, doing);
    QString named = fields.takeLast();
    if (!fields.isEmpty())
        named = Text::tr("%1 and %2").arg(fields.join(QStringLiteral(", ")), named);
    return Text::tr("%1: that %2 is already taken (while %3); choose another, or reload if "
                    "someone else has just saved it.")
        .arg(where, named, doing);
}

} // namespace slipway
