// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace slipway {

// Whether a configuration value looks like a secret that belongs in a secret store rather
// than in the Slipway file. Pure logic over text; it never quotes the value back.
class SecretDetector {
public:
    // Why `value`, stored under `key`, looks like a secret, as a phrase for a sentence ("a
    // GitHub token", "a long high-entropy string"); nothing when it looks ordinary. Checked in
    // turn: a PEM private key, a known token format (AWS, GitHub, GitLab, Slack, Stripe,
    // Google), a JWT, a URL with a password, a key named like a password or token with a
    // literal value, and a long random-looking string.
    static std::optional<QString> looksSecret(const QString& key, const QString& value);

    // Shannon entropy of the text in bits per character.
    static double entropy(QStringView text);
    // Whether a run of base64 or base64url characters reads as random rather than as words,
    // a name, a digest or an id (see the .cpp for the measures).
    static bool looksRandom(QStringView token);
};

} // namespace slipway
