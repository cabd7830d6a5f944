// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Component.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;
struct Sbom;

// A release's component list: what its software is made of, with versions, purls, hashes,
// licences and dependencies, as the SBOM imported for it says. An import replaces the whole
// list in one transaction, recorded by one audit entry naming the file, its SHA-256 and the
// counts; the right to do it is the right to register artifacts.
class ComponentService : public QObject {
    Q_OBJECT
public:
    ComponentService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<Component>> components(qint64 releaseId) const;
    Result<QList<ComponentDependency>> dependencies(qint64 releaseId) const;

    struct Imported {
        qint64 components = 0; // the SBOM's, its subject not counted
        qint64 withPurl = 0;
        qint64 withHashes = 0;
        qint64 edges = 0;    // dependency edges stored
        qint64 replaced = 0; // components of the list this one replaced, subject included
        qint64 pins = 0;     // dependencies on a range, stored as pins (SbomPins)
        bool subject = false;
    };
    // Replaces the release's component list with `sbom`'s components and its subject, and
    // their dependencies, and its pins from the SBOM with SbomPins' (hand-set pins stay).
    // `sourceFile` is the SBOM as the user named it.
    Result<Imported> importSbom(qint64 releaseId, const Sbom& sbom, const QString& sourceFile);

Q_SIGNALS:
    void componentsChanged(qint64 releaseId);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
