// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// One placeholder a template may use. Lists (known issues, scope items …) are sections
// whose items have fields of their own: {{#known_issues}}{{title}}{{/known_issues}}.
struct Placeholder {
    QString name;        // "release.name", "known_issues", or a list item's "title"
    QString description; // for the palette
    QString list;        // the list this is a field of; empty at the top level
    bool isList = false;
    bool isOptional = false; // may be missing: use {{#name}}…{{/name}}

    // What the palette inserts: {{name}}, or a whole section for a list.
    QString snippet() const;
};

// Something in a template that would not render as meant.
struct TemplateProblem {
    QString part; // "subject" or "body"
    int line = 0; // from 1
    QString tag;  // the tag as written, "{{relase.name}}"
    QString message;
};

// Every placeholder the message context provides, and the check that a template uses only
// those, escaped (no {{{raw}}}, {{&raw}}, partials or changed delimiters) and balanced.
class PlaceholderCatalogue {
public:
    static const QList<Placeholder>& all();
    static QList<TemplateProblem> checkPart(const QString& text, const QString& part);
    static QList<TemplateProblem> check(const QString& subject, const QString& body);
    // "subject line 1: unknown placeholder {{x}}" lines, for messages.
    static QStringList describe(const QList<TemplateProblem>& problems);
};

} // namespace slipway
