// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComponentService.h"

#include "AuditedWrite.h"
#include "io/Sbom.h"
#include "rules/SbomPins.h"
#include "storage/ComponentRepository.h"
#include "storage/Database.h"
#include "storage/PinRepository.h"
#include "storage/ReleaseRepository.h"

#include <QHash>
#include <QSet>

namespace slipway {
namespace {

Component componentFrom(const SbomComponent& s, qint64 releaseId, const Sbom& sbom,
                        const QString& sourceFile) {
    Component c;
    c.releaseId = releaseId;
    c.ref = s.ref;
    c.name = s.name.trimmed();
    c.group = s.group;
    c.version = s.version;
    c.versionIsRange = s.versionIsRange;
    c.purl = s.purl;
    c.type = s.type;
    c.sha256 = s.hash(u"SHA-256");
    for (const SbomHash& h : s.hashes)
        c.hashes << h.algorithm + u':' + h.hex;
    for (const QString& l : s.licences)
        c.licences << l.simplified(); // one per stored line
    c.parentRef = s.parentRef;
    c.sourceFile = sourceFile;
    c.sourceSha256 = sbom.evidence.sha256;
    return c;
}

} // namespace

ComponentService::ComponentService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<Component>> ComponentService::components(qint64 releaseId) const {
    return ComponentRepository(m_db).forRelease(releaseId);
}

Result<QList<ComponentDependency>> ComponentService::dependencies(qint64 releaseId) const {
    return ComponentRepository(m_db).dependencies(releaseId);
}

Result<ComponentService::Imported> ComponentService::importSbom(qint64 releaseId, const Sbom& sbom,
                                                                const QString& sourceFile) {
    if (auto release = ReleaseRepository(m_db).find(releaseId); !release)
        return release.error();
    Imported counts;
    QList<Component> rows;
    rows.reserve(sbom.components.size() + 1);
    QSet<QString> refs;
    for (const SbomComponent& s : sbom.components) {
        if (s.name.trimmed().isEmpty())
            return Error{Error::Kind::Usage,
                         tr("%1: %2: a component without a name").arg(sourceFile, s.location)};
        rows << componentFrom(s, releaseId, sbom, sourceFile);
        if (!s.ref.isEmpty())
            refs.insert(s.ref);
        counts.withPurl += s.purl.isEmpty() ? 0 : 1;
        counts.withHashes += s.hashes.isEmpty() ? 0 : 1;
    }
    counts.components = rows.size();
    // The subject is kept too, so that its direct dependencies are; a subject sharing a
    // component's ref is that component.
    if (sbom.subject && !sbom.subject->name.trimmed().isEmpty() &&
        (sbom.subject->ref.isEmpty() || !refs.contains(sbom.subject->ref))) {
        Component subject = componentFrom(*sbom.subject, releaseId, sbom, sourceFile);
        subject.subject = true;
        rows.prepend(subject);
        counts.subject = true;
    }

    auto done = AuditedWrite::run(
        m_db, m_session, Action::RegisterArtifact, QStringLiteral("import"),
        QStringLiteral("release_components"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            ComponentRepository repo(m_db);
            auto before = repo.summary(releaseId);
            if (!before)
                return before.error();
            counts.replaced = before->components;
            if (auto removed = repo.removeForRelease(releaseId); !removed)
                return removed.error();
            if (auto inserted = repo.insertAll(rows, m_session.actor, now); !inserted)
                return inserted.error();
            QHash<QString, qint64> idOf;
            idOf.reserve(rows.size());
            for (const Component& c : std::as_const(rows)) {
                if (!c.ref.isEmpty())
                    idOf.insert(c.ref, c.id);
            }
            QList<ComponentDependency> edges;
            QSet<QPair<qint64, qint64>> seen;
            for (const SbomDependency& d : sbom.dependencies) {
                const qint64 from = idOf.value(d.ref);
                for (const QString& to : d.dependsOn) {
                    const qint64 target = idOf.value(to);
                    // The reader resolves every ref; one that names nothing has no row.
                    if (from == 0 || target == 0 || seen.contains({from, target}))
                        continue;
                    seen.insert({from, target});
                    edges << ComponentDependency{from, target};
                }
            }
            if (auto linked = repo.insertDependencies(releaseId, edges); !linked)
                return linked.error();
            counts.edges = edges.size();
            // Dependencies on a range become the release's pins from its SBOM, replaced too.
            int unreadable = 0;
            PinRepository pins(m_db);
            if (auto gone = pins.removeFromSbom(releaseId); !gone)
                return gone.error();
            for (const Pin& p : SbomPins::derive(releaseId, rows, edges, &unreadable)) {
                if (auto pinned = pins.insert(p, m_session.actor, now); !pinned)
                    return pinned.error();
                counts.pins += 1;
            }

            QJsonObject after{{QStringLiteral("file"), sourceFile},
                              {QStringLiteral("bytes"), sbom.evidence.size},
                              {QStringLiteral("sha256"), sbom.evidence.sha256},
                              {QStringLiteral("format"), sbom.formatName()},
                              {QStringLiteral("release_id"), releaseId},
                              {QStringLiteral("components"), counts.components},
                              {QStringLiteral("with_purl"), counts.withPurl},
                              {QStringLiteral("with_hashes"), counts.withHashes},
                              {QStringLiteral("dependency_edges"), counts.edges},
                              {QStringLiteral("pins"), counts.pins},
                              {QStringLiteral("unreadable_ranges"), unreadable},
                              {QStringLiteral("warnings"), qint64(sbom.warnings.size())},
                              {QStringLiteral("subject"), counts.subject
                                                              ? QJsonValue(rows.first().name)
                                                              : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("first_id"), rows.isEmpty() ? 0 : rows.first().id},
                              {QStringLiteral("last_id"), rows.isEmpty() ? 0 : rows.last().id}};
            QJsonObject replaced;
            if (before->components > 0)
                replaced = QJsonObject{{QStringLiteral("file"), before->sourceFile},
                                       {QStringLiteral("sha256"), before->sourceSha256},
                                       {QStringLiteral("components"), before->components},
                                       {QStringLiteral("dependency_edges"), before->edges}};
            return AuditedWrite::Logged{releaseId, replaced, after, {}};
        });
    if (!done)
        return done.error();
    Q_EMIT componentsChanged(releaseId);
    return counts;
}

} // namespace slipway
