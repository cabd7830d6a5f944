// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigItem.h"

#include <QCryptographicHash>

namespace slipway {
namespace {

QString sha256Of(const QString& text) {
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QString ConfigItem::fingerprint() const {
    if (isReference())
        return QStringLiteral("ref:") + secretRef;
    if (isSecret)
        return QStringLiteral("sha256:") + sha256Of(value);
    return QStringLiteral("value:") + value;
}

QJsonObject toJson(const ConfigItem& c) {
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("release_id"), c.releaseId},
                  {QStringLiteral("environment_id"), c.environmentId},
                  {QStringLiteral("key"), c.key},
                  {QStringLiteral("secret_ref"), c.secretRef},
                  {QStringLiteral("is_secret"), c.isSecret},
                  {QStringLiteral("row_version"), c.rowVersion},
                  {QStringLiteral("created_by"), c.createdBy},
                  {QStringLiteral("created_at"), c.createdAt},
                  {QStringLiteral("updated_by"), c.updatedBy},
                  {QStringLiteral("updated_at"), c.updatedAt}};
    // A value marked secret never reaches the audit log in clear: only its SHA-256, enough
    // to tell that it changed and to match it against the row, not to read it back.
    if (c.isSecret && !c.value.isEmpty())
        o.insert(QStringLiteral("value_sha256"), sha256Of(c.value));
    else
        o.insert(QStringLiteral("value"), c.value);
    return o;
}

} // namespace slipway
