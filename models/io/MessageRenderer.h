// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlaceholderCatalogue.h"

#include <QString>
#include <QVariantMap>

namespace slipway {

// A template rendered for one release: a one-line subject and a Markdown body.
struct RenderedMessage {
    QString subject;
    QString markdown;
    QList<TemplateProblem> problems; // unknown or unsafe placeholders: must not be issued
    bool issuable() const { return problems.isEmpty(); }
};

// Renders templates with Mustache. Values from the plan are data, never markup: in the body
// each value is HTML-escaped and its Markdown punctuation backslash-escaped, so a release
// named <img src=…> or [x](…) stays text; the subject is plain text on one line. Values are
// never parsed as templates themselves.
class MessageRenderer {
public:
    static RenderedMessage render(const QString& subjectTemplate, const QString& bodyTemplate,
                                  const QVariantMap& context);

    // A value as literal Markdown text (see the class comment).
    static QString escapeMarkdown(const QString& value);
    // One line of plain text: control characters and line breaks become spaces.
    static QString oneLine(const QString& text);
};

} // namespace slipway
