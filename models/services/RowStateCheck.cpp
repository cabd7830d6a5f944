// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowStateCheck.h"

#include "domain/Artifact.h"
#include "domain/Blackout.h"
#include "domain/ChangeRequest.h"
#include "domain/ConfigItem.h"
#include "domain/Deployment.h"
#include "domain/Environment.h"
#include "domain/Freeze.h"
#include "domain/Gate.h"
#include "domain/LifecycleOverride.h"
#include "domain/Person.h"
#include "domain/Release.h"
#include "storage/ArtifactRepository.h"
#include "storage/AuditImages.h"
#include "storage/BlackoutRepository.h"
#include "storage/ChangeRequestRepository.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/DeploymentRepository.h"
#include "storage/EnvironmentRepository.h"
#include "storage/FreezeRepository.h"
#include "storage/GateRepository.h"
#include "storage/LifecycleOverrideRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/RunbookRepository.h"
#include "storage/SigningKeyRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RowStateCheck)
};

struct Kind {
    QString entity; // the audit log's name
    QString table;
    std::function<Result<QHash<qint64, QJsonObject>>(Database&)> rows;
    // Rows whose history may hold entries that are not whole rows (a file made by the demo or
    // an import describes them in its own words): those are compared only once Slipway has
    // written a whole row, and flagged only when no entry names them at all.
    bool partialHistory = false;
    // What marks an entry that pictures the whole row; most rows carry their version.
    QString wholeRowKey = QStringLiteral("\"row_version\":");
};

template <typename T> QHash<qint64, QJsonObject> byId(const QList<T>& list) {
    QHash<qint64, QJsonObject> out;
    for (const T& item : list)
        out.insert(item.id, toJson(item));
    return out;
}

template <typename Repo, typename Read>
std::function<Result<QHash<qint64, QJsonObject>>(Database&)> allOf(Read read) {
    return [read](Database& db) -> Result<QHash<qint64, QJsonObject>> {
        Repo repo(db);
        auto all = read(repo);
        if (!all)
            return all.error();
        return byId(all.value());
    };
}

QList<Kind> kinds() {
    return {
        {QStringLiteral("blackout"), QStringLiteral("blackouts"),
         allOf<BlackoutRepository>([](BlackoutRepository& r) { return r.all(); }), true},
        {QStringLiteral("incident_freeze"), QStringLiteral("incident_freezes"),
         allOf<FreezeRepository>([](FreezeRepository& r) { return r.all(); }), true},
        {QStringLiteral("environment"), QStringLiteral("environments"),
         allOf<EnvironmentRepository>([](EnvironmentRepository& r) { return r.all(); }), true},
        {QStringLiteral("person"), QStringLiteral("people"),
         allOf<PeopleRepository>([](PeopleRepository& r) { return r.all(); }), true},
        {QStringLiteral("release"), QStringLiteral("releases"),
         [](Database& db) -> Result<QHash<qint64, QJsonObject>> {
             auto all = ReleaseRepository(db).all();
             if (!all)
                 return all.error();
             return byId(all.value());
         }},
        {QStringLiteral("change_request"), QStringLiteral("change_requests"),
         [](Database& db) -> Result<QHash<qint64, QJsonObject>> {
             auto all = ChangeRequestRepository(db).all();
             if (!all)
                 return all.error();
             return byId(all.value());
         }},
        {QStringLiteral("deployment"), QStringLiteral("deployments"),
         [](Database& db) -> Result<QHash<qint64, QJsonObject>> {
             auto all = DeploymentRepository(db).list();
             if (!all)
                 return all.error();
             return byId(all.value());
         }},
        {QStringLiteral("lifecycle_override"), QStringLiteral("lifecycle_overrides"),
         [](Database& db) -> Result<QHash<qint64, QJsonObject>> {
             LifecycleOverrideRepository repo(db);
             auto all = repo.unsettled();
             if (!all)
                 return all.error();
             return byId(all.value()); // settled ones are history: not compared
         }},
        // A criterion's evidence, with the artifact digests it names: each import's audit
        // entry pictures it whole.
        {QStringLiteral("gate_criterion"), QStringLiteral("gate_criteria"),
         [](Database& db) -> Result<QHash<qint64, QJsonObject>> {
             auto all = GateRepository(db).all();
             if (!all)
                 return all.error();
             QHash<qint64, QJsonObject> out;
             for (const ReleaseGate& g : all.value())
                 for (const GateCriterion& c : g.criteria)
                     if (c.evidence)
                         out.insert(c.id, toJson(*c.evidence));
             return out;
         },
         true, QStringLiteral("\"imported_by\":")},
        {QStringLiteral("artifact"), QStringLiteral("artifacts"),
         [](Database& db) -> Result<QHash<qint64, QJsonObject>> {
             if (db.schemaVersion() < 14)
                 return QHash<qint64, QJsonObject>();
             auto all = ArtifactRepository(db).forRelease(0);
             if (!all)
                 return all.error();
             return byId(all.value());
         }},
        {QStringLiteral("signing_key"), QStringLiteral("signing_keys"),
         [](Database& db) -> Result<QHash<qint64, QJsonObject>> {
             if (db.schemaVersion() < 14)
                 return QHash<qint64, QJsonObject>();
             auto all = SigningKeyRepository(db).all();
             if (!all)
                 return all.error();
             return byId(all.value());
         }},
        // A value marked secret is compared by its SHA-256, as its audit image keeps it.
        {QStringLiteral("config_item"), QStringLiteral("config_items"),
         [](Database& db) -> Result<QHash<qint64, QJsonObject>> {
             if (db.schemaVersion() < 16)
                 return QHash<qint64, QJsonObject>();
             auto all = ConfigRepository(db).items(0);
             if (!all)
                 return all.error();
             return byId(all.value());
         }},
        // A runbook with its steps and triggers; its rehearsals are audited on their own.
        {QStringLiteral("runbook"), QStringLiteral("runbooks"),
         [](Database& db) -> Result<QHash<qint64, QJsonObject>> {
             QHash<qint64, QJsonObject> out;
             if (db.schemaVersion() < 20)
                 return out;
             RunbookRepository repo(db);
             auto releases = repo.releaseIds();
             if (!releases)
                 return releases.error();
             for (qint64 releaseId : std::as_const(releases.value())) {
                 auto book = repo.forRelease(releaseId);
                 if (!book)
                     return book.error();
                 if (!book->has_value())
                     continue;
                 QJsonObject image = toJson(book->value());
                 image.remove(QStringLiteral("rehearsals"));
                 out.insert(book->value().id, image);
             }
             return out;
         }},
    };
}

} // namespace

Result<QList<RowStateFinding>> RowStateCheck::run(Database& db) {
    QList<RowStateFinding> out;
    for (const Kind& kind : kinds()) {
        auto images = AuditImages(db).latest(kind.entity, kind.wholeRowKey);
        if (!images)
            return images.error();
        QHash<qint64, AuditImage> anyEntry;
        if (kind.partialHistory) {
            auto any = AuditImages(db).latest(kind.entity, QStringLiteral("{"));
            if (!any)
                return any.error();
            anyEntry = any.value();
        }
        auto rows = kind.rows(db);
        if (!rows)
            return rows.error();
        for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
            const auto image = images->constFind(it.key());
            RowStateFinding f{kind.table, it.key(), {}, {}};
            if (image == images->cend() && anyEntry.contains(it.key()))
                continue; // described in other words; nothing whole to compare with yet
            if (image == images->cend()) {
                f.message = Text::tr("%1 row %2 has no audit entry: it was added with another tool")
                                .arg(kind.table)
                                .arg(it.key());
                out << f;
                continue;
            }
            if (image->afterJson.isEmpty()) {
                f.message =
                    Text::tr("%1 row %2 was deleted (audit entry %3) and is back without one")
                        .arg(kind.table)
                        .arg(it.key())
                        .arg(image->seq);
                out << f;
                continue;
            }
            const QJsonObject after = QJsonDocument::fromJson(image->afterJson.toUtf8()).object();
            const QJsonObject now = it.value();
            // Content only: the version moves with edits of one facet, which are audited
            // as that facet.
            for (auto key = after.constBegin(); key != after.constEnd(); ++key)
                if (key.key() != u"row_version" && now.contains(key.key()) &&
                    now.value(key.key()) != key.value())
                    f.fields << key.key();
            if (f.fields.isEmpty())
                continue;
            f.message = Text::tr("%1 row %2 differs from its audit entry %3 in %4: changed with "
                                 "another tool")
                            .arg(kind.table)
                            .arg(it.key())
                            .arg(image->seq)
                            .arg(f.fields.join(QStringLiteral(", ")));
            out << f;
        }
    }
    return out;
}

} // namespace slipway
