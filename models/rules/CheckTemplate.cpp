// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckTemplate.h"

#include "domain/InputText.h"
#include "rules/SecretReference.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CheckTemplate)
};

const QString kSecretPrefix = QStringLiteral("secret:");

bool isVariableName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

Result<QList<CheckTemplate::Placeholder>> CheckTemplate::placeholders(const QString& text) {
    QList<Placeholder> found;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), from);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QStringLiteral("}}"), open + 2);
        if (close < 0)
            return Error{Error::Kind::Validation, Text::tr("'{{' without '}}'")};
        const QString inner = text.mid(open + 2, close - open - 2).trimmed();
        Placeholder placeholder{open, close + 2 - open, inner, false};
        if (inner.startsWith(kSecretPrefix)) {
            placeholder.secret = true;
            placeholder.name = inner.mid(kSecretPrefix.size()).trimmed();
            if (placeholder.name.isEmpty())
                return Error{Error::Kind::Validation, Text::tr("'{{secret:}}' names no secret")};
        } else if (!isVariableName(inner)) {
            return Error{Error::Kind::Validation,
                         Text::tr("%1 is not a variable name")
                             .arg(InputText::quoted(text.mid(open, close + 2 - open), 60))};
        }
        found.append(placeholder);
        from = close + 2;
    }
    return found;
}

QStringList CheckTemplate::variables(const QString& text) {
    QStringList names;
    if (auto all = placeholders(text)) {
        for (const Placeholder& p : all.value())
            if (!p.secret && !names.contains(p.name))
                names.append(p.name);
    }
    return names;
}

QStringList CheckTemplate::secrets(const QString& text) {
    QStringList names;
    if (auto all = placeholders(text)) {
        for (const Placeholder& p : all.value())
            if (p.secret && !names.contains(p.name))
                names.append(p.name);
    }
    return names;
}

QString CheckTemplate::withoutPlaceholders(const QString& text) {
    auto all = placeholders(text);
    if (!all)
        return text;
    QString out = text;
    for (auto it = all->crbegin(); it != all->crend(); ++it)
        out.remove(it->start, it->length);
    return out;
}

Result<QString> CheckTemplate::render(const QString& text, const QHash<QString, QString>& values,
                                      bool resolveSecrets) {
    auto all = placeholders(text);
    if (!all)
        return all.error();
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const Placeholder& p : all.value()) {
        out += QStringView(text).mid(at, p.start - at);
        at = p.start + p.length;
        if (p.secret) {
            if (!resolveSecrets) {
                out += QStringView(text).mid(p.start, p.length);
                continue;
            }
            auto value = resolveSecret(p.name);
            if (!value)
                return value.error();
            out += value.value();
            continue;
        }
        const auto found = values.constFind(p.name);
        if (found == values.constEnd())
            return Error{Error::Kind::Validation, Text::tr("no value for {{%1}}").arg(p.name)};
        out += found.value();
    }
    out += QStringView(text).mid(at);
    return out;
}

Result<QString> CheckTemplate::resolveSecret(const QString& reference) {
    auto parsed = SecretReference::parse(reference);
    if (!parsed)
        return Error{Error::Kind::Validation,
                     Text::tr("secret reference %1: %2")
                         .arg(InputText::quoted(reference, 80), parsed.error().message)};
    if (parsed->store != SecretReference::Store::Environment)
        return Error{Error::Kind::Validation,
                     Text::tr("secret %1 is not in the environment; checks read env: references "
                              "only")
                         .arg(InputText::quoted(parsed->toString(), 80))};
    const QByteArray name = parsed->name.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return Error{Error::Kind::Validation, Text::tr("secret %1 is not set in the environment")
                                                  .arg(InputText::quoted(parsed->toString(), 80))};
    return qEnvironmentVariable(name.constData());
}

} // namespace slipway
