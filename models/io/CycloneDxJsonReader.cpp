// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CycloneDxJsonReader.h"

#include <QCoreApplication>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CycloneDxJsonReader)
};

const QLatin1String kComponents("components");

} // namespace

bool CycloneDxJsonReader::read(const QJsonObject& root) {
    m_sbom.format = SbomFormat::CycloneDxJson;
    const QJsonValue spec = root.value(QLatin1String("specVersion"));
    const QString specWhere = QStringLiteral("/specVersion");
    if (spec.isUndefined())
        return m_json.fail(specWhere, Text::tr("missing; a CycloneDX BOM names its version"));
    if (!spec.isString())
        return m_json.fail(specWhere, Text::tr("expected a string such as \"1.6\""));
    m_sbom.specVersion = spec.toString();
    if (m_sbom.specVersion != u"1.4" && m_sbom.specVersion != u"1.5" &&
        m_sbom.specVersion != u"1.6")
        return m_json.fail(specWhere,
                           Text::tr("CycloneDX %1 is not supported; expected 1.4, 1.5 or 1.6")
                               .arg(InputText::singleLine(m_sbom.specVersion, 20)));

    QJsonObject metadata, subject;
    const QString metaWhere = QStringLiteral("/metadata");
    const QString subjectWhere = SbomJson::member(metaWhere, QLatin1String("component"));
    if (!m_json.optObject(root, QLatin1String("metadata"), {}, &metadata) ||
        !readTools(metadata, metaWhere) ||
        !m_json.optObject(metadata, QLatin1String("component"), metaWhere, &subject))
        return false;
    if (!subject.isEmpty()) {
        SbomComponent c;
        if (!readComponent(subject, subjectWhere, &c))
            return false;
        const QString ref = c.ref;
        if (const QString problem = m_assembly.setSubject(std::move(c)); !problem.isEmpty())
            return m_json.fail(subjectWhere, problem);
        // What the subject is made of belongs to the release as much as the top level does.
        QJsonArray inner;
        const QString innerWhere = SbomJson::member(subjectWhere, kComponents);
        if (!m_json.optArray(subject, kComponents, subjectWhere, &inner) ||
            !readComponents(inner, innerWhere, ref, 1))
            return false;
    }

    QJsonArray components, dependencies;
    if (!m_json.optArray(root, kComponents, {}, &components) ||
        !readComponents(components, QStringLiteral("/components"), {}, 0) ||
        !m_json.optArray(root, QLatin1String("dependencies"), {}, &dependencies) ||
        !readDependencies(dependencies, QStringLiteral("/dependencies")))
        return false;
    m_assembly.finish();
    return true;
}

bool CycloneDxJsonReader::readTools(const QJsonObject& metadata, const QString& where) {
    const QLatin1String key("tools");
    const QJsonValue tools = metadata.value(key);
    const QString toolsWhere = SbomJson::member(where, key);
    QJsonArray list;
    QString listWhere = toolsWhere;
    if (tools.isArray()) { // 1.4, and deprecated since 1.5
        list = tools.toArray();
    } else if (tools.isObject()) { // 1.5+: {"components": [...], "services": [...]}
        QJsonArray services;
        if (!m_json.optArray(tools.toObject(), kComponents, toolsWhere, &list) ||
            !m_json.optArray(tools.toObject(), QLatin1String("services"), toolsWhere, &services))
            return false;
        listWhere = SbomJson::member(toolsWhere, kComponents);
        for (const QJsonValue& s : std::as_const(services))
            list.append(s);
    } else if (!tools.isUndefined() && !tools.isNull()) {
        return m_json.fail(toolsWhere, Text::tr("expected an array or an object"));
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject tool;
        SbomTool t;
        const QString at = SbomJson::element(listWhere, i);
        if (!m_json.objectAt(list, i, listWhere, &tool) ||
            !m_json.optString(tool, QLatin1String("name"), at, &t.name) ||
            !m_json.optString(tool, QLatin1String("version"), at, &t.version))
            return false;
        if (!t.name.isEmpty())
            m_sbom.tools.append(std::move(t));
    }
    return true;
}

bool CycloneDxJsonReader::readComponent(const QJsonObject& o, const QString& where,
                                        SbomComponent* out) {
    out->location = where;
    if (!m_json.optString(o, QLatin1String("bom-ref"), where, &out->ref) ||
        !m_json.optString(o, QLatin1String("name"), where, &out->name) ||
        !m_json.optString(o, QLatin1String("group"), where, &out->group) ||
        !m_json.optString(o, QLatin1String("version"), where, &out->version) ||
        !m_json.optString(o, QLatin1String("purl"), where, &out->purl) ||
        !m_json.optString(o, QLatin1String("type"), where, &out->type))
        return false;

    QJsonArray hashes;
    const QString hashesWhere = SbomJson::member(where, QLatin1String("hashes"));
    if (!m_json.optArray(o, QLatin1String("hashes"), where, &hashes))
        return false;
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        QJsonObject h;
        QString alg, content;
        const QString at = SbomJson::element(hashesWhere, i);
        if (!m_json.objectAt(hashes, i, hashesWhere, &h) ||
            !m_json.needString(h, QLatin1String("alg"), at, &alg) ||
            !m_json.needString(h, QLatin1String("content"), at, &content))
            return false;
        if (const QString problem = m_assembly.addHash(*out, alg, content, at); !problem.isEmpty())
            return m_json.fail(SbomJson::member(at, QLatin1String("content")), problem);
    }

    // [{"license": {"id"|"name"}}, …] or [{"expression": "…"}]
    QJsonArray licences;
    const QString licencesWhere = SbomJson::member(where, QLatin1String("licenses"));
    if (!m_json.optArray(o, QLatin1String("licenses"), where, &licences))
        return false;
    for (qsizetype i = 0; i < licences.size(); ++i) {
        QJsonObject entry, licence;
        QString id, name, expression;
        const QString at = SbomJson::element(licencesWhere, i);
        const QString licenceWhere = SbomJson::member(at, QLatin1String("license"));
        if (!m_json.objectAt(licences, i, licencesWhere, &entry) ||
            !m_json.optString(entry, QLatin1String("expression"), at, &expression) ||
            !m_json.optObject(entry, QLatin1String("license"), at, &licence) ||
            !m_json.optString(licence, QLatin1String("id"), licenceWhere, &id) ||
            !m_json.optString(licence, QLatin1String("name"), licenceWhere, &name))
            return false;
        for (const QString* text : {&expression, &id, &name}) {
            if (!text->isEmpty()) {
                out->licences.append(*text);
                break;
            }
        }
    }
    return true;
}

bool CycloneDxJsonReader::readComponents(const QJsonArray& list, const QString& where,
                                         const QString& parentRef, int depth) {
    if (depth > kMaxDepth)
        return m_json.fail(where, Text::tr("components nested more than %1 deep").arg(kMaxDepth));
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject o;
        SbomComponent c;
        const QString at = SbomJson::element(where, i);
        if (!m_json.objectAt(list, i, where, &o) || !readComponent(o, at, &c))
            return false;
        c.parentRef = parentRef;
        const QString ref = c.ref;
        if (const QString problem = m_assembly.addComponent(std::move(c), depth > 0);
            !problem.isEmpty())
            return m_json.fail(at, problem);
        QJsonArray inner;
        if (!m_json.optArray(o, kComponents, at, &inner))
            return false;
        if (!inner.isEmpty() &&
            !readComponents(inner, SbomJson::member(at, kComponents), ref, depth + 1))
            return false;
    }
    return true;
}

bool CycloneDxJsonReader::readDependencies(const QJsonArray& list, const QString& where) {
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject o;
        QString ref;
        QJsonArray dependsOn;
        const QString at = SbomJson::element(where, i);
        const QString onWhere = SbomJson::member(at, QLatin1String("dependsOn"));
        if (!m_json.objectAt(list, i, where, &o) ||
            !m_json.needString(o, QLatin1String("ref"), at, &ref) ||
            !m_json.optArray(o, QLatin1String("dependsOn"), at, &dependsOn))
            return false;
        QStringList refs, refsWhere;
        refs.reserve(dependsOn.size());
        refsWhere.reserve(dependsOn.size());
        for (qsizetype k = 0; k < dependsOn.size(); ++k) {
            QString to;
            if (!m_json.stringAt(dependsOn, k, onWhere, &to))
                return false;
            refs.append(to);
            refsWhere.append(SbomJson::element(onWhere, k));
        }
        m_assembly.addDependencies(ref, SbomJson::member(at, QLatin1String("ref")), refs,
                                   refsWhere);
    }
    return true;
}

} // namespace slipway
