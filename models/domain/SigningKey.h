// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace slipway {

// A public key a release manager trusts for artifact signatures.
struct SigningKey {
    enum class Kind { OpenPgp, Minisign };
    qint64 id = 0;
    Kind kind = Kind::OpenPgp;
    QString fingerprint; // the OpenPGP primary key's, or the minisign key id
    QString label;       // user ids, or the minisign comment
    QString keyText;     // armoured OpenPGP key, or the minisign public key line
    QString addedBy;
    qint64 addedAt = 0;
    qint64 rowVersion = 0;

    static QString toKey(Kind kind) {
        return kind == Kind::Minisign ? QStringLiteral("minisign") : QStringLiteral("openpgp");
    }
};

inline QJsonObject toJson(const SigningKey& k) {
    return QJsonObject{{QStringLiteral("id"), k.id},
                       {QStringLiteral("kind"), SigningKey::toKey(k.kind)},
                       {QStringLiteral("fingerprint"), k.fingerprint},
                       {QStringLiteral("label"), k.label},
                       {QStringLiteral("key_text"), k.keyText},
                       {QStringLiteral("added_by"), k.addedBy},
                       {QStringLiteral("added_at"), k.addedAt},
                       {QStringLiteral("row_version"), k.rowVersion}};
}

} // namespace slipway
