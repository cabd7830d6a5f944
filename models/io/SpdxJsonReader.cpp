// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SpdxJsonReader.h"

#include <QCoreApplication>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SpdxJsonReader)
};

// NOASSERTION and NONE are SPDX's "not stated" and "nothing": no licence to show.
bool isLicence(const QString& value) {
    return !value.isEmpty() && value != u"NOASSERTION" && value != u"NONE";
}

// "Tool: syft-0.63.0" -> syft, 0.63.0; "Tool: Microsoft.SBOMTool-1.1.1"; "Tool: trivy" has no
// version, and "GitHub.com-Dependency-Graph" is all name: the version is what follows the
// last '-' when it starts with a digit (or 'v' and a digit).
SbomTool toolOf(QStringView text) {
    const QStringView t = text.trimmed();
    const qsizetype dash = t.lastIndexOf(u'-');
    if (dash > 0 && dash + 1 < t.size()) {
        const QStringView tail = t.mid(dash + 1);
        const bool digit = tail.front().isDigit() ||
                           (tail.size() > 1 && (tail.front() == u'v' || tail.front() == u'V') &&
                            tail.at(1).isDigit());
        if (digit)
            return SbomTool{t.left(dash).toString(), tail.toString()};
    }
    return SbomTool{t.toString(), {}};
}

} // namespace

bool SpdxJsonReader::read(const QJsonObject& root) {
    m_sbom.format = SbomFormat::SpdxJson;
    QString version;
    if (!m_json.needString(root, QLatin1String("spdxVersion"), {}, &version))
        return false;
    if (version != u"SPDX-2.2" && version != u"SPDX-2.3")
        return m_json.fail(QStringLiteral("/spdxVersion"),
                           Text::tr("%1 is not supported; expected SPDX-2.2 or SPDX-2.3")
                               .arg(InputText::quoted(version, 20)));
    m_sbom.specVersion = version.mid(5);

    QString documentId;
    if (!m_json.optString(root, QLatin1String("SPDXID"), {}, &documentId))
        return false;
    if (documentId.isEmpty())
        documentId = QStringLiteral("SPDXRef-DOCUMENT");
    m_assembly.addOtherElement(documentId);
    if (!readCreators(root))
        return false;

    QJsonArray packages;
    const QString packagesWhere = QStringLiteral("/packages");
    if (!m_json.optArray(root, QLatin1String("packages"), {}, &packages))
        return false;
    for (qsizetype i = 0; i < packages.size(); ++i) {
        QJsonObject o;
        if (!m_json.objectAt(packages, i, packagesWhere, &o) ||
            !readPackage(o, SbomJson::element(packagesWhere, i)))
            return false;
    }
    QStringList described;
    if (!readOtherElements(root, QLatin1String("files")) ||
        !readOtherElements(root, QLatin1String("snippets")) ||
        !readRelationships(root, documentId, &described))
        return false;
    if (described.size() == 1)
        m_assembly.promoteToSubject(described.constFirst());
    m_assembly.finish();
    return true;
}

bool SpdxJsonReader::readCreators(const QJsonObject& root) {
    QJsonObject info;
    QJsonArray creators;
    const QString infoWhere = QStringLiteral("/creationInfo");
    const QString creatorsWhere = SbomJson::member(infoWhere, QLatin1String("creators"));
    if (!m_json.optObject(root, QLatin1String("creationInfo"), {}, &info) ||
        !m_json.optArray(info, QLatin1String("creators"), infoWhere, &creators))
        return false;
    for (qsizetype i = 0; i < creators.size(); ++i) {
        QString creator;
        if (!m_json.stringAt(creators, i, creatorsWhere, &creator))
            return false;
        if (creator.startsWith(u"Tool:"))
            m_sbom.tools.append(toolOf(QStringView(creator).mid(5)));
    }
    return true;
}

bool SpdxJsonReader::readPackage(const QJsonObject& o, const QString& where) {
    SbomComponent c;
    c.location = where;
    QString purpose, declared, concluded;
    if (!m_json.needString(o, QLatin1String("SPDXID"), where, &c.ref) ||
        !m_json.optString(o, QLatin1String("name"), where, &c.name) ||
        !m_json.optString(o, QLatin1String("versionInfo"), where, &c.version) ||
        !m_json.optString(o, QLatin1String("primaryPackagePurpose"), where, &purpose) ||
        !m_json.optString(o, QLatin1String("licenseDeclared"), where, &declared) ||
        !m_json.optString(o, QLatin1String("licenseConcluded"), where, &concluded))
        return false;
    if (c.ref.isEmpty())
        return m_json.fail(SbomJson::member(where, QLatin1String("SPDXID")),
                           Text::tr("empty; every package needs one"));
    // OPERATING_SYSTEM -> operating-system, as CycloneDX spells its types.
    c.type = purpose.toLower().replace(u'_', u'-');
    if (isLicence(declared))
        c.licences.append(declared);
    else if (isLicence(concluded))
        c.licences.append(concluded);

    QJsonArray checksums, refs;
    const QString checksumsWhere = SbomJson::member(where, QLatin1String("checksums"));
    const QString refsWhere = SbomJson::member(where, QLatin1String("externalRefs"));
    if (!m_json.optArray(o, QLatin1String("checksums"), where, &checksums) ||
        !m_json.optArray(o, QLatin1String("externalRefs"), where, &refs))
        return false;
    for (qsizetype i = 0; i < checksums.size(); ++i) {
        QJsonObject h;
        QString algorithm, value;
        const QString at = SbomJson::element(checksumsWhere, i);
        if (!m_json.objectAt(checksums, i, checksumsWhere, &h) ||
            !m_json.needString(h, QLatin1String("algorithm"), at, &algorithm) ||
            !m_json.needString(h, QLatin1String("checksumValue"), at, &value))
            return false;
        if (const QString problem = m_assembly.addHash(c, algorithm, value, at); !problem.isEmpty())
            return m_json.fail(SbomJson::member(at, QLatin1String("checksumValue")), problem);
    }
    for (qsizetype i = 0; i < refs.size(); ++i) {
        QJsonObject r;
        QString type, locator;
        const QString at = SbomJson::element(refsWhere, i);
        if (!m_json.objectAt(refs, i, refsWhere, &r) ||
            !m_json.optString(r, QLatin1String("referenceType"), at, &type) ||
            !m_json.optString(r, QLatin1String("referenceLocator"), at, &locator))
            return false;
        if (type == u"purl" && c.purl.isEmpty())
            c.purl = locator;
    }
    if (const QString problem = m_assembly.addComponent(std::move(c), false); !problem.isEmpty())
        return m_json.fail(where, problem);
    return true;
}

bool SpdxJsonReader::readOtherElements(const QJsonObject& root, QLatin1String key) {
    QJsonArray list;
    const QString where = SbomJson::member({}, key);
    if (!m_json.optArray(root, key, {}, &list))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject o;
        QString id;
        if (!m_json.objectAt(list, i, where, &o) ||
            !m_json.needString(o, QLatin1String("SPDXID"), SbomJson::element(where, i), &id))
            return false;
        m_assembly.addOtherElement(id);
    }
    if (key == u"files")
        m_sbom.spdxFiles = int(list.size());
    return true;
}

bool SpdxJsonReader::readRelationships(const QJsonObject& root, const QString& documentId,
                                       QStringList* described) {
    QJsonArray list, describes;
    const QString where = QStringLiteral("/relationships");
    const QString describesWhere = QStringLiteral("/documentDescribes");
    if (!m_json.optArray(root, QLatin1String("documentDescribes"), {}, &describes) ||
        !m_json.optArray(root, QLatin1String("relationships"), {}, &list))
        return false;
    for (qsizetype i = 0; i < describes.size(); ++i) {
        QString id;
        if (!m_json.stringAt(describes, i, describesWhere, &id))
            return false;
        if (!described->contains(id))
            described->append(id);
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject o;
        QString from, type, to;
        const QString at = SbomJson::element(where, i);
        if (!m_json.objectAt(list, i, where, &o) ||
            !m_json.needString(o, QLatin1String("spdxElementId"), at, &from) ||
            !m_json.needString(o, QLatin1String("relationshipType"), at, &type) ||
            !m_json.needString(o, QLatin1String("relatedSpdxElement"), at, &to))
            return false;
        if (type == u"DEPENDS_ON" || type == u"CONTAINS") {
            m_assembly.addEdge(from, to, at);
        } else if (type == u"DEPENDENCY_OF" || type == u"RUNTIME_DEPENDENCY_OF" ||
                   type == u"CONTAINED_BY") {
            m_assembly.addEdge(to, from, at);
        } else if (type == u"DESCRIBES" && from == documentId) {
            if (!described->contains(to))
                described->append(to);
        } else if (type == u"DESCRIBED_BY" && to == documentId) {
            if (!described->contains(from))
                described->append(from);
        }
    }
    return true;
}

} // namespace slipway
