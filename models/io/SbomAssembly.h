// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Sbom.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace slipway {

// Builds one Sbom from what a format reader finds, with the same rules for every format:
// each component is checked as it comes (a name, field lengths, hashes), and dependencies are
// resolved once the whole document is in. A dependency that names a ref the document does
// not define is left out with a warning, not refused: real generators write such files (Syft
// 0.60's SPDX has its source element CONTAIN every package without defining it).
class SbomAssembly {
public:
    explicit SbomAssembly(Sbom& sbom)
        : m_sbom(sbom) {}

    // Each returns why the part is refused, without its location; empty when it was taken.
    QString addComponent(SbomComponent component, bool nested);
    QString setSubject(SbomComponent component);
    // Adds a digest to `component`. An algorithm no format knows is a warning (at `where`) and
    // the digest is left out; a value that is not a digest of a known algorithm is refused, as
    // is a second, different value for the same algorithm.
    QString addHash(SbomComponent& component, QStringView algorithm, QStringView value,
                    const QString& where);

    // Makes the SPDX component `ref` the subject; false when no component has that ref.
    bool promoteToSubject(const QString& ref);
    // An SPDX element that relationships may name but that is not a component (the document,
    // a file): relationships with one are not dependencies and are ignored without a warning.
    void addOtherElement(const QString& id) { m_other.insert(id); }

    // CycloneDX: `ref` depends on each of `dependsOn`; `where` locates each ref for warnings.
    void addDependencies(const QString& ref, const QString& where, const QStringList& dependsOn,
                         const QStringList& dependsOnWhere);
    // SPDX: one relationship read as "from depends on to".
    void addEdge(const QString& from, const QString& to, const QString& where);

    // Resolves the dependencies into the Sbom. Call once, after every part is in.
    void finish();

private:
    struct Pending {
        QString ref;
        QString where;
        QStringList dependsOn;
        QStringList dependsOnWhere;
        bool entry = false; // a CycloneDX entry: kept even when it depends on nothing
    };
    struct Unknown {
        QString where;
        int count = 0;
    };
    bool isOther(const QString& id) const;
    bool known(const QString& ref, const QString& where);
    QString checkFields(const SbomComponent& c) const;

    Sbom& m_sbom;
    QHash<QString, QString> m_refs; // component ref -> its location
    QSet<QString> m_other;
    QList<Pending> m_pending;
    QHash<QString, Unknown> m_unknown;
    QStringList m_unknownOrder;
};

} // namespace slipway
