// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// The placeholders of a check's URL, headers and body: {{variable}} (a value extracted from an
// earlier answer) and {{secret:REF}} (a SecretReference, resolved only when the request is
// sent). Variable names: a letter or '_' then letters, digits, '_', '-' or '.'.
class CheckTemplate {
public:
    struct Placeholder {
        qsizetype start = 0;  // of "{{"
        qsizetype length = 0; // through "}}"
        QString name;         // variable name, or the reference's text for a secret
        bool secret = false;
    };

    // Every placeholder in order, or one line saying what is malformed ("'{{' without '}}'",
    // "'{{ x y }}' is not a variable name").
    static Result<QList<Placeholder>> placeholders(const QString& text);
    static QStringList variables(const QString& text); // names used, malformed text: none
    static QStringList secrets(const QString& text);   // references used
    // The text without its placeholders (what a header value holds in clear).
    static QString withoutPlaceholders(const QString& text);

    // Substitutes variables (one not in `values` is an error naming it) and, when
    // `resolveSecrets`, secrets through resolveSecret(); otherwise a secret stays as written.
    static Result<QString> render(const QString& text, const QHash<QString, QString>& values,
                                  bool resolveSecrets);
    // An env: reference's value; other stores, an unset variable or a malformed reference
    // are errors that name the reference, never a value.
    static Result<QString> resolveSecret(const QString& reference);
};

} // namespace slipway
