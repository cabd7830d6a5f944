// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

namespace slipway {

// Where a configuration value that is a secret really lives; Slipway keeps only this pointer.
//   vault:PATH#FIELD          HashiCorp Vault, e.g. vault:secret/data/payments/db#password
//   awssm:NAME[#KEY]          AWS Secrets Manager, a name or ARN and an optional JSON key
//   azkv:VAULT/NAME[/VERSION] Azure Key Vault
//   env:NAME                  an environment variable of the deploying process
struct SecretReference {
    enum class Store { Vault, AwsSecretsManager, AzureKeyVault, Environment };
    Store store = Store::Environment;
    QString name;    // Vault: the path; AWS: the secret's name or ARN; Azure: the secret; env
    QString field;   // Vault: the field (required); AWS: a key in the secret's JSON (optional)
    QString vault;   // Azure: the key vault
    QString version; // Azure: a secret version (optional)

    static Result<SecretReference> parse(const QString& text);
    // Whether the text starts like a reference ("vault:", "awssm:", "azkv:", "env:"), valid or
    // not, so a caller can tell a mistyped reference from a plain value.
    static bool hasReferencePrefix(const QString& text);
    QString toString() const; // the canonical text; parse(toString()) gives it back

    bool operator==(const SecretReference& other) const = default;
};

} // namespace slipway
