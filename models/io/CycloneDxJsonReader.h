// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Sbom.h"
#include "io/SbomAssembly.h"
#include "io/SbomJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace slipway {

// CycloneDX 1.4, 1.5 and 1.6 JSON into an Sbom: metadata.tools in both its array and its
// object form, metadata.component as the subject, components with their nested components
// flattened (parents first), and the dependencies graph. SbomReader decides the format.
class CycloneDxJsonReader {
public:
    CycloneDxJsonReader(const QString& path, Sbom& sbom)
        : m_json(path)
        , m_sbom(sbom)
        , m_assembly(sbom) {}

    bool read(const QJsonObject& root);
    const Error& error() const { return m_json.error(); }

    // Components inside components: real trees are a few levels deep (npm bundles two).
    static constexpr int kMaxDepth = 64;

private:
    bool readTools(const QJsonObject& metadata, const QString& where);
    bool readComponent(const QJsonObject& o, const QString& where, SbomComponent* out);
    bool readComponents(const QJsonArray& list, const QString& where, const QString& parentRef,
                        int depth);
    bool readDependencies(const QJsonArray& list, const QString& where);

    SbomJson m_json;
    Sbom& m_sbom;
    SbomAssembly m_assembly;
};

} // namespace slipway
