// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoMatrix.h"

#include "DemoAudit.h"

#include "domain/AuditEntry.h"
#include "domain/Component.h"
#include "rules/EnvironmentMatrixBuilder.h"
#include "rules/SbomPins.h"
#include "storage/AuditLog.h"
#include "storage/ComponentRepository.h"
#include "storage/Database.h"
#include "storage/MatrixFactsReader.h"
#include "storage/PinRepository.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace slipway::DemoMatrix {
namespace {

const QString kPipeline = QStringLiteral("build-service");
const QString kDeveloper = QStringLiteral("jonas.weber"); // development: may edit components
constexpr qint64 kDay = 24 * 3600;

// One library of a demo component list: name, purl without version, version.
struct Library {
    QString name;
    QString purl;
    QString version;
    bool range = false;
};

const QString kOpenSsl = QStringLiteral("openssl");
const QString kJackson = QStringLiteral("jackson-databind");
const QString kNetty = QStringLiteral("netty-handler");
const QString kPhone = QStringLiteral("libphonenumber");
const QString kAuthClient = QStringLiteral("auth-client");

QString purlOf(const QString& name) {
    if (name == kOpenSsl)
        return QStringLiteral("pkg:generic/openssl");
    if (name == kJackson)
        return QStringLiteral("pkg:maven/com.fasterxml.jackson.core/jackson-databind");
    if (name == kNetty)
        return QStringLiteral("pkg:maven/io.netty/netty-handler");
    if (name == kPhone)
        return QStringLiteral("pkg:maven/com.googlecode.libphonenumber/libphonenumber");
    return QStringLiteral("pkg:npm/%40northwind/auth-client");
}

Library lib(const QString& name, const QString& version, bool range = false) {
    return {name, purlOf(name), version, range};
}

struct Writer : DemoAuditWriter {

    // The release's component list as its SBOM would give it: the product as the subject,
    // depending on every library; a library given as a range becomes a pin.
    Result<void> componentList(const MatrixFacts::Release& release, const QString& product,
                               const QList<Library>& libraries, qint64 at) {
        const QString file = QStringLiteral("%1-%2.cdx.json")
                                 .arg(product.toLower().replace(u' ', u'-'), release.version);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash((file + release.name).toUtf8(), QCryptographicHash::Sha256)
                .toHex());
        QList<Component> rows;
        Component subject;
        subject.releaseId = release.id;
        subject.ref = QStringLiteral("subject");
        subject.name = product;
        subject.version = release.version;
        subject.type = QStringLiteral("application");
        subject.subject = true;
        rows << subject;
        for (const Library& l : libraries) {
            Component c;
            c.releaseId = release.id;
            c.ref = l.purl + (l.range ? QString() : u'@' + l.version);
            c.name = l.name;
            c.version = l.version;
            c.versionIsRange = l.range;
            c.purl = l.range ? l.purl : l.purl + u'@' + l.version;
            c.type = QStringLiteral("library");
            rows << c;
        }
        for (Component& c : rows) {
            c.sourceFile = file;
            c.sourceSha256 = sha;
        }
        ComponentRepository components(db);
        if (auto inserted = components.insertAll(rows, kPipeline, at); !inserted)
            return inserted.error();
        QList<ComponentDependency> edges;
        for (int i = 1; i < rows.size(); ++i)
            edges << ComponentDependency{rows.first().id, rows.at(i).id};
        if (auto linked = components.insertDependencies(release.id, edges); !linked)
            return linked.error();
        qint64 pinned = 0;
        PinRepository pins(db);
        for (const Pin& p : SbomPins::derive(release.id, rows, edges)) {
            if (auto written = pins.insert(p, kPipeline, at); !written)
                return written.error();
            ++pinned;
        }
        return audit(at, kPipeline, QStringLiteral("import"), QStringLiteral("release_components"),
                     release.id,
                     {{QStringLiteral("file"), file},
                      {QStringLiteral("sha256"), sha},
                      {QStringLiteral("format"), QStringLiteral("CycloneDX 1.5 JSON")},
                      {QStringLiteral("release_id"), release.id},
                      {QStringLiteral("components"), qint64(rows.size() - 1)},
                      {QStringLiteral("dependency_edges"), qint64(edges.size())},
                      {QStringLiteral("pins"), pinned},
                      {QStringLiteral("subject"), product},
                      {QStringLiteral("first_id"), rows.first().id},
                      {QStringLiteral("last_id"), rows.last().id}});
    }

    Result<void> pin(qint64 releaseId, const QString& component, const QString& target,
                     const QString& constraint, qint64 at) {
        Pin p;
        p.releaseId = releaseId;
        p.component = component;
        p.target = target;
        p.constraint = constraint;
        p.source = Pin::Source::Manual;
        auto written = PinRepository(db).insert(p, kDeveloper, at);
        if (!written)
            return written.error();
        return audit(at, kDeveloper, QStringLiteral("pin"), QStringLiteral("pin"), written->id,
                     {{QStringLiteral("release_id"), releaseId},
                      {QStringLiteral("component"), component},
                      {QStringLiteral("target"), target},
                      {QStringLiteral("constraint"), constraint},
                      {QStringLiteral("source"), QStringLiteral("manual")}});
    }
};

// The release of `product` the matrix places in the first environment of `kind`; 0: none.
qint64 runningIn(const EnvironmentMatrix& m, const QString& product, const QString& kind) {
    const QList<int> rows = m.rowsNamed(product);
    for (int c = 0; c < m.columnCount() && !rows.isEmpty(); ++c) {
        if (m.environments.at(c).kind != kind)
            continue;
        const MatrixCell& cell = m.cell(rows.first(), c);
        return cell.isEmpty() ? 0 : cell.placements.first().releaseId;
    }
    return 0;
}

// The first planned release of `product` after `afterId`; 0: none.
qint64 plannedAfter(const MatrixFacts& facts, const QString& product, qint64 afterId) {
    qint64 found = 0;
    for (auto it = facts.releases.cbegin(); it != facts.releases.cend(); ++it) {
        if (it.key() <= afterId || !EnvironmentMatrixBuilder::isPlanned(it->status) ||
            EnvironmentMatrixBuilder::productOf(it.value()).compare(product, Qt::CaseInsensitive))
            continue;
        if (found == 0 || it.key() < found)
            found = it.key();
    }
    return found;
}

} // namespace

Result<qint64> write(Database& db, qint64 anchorSecs) {
    auto facts = MatrixFactsReader(db).read();
    if (!facts)
        return facts.error();
    const EnvironmentMatrix before = EnvironmentMatrixBuilder::build(facts.value());
    const auto& releases = facts->releases;
    const QString fraud = QStringLiteral("Fraud Scoring");
    const QString payments = QStringLiteral("Payments API");
    const QString notifications = QStringLiteral("Notification Service");

    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    Writer w{{db}};
    qint64 at = anchorSecs - 20 * kDay;
    QSet<qint64> listed;
    const auto list = [&](qint64 releaseId, const QString& product,
                          const QList<Library>& libraries) -> Result<void> {
        if (releaseId == 0 || listed.contains(releaseId) || !releases.contains(releaseId))
            return {};
        listed.insert(releaseId);
        at += 3600;
        return w.componentList(releases[releaseId], product, libraries, at);
    };

    // Fraud Scoring: staging's jackson-databind is not in production and nothing planned
    // brings it (drift); its netty-handler a planned release brings (no drift).
    const qint64 fraudStaging = runningIn(before, fraud, QStringLiteral("staging"));
    const qint64 fraudProduction = runningIn(before, fraud, QStringLiteral("prod"));
    if (fraudStaging && fraudProduction && fraudStaging != fraudProduction) {
        const qint64 next =
            plannedAfter(facts.value(), fraud, std::max(fraudStaging, fraudProduction));
        for (auto r : {list(fraudProduction, fraud,
                            {lib(kOpenSsl, QStringLiteral("3.0.13")),
                             lib(kJackson, QStringLiteral("2.15.2")),
                             lib(kNetty, QStringLiteral("4.1.100"))}),
                       list(fraudStaging, fraud,
                            {lib(kOpenSsl, QStringLiteral("3.0.13")),
                             lib(kJackson, QStringLiteral("2.17.1")),
                             lib(kNetty, QStringLiteral("4.1.108"))}),
                       list(next, fraud,
                            {lib(kOpenSsl, QStringLiteral("3.0.14")),
                             lib(kJackson, QStringLiteral("2.17.2")),
                             lib(kNetty, QStringLiteral("4.1.108"))})}) {
            if (!r)
                return r.error();
        }
        // The planned release needs the newer Jackson production does not run yet.
        if (next) {
            at += 3600;
            if (auto p = w.pin(next, fraud, purlOf(kJackson), QStringLiteral("~2.17.0"), at); !p)
                return p.error();
        }
    }
    // Notification Service runs an older libphonenumber than Payments API's SBOM asks for.
    for (const QString& kind : {QStringLiteral("prod"), QStringLiteral("staging")}) {
        if (auto r = list(
                runningIn(before, notifications, kind), notifications,
                {lib(kOpenSsl, QStringLiteral("3.0.13")), lib(kPhone, QStringLiteral("8.12.57"))});
            !r)
            return r.error();
    }
    // Payments API: an SBOM range on libphonenumber, and pins by hand on two services.
    const qint64 paymentsProduction = runningIn(before, payments, QStringLiteral("prod"));
    for (const QString& kind : {QStringLiteral("prod"), QStringLiteral("staging")}) {
        if (auto r = list(runningIn(before, payments, kind), payments,
                          {lib(kOpenSsl, QStringLiteral("3.0.13")),
                           lib(kAuthClient, QStringLiteral("1.4.2")),
                           lib(kPhone, QStringLiteral("^8.13.0"), true)});
            !r)
            return r.error();
    }
    if (paymentsProduction) {
        at += 3600;
        if (auto p = w.pin(paymentsProduction, payments, QStringLiteral("Identity Provider"),
                           QStringLiteral("^4.0.0"), at);
            !p)
            return p.error();
        at += 3600;
        if (auto p = w.pin(paymentsProduction, payments, notifications,
                           QStringLiteral(">=2.6.0 <3.0.0"), at);
            !p)
            return p.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return w.entries;
}

} // namespace slipway::DemoMatrix
