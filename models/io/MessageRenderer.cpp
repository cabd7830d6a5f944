// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageRenderer.h"

#include <QCoreApplication>

#include <kainjow/mustache.hpp>

namespace slipway {
namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

data toData(const QVariant& value);

data toData(const QVariantMap& map) {
    data object(data::type::object);
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QVariant& v = it.value();
        // An empty text counts as absent, so {{#x}}…{{/x}} leaves it out.
        if (v.typeId() == QMetaType::QString && v.toString().isEmpty())
            continue;
        object.set(it.key().toStdString(), toData(v));
    }
    return object;
}

data toData(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::QVariantMap:
        return toData(value.toMap());
    case QMetaType::QVariantList: {
        data list(data::type::list);
        for (const QVariant& item : value.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::Bool:
        return data(value.toBool());
    default:
        return data(value.toString().toStdString());
    }
}

QString renderPart(const QString& text, const QVariantMap& context,
                   const std::function<QString(const QString&)>& escape, QString* error) {
    mustache tmpl(text.toStdString());
    if (!tmpl.is_valid()) {
        *error = QString::fromStdString(tmpl.error_message());
        return {};
    }
    tmpl.set_custom_escape([&escape](const std::string& s) {
        return escape(QString::fromStdString(s)).toStdString();
    });
    const std::string out = tmpl.render(toData(context));
    if (!tmpl.is_valid())
        *error = QString::fromStdString(tmpl.error_message());
    return QString::fromStdString(out);
}

bool isAsciiPunctuationToEscape(QChar c) {
    // CommonMark lets any ASCII punctuation be backslash-escaped; these can start markup.
    static const QString kSet = QStringLiteral("\\`*_[]!|~#:@{}()");
    return kSet.contains(c);
}

} // namespace

QString MessageRenderer::oneLine(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        // Bidirectional overrides and isolates can make a subject read as something else
        // (U+202E turns "exe.pdf" around): they are shown as their code, never obeyed.
        const char16_t u = c.unicode();
        if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e ||
            u == 0x200f || u == 0x061c) {
            out += QStringLiteral("[U+%1]").arg(uint(u), 4, 16, QLatin1Char('0')).toUpper();
            continue;
        }
        const bool control = c.category() == QChar::Other_Control ||
                             c.category() == QChar::Separator_Line ||
                             c.category() == QChar::Separator_Paragraph;
        out.append(control ? QChar(u' ') : c);
    }
    return out.simplified();
}

QString MessageRenderer::escapeMarkdown(const QString& value) {
    QString text = value;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    QStringList lines;
    for (QString line : text.split(u'\n', Qt::SkipEmptyParts)) {
        line = oneLine(line); // also drops leading indentation (no code blocks)
        if (line.isEmpty())
            continue;
        QString out;
        out.reserve(line.size() + 8);
        // A line starting "12." or "12)" or "-", "+", "=" would become a list or heading.
        qsizetype digits = 0;
        while (digits < line.size() && line.at(digits).isDigit())
            ++digits;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == u'&')
                out += QStringLiteral("&amp;");
            else if (c == u'<')
                out += QStringLiteral("&lt;");
            else if (c == u'>')
                out += QStringLiteral("&gt;");
            else if (c == u'"')
                out += QStringLiteral("&quot;");
            else if (isAsciiPunctuationToEscape(c) ||
                     (i == 0 && (c == u'-' || c == u'+' || c == u'=')) ||
                     (i == digits && digits > 0 && (c == u'.' || c == u')'))) {
                out += u'\\';
                out += c;
            } else {
                out += c;
            }
        }
        lines << out;
    }
    // A backslash at the end of a line is a hard line break in Markdown.
    return lines.join(QStringLiteral("\\\n"));
}

RenderedMessage MessageRenderer::render(const QString& subjectTemplate, const QString& bodyTemplate,
                                        const QVariantMap& context) {
    RenderedMessage out;
    out.problems = PlaceholderCatalogue::check(subjectTemplate, bodyTemplate);
    QString error;
    out.subject = oneLine(renderPart(
        subjectTemplate, context, [](const QString& s) { return s; }, &error));
    if (!error.isEmpty())
        out.problems.append({QStringLiteral("subject"), 1, QString(), error});
    error.clear();
    out.markdown = renderPart(bodyTemplate, context, &MessageRenderer::escapeMarkdown, &error);
    if (!error.isEmpty())
        out.problems.append({QStringLiteral("body"), 1, QString(), error});
    return out;
}

} // namespace slipway
