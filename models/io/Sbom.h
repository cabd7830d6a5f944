// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/EvidenceFile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// One digest of a component or a listed file, under the algorithm's canonical name.
struct SbomHash {
    QString algorithm; // "SHA-256", "SHA-512", "SHA-1", "MD5", "SHA3-256", "BLAKE2b-512" …
    QString hex;       // lowercase

    // The canonical name of an algorithm as CycloneDX, SPDX, BSD tags and b2sum spell it
    // (SHA-256, SHA256, sha256 → "SHA-256"); empty when the name is not a known algorithm.
    static QString canonicalAlgorithm(QStringView name);
    // Why `value` is not a digest of the canonical `algorithm` (not hex, or the wrong length
    // for it); empty when it is one.
    static QString problem(QStringView algorithm, QStringView value);
    // MD2, MD4, MD5, SHA-1 and Adler-32: collisions can be made, so a match proves nothing
    // against someone who chose the file.
    static bool isWeak(QStringView algorithm);
};

// A component of the software an SBOM describes: a CycloneDX component or an SPDX package.
struct SbomComponent {
    QString ref;     // CycloneDX bom-ref (may be empty) or SPDX SPDXID
    QString name;    // never empty
    QString group;   // CycloneDX group; SPDX has none
    QString version; // as written, possibly empty
    // The version is a constraint rather than one version (">= 2,< 4", "[1.0,2.0)", "^1.2"):
    // GitHub's dependency graph writes what the manifest asked for, not what was resolved.
    bool versionIsRange = false;
    QString purl;           // package URL; empty when the document gives none
    QString type;           // CycloneDX type; SPDX primaryPackagePurpose in lower case
    QList<SbomHash> hashes; // document order, one per algorithm
    QStringList licences;   // SPDX ids, licence names or expressions
    QString parentRef;      // the enclosing component of a nested CycloneDX component
    QString location;       // JSON pointer or "line N", for messages about this component

    QString hash(QStringView algorithm) const; // hex for a canonical name; empty when absent
    // Whether a version text is a range or constraint rather than one version.
    static bool looksLikeRange(QStringView version);
};

struct SbomTool {
    QString name;
    QString version; // empty when the document does not say
};

// `ref` depends on each of `dependsOn`. Every ref names the subject or a component.
struct SbomDependency {
    QString ref;
    QStringList dependsOn; // may be empty: CycloneDX states "depends on nothing" this way
};

enum class SbomFormat { CycloneDxJson, CycloneDxXml, SpdxJson };

// A software bill of materials reduced to what a release's component list needs; read by
// SbomReader. Plain values, so storage, services and screens take what they need.
struct Sbom {
    SbomFormat format = SbomFormat::CycloneDxJson;
    QString specVersion; // "1.4", "1.5", "1.6" (CycloneDX) or "2.2", "2.3" (SPDX)
    QList<SbomTool> tools;
    // What the SBOM is about: CycloneDX metadata.component, or the one package an SPDX
    // document describes. It is not in `components`.
    std::optional<SbomComponent> subject;
    QList<SbomComponent> components;    // nested CycloneDX components flattened, parents first
    int nestedComponents = 0;           // of `components`, those inside another component
    int spdxFiles = 0;                  // SPDX file elements: listed, not components
    QList<SbomDependency> dependencies; // one entry per ref, in document order
    QStringList warnings;               // one line each: refs that name nothing, and the like
    EvidenceFile evidence;

    int dependencyEdges() const;
    int hashCount() const;
    // "CycloneDX 1.5 JSON", "CycloneDX 1.4 XML", "SPDX 2.3 JSON".
    QString formatName() const;
};

} // namespace slipway
