// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// One part of a release's software as the SBOM imported for the release lists it: a
// CycloneDX component or an SPDX package, or the subject the SBOM describes.
struct Component {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString ref; // the SBOM's bom-ref or SPDXID; empty when it gave none
    QString name;
    QString group;
    QString version;
    bool versionIsRange = false; // a constraint (">= 2,< 4", "^1.2"), not one version
    QString purl;
    QString type;       // CycloneDX type, SPDX primaryPackagePurpose in lower case
    QString sha256;     // lower-case hex, or empty
    QStringList hashes; // every digest given, "ALGORITHM:hex" ("SHA-512:9f86…")
    QStringList licences;
    QString parentRef;    // the enclosing component of a nested CycloneDX component
    bool subject = false; // what the SBOM describes, not one of its parts
    QString sourceFile;   // the SBOM as given on import
    QString sourceSha256; // of its bytes
    qint64 rowVersion = 0;
    QString createdBy;
    qint64 createdAt = 0;

    // "group/name version", the way the component list shows it.
    QString label() const;
};

// `componentId` depends on `dependsOnId`, both of one release.
struct ComponentDependency {
    qint64 componentId = 0;
    qint64 dependsOnId = 0;
};

QJsonObject toJson(const Component& component);

} // namespace slipway
