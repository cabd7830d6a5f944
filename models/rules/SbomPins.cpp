// SPDX-License-Identifier: GPL-3.0-or-later
#include "SbomPins.h"

#include "domain/EnvironmentMatrix.h"
#include "rules/VersionConstraint.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace slipway {
namespace {

QString labelOf(const Component& c) {
    return c.group.isEmpty() ? c.name : c.group + u'/' + c.name;
}

} // namespace

bool SbomPins::looksLikeConstraint(const QString& version) {
    static const QRegularExpression pattern(QStringLiteral(R"([\^~<>=*|\s]|(^|\.)[xX](\.|$))"));
    return pattern.match(version).hasMatch();
}

QList<Pin> SbomPins::derive(qint64 releaseId, const QList<Component>& components,
                            const QList<ComponentDependency>& edges, int* unreadable) {
    QHash<qint64, const Component*> byId;
    for (const Component& c : components)
        byId.insert(c.id, &c);
    QList<Pin> out;
    QSet<QPair<QString, QString>> seen;
    int skipped = 0;
    for (const ComponentDependency& e : edges) {
        const Component* from = byId.value(e.componentId);
        const Component* to = byId.value(e.dependsOnId);
        if (!from || !to)
            continue;
        const QString version = to->version.trimmed();
        if (version.isEmpty())
            continue;
        // One exact version is what the dependency runs, not a pin.
        if (!to->versionIsRange && !looksLikeConstraint(version))
            continue;
        if (!VersionConstraint::parse(version)) {
            skipped += to->versionIsRange ? 1 : 0;
            continue;
        }
        Pin p;
        p.releaseId = releaseId;
        p.component = labelOf(*from);
        p.target = to->purl.isEmpty() ? labelOf(*to) : purlWithoutVersion(to->purl);
        p.constraint = version;
        p.source = Pin::Source::Sbom;
        if (seen.contains({p.component, p.target}))
            continue;
        seen.insert({p.component, p.target});
        out << p;
    }
    if (unreadable)
        *unreadable = skipped;
    return out;
}

} // namespace slipway
