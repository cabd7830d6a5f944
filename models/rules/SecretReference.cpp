// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretReference.h"

#include "domain/InputText.h"

#include <QCoreApplication>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SecretReference)
};

bool isAsciiAlnum(QChar c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool allOf(QStringView s, const char16_t* extra) {
    for (QChar c : s) {
        if (!isAsciiAlnum(c) && !QStringView(extra).contains(c))
            return false;
    }
    return true;
}

// The first character not in [A-Za-z0-9] or `extra`, quoted for a message.
QString badChar(QStringView s, const char16_t* extra) {
    for (QChar c : s) {
        if (!isAsciiAlnum(c) && !QStringView(extra).contains(c))
            return InputText::quoted(QStringView(&c, 1));
    }
    return {};
}

const QString kVault = QStringLiteral("vault:");
const QString kAws = QStringLiteral("awssm:");
const QString kAzure = QStringLiteral("azkv:");
const QString kEnv = QStringLiteral("env:");

} // namespace

bool SecretReference::hasReferencePrefix(const QString& text) {
    return text.startsWith(kVault) || text.startsWith(kAws) || text.startsWith(kAzure) ||
           text.startsWith(kEnv);
}

Result<SecretReference> SecretReference::parse(const QString& text) {
    const auto fail = [&](const QString& what) {
        return Error{
            Error::Kind::Validation,
            Text::tr("%1 is not a secret reference: %2").arg(InputText::quoted(text), what)};
    };
    SecretReference ref;
    if (text.startsWith(kVault)) {
        ref.store = Store::Vault;
        const QString rest = text.mid(kVault.size());
        const qsizetype hash = rest.indexOf(u'#');
        ref.name = hash < 0 ? rest : rest.left(hash);
        ref.field = hash < 0 ? QString() : rest.mid(hash + 1);
        if (ref.name.isEmpty())
            return fail(Text::tr("the Vault path is missing (vault:PATH#FIELD)"));
        for (const QString& segment : ref.name.split(u'/')) {
            if (segment.isEmpty())
                return fail(Text::tr("the Vault path has an empty segment"));
            if (segment == u"." || segment == u"..")
                return fail(Text::tr("the Vault path may not contain '.' or '..'"));
            if (!allOf(segment, u"_.-"))
                return fail(
                    Text::tr("%1 is not allowed in a Vault path").arg(badChar(segment, u"_.-")));
        }
        if (ref.field.isEmpty())
            return fail(Text::tr("name the field after '#' (vault:PATH#FIELD)"));
        if (!allOf(ref.field, u"_.-"))
            return fail(
                Text::tr("%1 is not allowed in a Vault field").arg(badChar(ref.field, u"_.-")));
        return ref;
    }
    if (text.startsWith(kAws)) {
        ref.store = Store::AwsSecretsManager;
        const QString rest = text.mid(kAws.size());
        const qsizetype hash = rest.indexOf(u'#');
        ref.name = hash < 0 ? rest : rest.left(hash);
        ref.field = hash < 0 ? QString() : rest.mid(hash + 1);
        if (ref.name.isEmpty())
            return fail(Text::tr("the secret's name is missing (awssm:NAME)"));
        // Secrets Manager names: up to 512 of [A-Za-z0-9/_+=.@-]; an ARN adds ':'.
        const bool arn = ref.name.startsWith(u"arn:aws:secretsmanager:");
        const char16_t* allowed = arn ? u"/_+=.@-:" : u"/_+=.@-";
        if (ref.name.size() > 2048 || (!arn && ref.name.size() > 512))
            return fail(Text::tr("the secret's name is too long"));
        if (!allOf(ref.name, allowed))
            return fail(Text::tr("%1 is not allowed in a Secrets Manager name")
                            .arg(badChar(ref.name, allowed)));
        if (hash >= 0 && ref.field.isEmpty())
            return fail(Text::tr("name the JSON key after '#', or leave the '#' out"));
        if (!allOf(ref.field, u"_.-"))
            return fail(
                Text::tr("%1 is not allowed in a JSON key").arg(badChar(ref.field, u"_.-")));
        return ref;
    }
    if (text.startsWith(kAzure)) {
        ref.store = Store::AzureKeyVault;
        const QStringList parts = text.mid(kAzure.size()).split(u'/');
        if (parts.size() < 2 || parts.size() > 3 || parts[1].isEmpty())
            return fail(Text::tr("use azkv:VAULT/NAME or azkv:VAULT/NAME/VERSION"));
        ref.vault = parts[0];
        ref.name = parts[1];
        ref.version = parts.value(2);
        // Key Vault names: 3–24 letters, digits and single hyphens, from a letter to a letter
        // or digit.
        const QString& v = ref.vault;
        if (v.size() < 3 || v.size() > 24 || !allOf(v, u"-") || !v.front().isLetter() ||
            v.back() == u'-' || v.contains(QStringLiteral("--")))
            return fail(Text::tr("%1 is not a Key Vault name (3 to 24 letters, digits and single "
                                 "hyphens, starting with a letter)")
                            .arg(InputText::quoted(v)));
        if (ref.name.size() > 127 || !allOf(ref.name, u"-"))
            return fail(Text::tr("%1 is not a Key Vault secret name (up to 127 letters, digits and "
                                 "hyphens)")
                            .arg(InputText::quoted(ref.name)));
        if (parts.size() == 3 && (ref.version.size() != 32 || !allOf(ref.version, u"")))
            return fail(Text::tr("a secret version is 32 letters and digits"));
        return ref;
    }
    if (text.startsWith(kEnv)) {
        ref.store = Store::Environment;
        ref.name = text.mid(kEnv.size());
        if (ref.name.isEmpty())
            return fail(Text::tr("the variable's name is missing (env:NAME)"));
        if (ref.name.front().isDigit() || !allOf(ref.name, u"_"))
            return fail(Text::tr("%1 is not an environment variable name (letters, digits and '_', "
                                 "not starting with a digit)")
                            .arg(InputText::quoted(ref.name)));
        return ref;
    }
    return fail(Text::tr("use vault:PATH#FIELD, awssm:NAME, azkv:VAULT/NAME or env:NAME"));
}

QString SecretReference::toString() const {
    switch (store) {
    case Store::Vault:
        return kVault + name + u'#' + field;
    case Store::AwsSecretsManager:
        return kAws + name + (field.isEmpty() ? QString() : u'#' + field);
    case Store::AzureKeyVault:
        return kAzure + vault + u'/' + name + (version.isEmpty() ? QString() : u'/' + version);
    case Store::Environment:
        break;
    }
    return kEnv + name;
}

} // namespace slipway
