// SPDX-License-Identifier: GPL-3.0-or-later
#include "Component.h"

#include <QJsonArray>

namespace slipway {

QString Component::label() const {
    QString text = group.isEmpty() ? name : group + u'/' + name;
    if (!version.isEmpty())
        text += u' ' + version;
    return text;
}

QJsonObject toJson(const Component& c) {
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("release_id"), c.releaseId},
                       {QStringLiteral("ref"), c.ref},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("group"), c.group},
                       {QStringLiteral("version"), c.version},
                       {QStringLiteral("version_is_range"), c.versionIsRange},
                       {QStringLiteral("purl"), c.purl},
                       {QStringLiteral("type"), c.type},
                       {QStringLiteral("sha256"), c.sha256},
                       {QStringLiteral("hashes"), QJsonArray::fromStringList(c.hashes)},
                       {QStringLiteral("licences"), QJsonArray::fromStringList(c.licences)},
                       {QStringLiteral("parent_ref"), c.parentRef},
                       {QStringLiteral("subject"), c.subject},
                       {QStringLiteral("source_file"), c.sourceFile},
                       {QStringLiteral("source_sha256"), c.sourceSha256},
                       {QStringLiteral("row_version"), c.rowVersion},
                       {QStringLiteral("created_by"), c.createdBy},
                       {QStringLiteral("created_at"), c.createdAt}};
}

} // namespace slipway
