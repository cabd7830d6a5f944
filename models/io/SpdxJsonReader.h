// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Sbom.h"
#include "io/SbomAssembly.h"
#include "io/SbomJson.h"

#include <QJsonObject>

namespace slipway {

// SPDX 2.2 and 2.3 JSON into an Sbom. Packages are the components; files are counted and may
// appear in relationships, but are not components. The subject is the one package the document
// describes (documentDescribes or a DESCRIBES relationship); with none or several there is no
// subject and every package is a component.
//
// Relationships read as dependencies ("A depends on B"):
//   A DEPENDS_ON B, A CONTAINS B                    -> A depends on B
//   A DEPENDENCY_OF B, A RUNTIME_DEPENDENCY_OF B,
//   A CONTAINED_BY B                                -> B depends on A
// CONTAINS counts because tools list what a package ships that way (Trivy and Syft write
// CONTAINS where CycloneDX output of the same tool has dependsOn). Build, development, test,
// optional and provided dependencies are not read: they do not run where the release goes.
// Every other type (DESCRIBES, GENERATED_FROM, …) is not a dependency.
class SpdxJsonReader {
public:
    SpdxJsonReader(const QString& path, Sbom& sbom)
        : m_json(path)
        , m_sbom(sbom)
        , m_assembly(sbom) {}

    bool read(const QJsonObject& root);
    const Error& error() const { return m_json.error(); }

private:
    bool readCreators(const QJsonObject& root);
    bool readPackage(const QJsonObject& o, const QString& where);
    bool readOtherElements(const QJsonObject& root, QLatin1String key);
    bool readRelationships(const QJsonObject& root, const QString& documentId,
                           QStringList* described);

    SbomJson m_json;
    Sbom& m_sbom;
    SbomAssembly m_assembly;
};

} // namespace slipway
