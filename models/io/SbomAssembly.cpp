// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SbomAssembly.h"
#include "domain/FieldLimits.h"
#include "domain/InputText.h"

#include <QCoreApplication>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SbomAssembly)
};

// Past this many refs that name nothing, one line says how many more there were.
constexpr int kMaxUnknownWarnings = 50;

} // namespace

QString SbomAssembly::checkFields(const SbomComponent& c) const {
    if (c.name.trimmed().isEmpty())
        return Text::tr("the component has no name");
    // Names, versions and purls are short; a runaway one is refused rather than stored.
    for (const auto& [field, value] :
         {std::pair{QStringLiteral("name"), &c.name}, std::pair{QStringLiteral("group"), &c.group},
          std::pair{QStringLiteral("version"), &c.version},
          std::pair{QStringLiteral("purl"), &c.purl}, std::pair{QStringLiteral("ref"), &c.ref},
          std::pair{QStringLiteral("type"), &c.type}}) {
        if (QString problem = FieldLimits::tooLong(field, *value, FieldLimits::kNote);
            !problem.isEmpty())
            return problem;
    }
    for (const QString& licence : c.licences) {
        if (QString problem =
                FieldLimits::tooLong(QStringLiteral("licence"), licence, FieldLimits::kNote);
            !problem.isEmpty())
            return problem;
    }
    return {};
}

QString SbomAssembly::addComponent(SbomComponent component, bool nested) {
    if (QString problem = checkFields(component); !problem.isEmpty())
        return problem;
    if (!component.ref.isEmpty()) {
        if (const auto it = m_refs.constFind(component.ref); it != m_refs.cend())
            return Text::tr("the ref %1 is already the ref of the component at %2")
                .arg(InputText::quoted(component.ref), *it);
        m_refs.insert(component.ref, component.location);
    }
    component.versionIsRange = SbomComponent::looksLikeRange(component.version);
    if (nested)
        ++m_sbom.nestedComponents;
    m_sbom.components.append(std::move(component));
    return {};
}

QString SbomAssembly::setSubject(SbomComponent component) {
    if (QString problem = checkFields(component); !problem.isEmpty())
        return problem;
    component.versionIsRange = SbomComponent::looksLikeRange(component.version);
    m_sbom.subject = std::move(component);
    return {};
}

QString SbomAssembly::addHash(SbomComponent& component, QStringView algorithm, QStringView value,
                              const QString& where) {
    const QString canonical = SbomHash::canonicalAlgorithm(algorithm);
    if (canonical.isEmpty()) {
        m_sbom.warnings.append(Text::tr("%1: %2 is not a hash algorithm CycloneDX or SPDX knows; "
                                        "that hash was left out")
                                   .arg(where, InputText::quoted(algorithm, 40)));
        return {};
    }
    if (QString problem = SbomHash::problem(canonical, value); !problem.isEmpty())
        return problem;
    const QString hex = value.toString().toLower();
    for (const SbomHash& h : std::as_const(component.hashes)) {
        if (h.algorithm != canonical)
            continue;
        if (h.hex == hex)
            return {}; // the same digest twice says nothing new
        return Text::tr("two different %1 hashes for one component").arg(canonical);
    }
    component.hashes.append(SbomHash{canonical, hex});
    return {};
}

bool SbomAssembly::promoteToSubject(const QString& ref) {
    for (qsizetype i = 0; i < m_sbom.components.size(); ++i) {
        if (m_sbom.components.at(i).ref != ref)
            continue;
        m_sbom.subject = m_sbom.components.takeAt(i);
        m_refs.remove(ref);
        return true;
    }
    return false;
}

void SbomAssembly::addDependencies(const QString& ref, const QString& where,
                                   const QStringList& dependsOn,
                                   const QStringList& dependsOnWhere) {
    m_pending.append(Pending{ref, where, dependsOn, dependsOnWhere, true});
}

void SbomAssembly::addEdge(const QString& from, const QString& to, const QString& where) {
    m_pending.append(Pending{from, where, {to}, {where}, false});
}

// SPDX names the document, files, elements of other documents ("DocumentRef-x:SPDXRef-y")
// and the placeholders NONE and NOASSERTION in relationships; none of them is a component.
bool SbomAssembly::isOther(const QString& id) const {
    return m_other.contains(id) || id == u"NONE" || id == u"NOASSERTION" ||
           (id.startsWith(u"DocumentRef-") && id.contains(u':'));
}

bool SbomAssembly::known(const QString& ref, const QString& where) {
    if (!ref.isEmpty() && (m_refs.contains(ref) || (m_sbom.subject && m_sbom.subject->ref == ref)))
        return true;
    auto it = m_unknown.find(ref);
    if (it == m_unknown.end()) {
        it = m_unknown.insert(ref, Unknown{where, 0});
        m_unknownOrder.append(ref);
    }
    ++it->count;
    return false;
}

void SbomAssembly::finish() {
    QHash<QString, qsizetype> entryOf;
    QList<QSet<QString>> seen;
    for (const Pending& p : std::as_const(m_pending)) {
        if (!p.entry && (isOther(p.ref) || isOther(p.dependsOn.constFirst())))
            continue;
        if (!known(p.ref, p.where)) {
            // Its edges go with it; count them against the unknown ref.
            m_unknown[p.ref].count += int(p.dependsOn.size()) - 1;
            continue;
        }
        QStringList kept;
        for (qsizetype i = 0; i < p.dependsOn.size(); ++i) {
            if (known(p.dependsOn.at(i), p.dependsOnWhere.value(i, p.where)))
                kept.append(p.dependsOn.at(i));
        }
        if (kept.isEmpty() && !p.entry)
            continue;
        auto it = entryOf.constFind(p.ref);
        if (it == entryOf.cend()) {
            it = entryOf.insert(p.ref, m_sbom.dependencies.size());
            m_sbom.dependencies.append(SbomDependency{p.ref, {}});
            seen.append(QSet<QString>());
        }
        SbomDependency& entry = m_sbom.dependencies[*it];
        for (const QString& to : std::as_const(kept)) {
            if (!seen[*it].contains(to)) {
                seen[*it].insert(to);
                entry.dependsOn.append(to);
            }
        }
    }
    for (qsizetype i = 0; i < m_unknownOrder.size(); ++i) {
        if (i == kMaxUnknownWarnings) {
            m_sbom.warnings.append(
                Text::tr("%n more refs name no component; their dependencies were left out",
                         nullptr, int(m_unknownOrder.size() - i)));
            break;
        }
        const Unknown& u = m_unknown.value(m_unknownOrder.at(i));
        m_sbom.warnings.append(
            Text::tr("%1: %2 is not the ref of a component in this document; %n dependencies "
                     "naming it were left out",
                     nullptr, qMax(1, u.count))
                .arg(u.where, InputText::quoted(m_unknownOrder.at(i))));
    }
}

} // namespace slipway
