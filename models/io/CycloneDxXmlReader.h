// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Sbom.h"
#include "io/SbomAssembly.h"

#include "domain/Result.h"

#include <QList>
#include <QXmlStreamReader>

namespace slipway {

// CycloneDX 1.4, 1.5 and 1.6 XML into an Sbom, the same parts as CycloneDxJsonReader reads.
// Text may be plain or CDATA (cyclonedx-php-composer wraps every value). Elements of other
// namespaces and those Slipway does not need (pedigree, evidence, properties …) are skipped
// whole, so components inside a pedigree are not taken for parts of the release.
class CycloneDxXmlReader {
public:
    CycloneDxXmlReader(const QString& path, Sbom& sbom)
        : m_path(path)
        , m_sbom(sbom)
        , m_assembly(sbom) {}

    bool read(const QByteArray& data);
    const Error& error() const { return m_error; }

    static constexpr int kMaxDepth = 64;

private:
    struct Read {
        SbomComponent component;
        bool nested = false;
        qint64 line = 0;
    };
    bool fail(qint64 line, const QString& what);
    bool failHere(const QString& what) { return fail(m_xml.lineNumber(), what); }
    bool xmlError();
    bool isOurs() const { return m_xml.namespaceUri() == m_namespace; }
    bool is(QLatin1String name) const { return isOurs() && m_xml.name() == name; }
    QString where() const;
    QString text();
    bool readMetadata();
    bool readTool(SbomTool* out);
    bool readTools();
    bool readComponent(int depth, const QString& parentRef, QList<Read>* out);
    bool readHashes(SbomComponent& c);
    bool readLicences(SbomComponent& c);
    bool readComponents(int depth, const QString& parentRef, QList<Read>* out);
    bool addAll(QList<Read>& read, bool firstIsSubject);
    bool readDependency(int depth, QString* ref);

    QString m_path;
    Sbom& m_sbom;
    SbomAssembly m_assembly;
    QXmlStreamReader m_xml;
    QString m_namespace;
    Error m_error;
};

} // namespace slipway
