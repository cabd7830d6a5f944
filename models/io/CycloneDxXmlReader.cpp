// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CycloneDxXmlReader.h"
#include "domain/InputText.h"

#include <QCoreApplication>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CycloneDxXmlReader)
};

const QLatin1String kNamespacePrefix("http://cyclonedx.org/schema/bom/");

} // namespace

bool CycloneDxXmlReader::fail(qint64 line, const QString& what) {
    m_error = Error{Error::Kind::Usage,
                    QStringLiteral("%1:%2: %3").arg(m_path, QString::number(line), what)};
    return false;
}

// Columns from 1, as the JSON errors count them (Qt counts from 0).
bool CycloneDxXmlReader::xmlError() {
    // Qt quotes input here (an unknown encoding name, say), which may hold newlines.
    QString what = InputText::singleLine(m_xml.errorString());
    if (what.endsWith(u'.'))
        what.chop(1);
    m_error = Error{Error::Kind::Usage, Text::tr("%1:%2:%3: not well-formed XML: %4")
                                            .arg(m_path, QString::number(m_xml.lineNumber()),
                                                 QString::number(m_xml.columnNumber() + 1), what)};
    return false;
}

QString CycloneDxXmlReader::where() const {
    return Text::tr("line %1").arg(m_xml.lineNumber());
}

QString CycloneDxXmlReader::text() {
    return m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
}

bool CycloneDxXmlReader::read(const QByteArray& data) {
    m_sbom.format = SbomFormat::CycloneDxXml;
    m_xml.addData(data);
    while (!m_xml.atEnd() && !m_xml.isStartElement()) {
        m_xml.readNext();
        // A BOM declares no entities: a DTD that does is an entity bomb or reaches for files
        // outside it, and is refused before anything expands.
        if (m_xml.isDTD() && m_xml.text().contains(u"<!ENTITY"))
            return failHere(Text::tr("the document type declares entities; CycloneDX has none, so "
                                     "the file is refused"));
    }
    if (m_xml.hasError())
        return xmlError();
    if (!m_xml.isStartElement())
        return failHere(Text::tr("no XML element found, expected a CycloneDX BOM"));
    const QString ns = m_xml.namespaceUri().toString();
    if (m_xml.name() == u"RDF")
        return failHere(Text::tr("SPDX RDF/XML is not supported; expected SPDX 2.2 or 2.3 JSON"));
    if (m_xml.name() != u"bom" || !ns.startsWith(kNamespacePrefix))
        return failHere(
            Text::tr("not a CycloneDX BOM: the root element is <%1> in the namespace %2, "
                     "expected <bom> in %3…")
                .arg(InputText::singleLine(m_xml.qualifiedName(), 60), InputText::quoted(ns),
                     kNamespacePrefix));
    m_namespace = ns;
    m_sbom.specVersion = ns.mid(kNamespacePrefix.size());
    if (m_sbom.specVersion != u"1.4" && m_sbom.specVersion != u"1.5" &&
        m_sbom.specVersion != u"1.6")
        return failHere(Text::tr("CycloneDX %1 is not supported; expected 1.4, 1.5 or 1.6")
                            .arg(InputText::singleLine(m_sbom.specVersion, 20)));

    while (m_xml.readNextStartElement()) {
        if (is(QLatin1String("metadata"))) {
            if (!readMetadata())
                return false;
        } else if (is(QLatin1String("components"))) {
            QList<Read> read;
            if (!readComponents(0, {}, &read) || !addAll(read, false))
                return false;
        } else if (is(QLatin1String("dependencies"))) {
            while (m_xml.readNextStartElement()) {
                QString ref;
                if (!is(QLatin1String("dependency")))
                    m_xml.skipCurrentElement();
                else if (!readDependency(0, &ref))
                    return false;
            }
        } else {
            m_xml.skipCurrentElement();
        }
    }
    // Anything after the root is still read, so trailing garbage is an error too.
    while (!m_xml.atEnd())
        m_xml.readNext();
    if (m_xml.hasError())
        return xmlError();
    m_assembly.finish();
    return true;
}

bool CycloneDxXmlReader::readMetadata() {
    while (m_xml.readNextStartElement()) {
        if (is(QLatin1String("tools"))) {
            if (!readTools())
                return false;
        } else if (is(QLatin1String("component"))) {
            QList<Read> read;
            if (!readComponent(0, {}, &read) || !addAll(read, true))
                return false;
        } else {
            m_xml.skipCurrentElement();
        }
    }
    return !m_xml.hasError() || xmlError();
}

bool CycloneDxXmlReader::readTool(SbomTool* out) {
    while (m_xml.readNextStartElement()) {
        if (is(QLatin1String("name")))
            out->name = text();
        else if (is(QLatin1String("version")))
            out->version = text();
        else
            m_xml.skipCurrentElement();
    }
    return !m_xml.hasError() || xmlError();
}

// 1.4: <tools><tool>…</tool></tools>; 1.5+: <tools><components><component>… and <services>.
bool CycloneDxXmlReader::readTools() {
    const auto take = [this] {
        SbomTool tool;
        if (!readTool(&tool))
            return false;
        if (!tool.name.isEmpty())
            m_sbom.tools.append(std::move(tool));
        return true;
    };
    while (m_xml.readNextStartElement()) {
        if (is(QLatin1String("tool"))) {
            if (!take())
                return false;
        } else if (is(QLatin1String("components")) || is(QLatin1String("services"))) {
            while (m_xml.readNextStartElement()) {
                if (!is(QLatin1String("component")) && !is(QLatin1String("service")))
                    m_xml.skipCurrentElement();
                else if (!take())
                    return false;
            }
        } else {
            m_xml.skipCurrentElement();
        }
    }
    return !m_xml.hasError() || xmlError();
}

bool CycloneDxXmlReader::readComponent(int depth, const QString& parentRef, QList<Read>* out) {
    if (depth > kMaxDepth)
        return failHere(Text::tr("components nested more than %1 deep").arg(kMaxDepth));
    // Parents come before their children, whatever order the elements are in.
    const qsizetype slot = out->size();
    out->append(Read{});
    Read self;
    self.line = m_xml.lineNumber();
    self.nested = depth > 0;
    SbomComponent& c = self.component;
    c.location = where();
    c.parentRef = parentRef;
    c.ref = m_xml.attributes().value(QLatin1String("bom-ref")).toString();
    c.type = m_xml.attributes().value(QLatin1String("type")).toString();
    while (m_xml.readNextStartElement()) {
        if (is(QLatin1String("name"))) {
            c.name = text();
        } else if (is(QLatin1String("group"))) {
            c.group = text();
        } else if (is(QLatin1String("version"))) {
            c.version = text();
        } else if (is(QLatin1String("purl"))) {
            c.purl = text();
        } else if (is(QLatin1String("hashes"))) {
            if (!readHashes(c))
                return false;
        } else if (is(QLatin1String("licenses"))) {
            if (!readLicences(c))
                return false;
        } else if (is(QLatin1String("components"))) {
            if (!readComponents(depth + 1, c.ref, out))
                return false;
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (m_xml.hasError())
        return xmlError();
    (*out)[slot] = std::move(self);
    return true;
}

bool CycloneDxXmlReader::readHashes(SbomComponent& c) {
    while (m_xml.readNextStartElement()) {
        if (!is(QLatin1String("hash"))) {
            m_xml.skipCurrentElement();
            continue;
        }
        const qint64 line = m_xml.lineNumber();
        const QString at = where();
        const QString alg = m_xml.attributes().value(QLatin1String("alg")).toString();
        const QString value = text();
        if (m_xml.hasError())
            return xmlError();
        if (alg.isEmpty())
            return fail(line, Text::tr("a <hash> without an alg attribute"));
        if (const QString problem = m_assembly.addHash(c, alg, value, at); !problem.isEmpty())
            return fail(line, problem);
    }
    return !m_xml.hasError() || xmlError();
}

// <licenses><license><id>MIT</id></license>…</licenses>, or <expression>.
bool CycloneDxXmlReader::readLicences(SbomComponent& c) {
    while (m_xml.readNextStartElement()) {
        if (is(QLatin1String("expression"))) {
            c.licences.append(text());
        } else if (is(QLatin1String("license"))) {
            QString id, name;
            while (m_xml.readNextStartElement()) {
                if (is(QLatin1String("id")))
                    id = text();
                else if (is(QLatin1String("name")))
                    name = text();
                else
                    m_xml.skipCurrentElement();
            }
            if (!id.isEmpty() || !name.isEmpty())
                c.licences.append(id.isEmpty() ? name : id);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    return !m_xml.hasError() || xmlError();
}

bool CycloneDxXmlReader::readComponents(int depth, const QString& parentRef, QList<Read>* out) {
    while (m_xml.readNextStartElement()) {
        if (!is(QLatin1String("component")))
            m_xml.skipCurrentElement();
        else if (!readComponent(depth, parentRef, out))
            return false;
    }
    return !m_xml.hasError() || xmlError();
}

bool CycloneDxXmlReader::addAll(QList<Read>& read, bool firstIsSubject) {
    for (qsizetype i = 0; i < read.size(); ++i) {
        Read& r = read[i];
        const QString problem = firstIsSubject && i == 0
                                    ? m_assembly.setSubject(std::move(r.component))
                                    : m_assembly.addComponent(std::move(r.component), r.nested);
        if (!problem.isEmpty())
            return fail(r.line, problem);
    }
    return true;
}

// <dependency ref="a"><dependency ref="b"/></dependency>: a depends on b. The inner element
// may hold dependencies of its own (the schema nests the same type), which make an entry for b.
bool CycloneDxXmlReader::readDependency(int depth, QString* ref) {
    if (depth > kMaxDepth)
        return failHere(Text::tr("dependencies nested more than %1 deep").arg(kMaxDepth));
    const QString at = where();
    *ref = m_xml.attributes().value(QLatin1String("ref")).toString();
    if (ref->isEmpty())
        return failHere(Text::tr("a <dependency> without a ref attribute"));
    QStringList dependsOn, dependsOnWhere;
    while (m_xml.readNextStartElement()) {
        if (!is(QLatin1String("dependency"))) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QString childAt = where();
        QString child;
        if (!readDependency(depth + 1, &child))
            return false;
        dependsOn.append(child);
        dependsOnWhere.append(childAt);
    }
    if (m_xml.hasError())
        return xmlError();
    if (depth == 0 || !dependsOn.isEmpty())
        m_assembly.addDependencies(*ref, at, dependsOn, dependsOnWhere);
    return true;
}

} // namespace slipway
