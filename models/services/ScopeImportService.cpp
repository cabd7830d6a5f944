// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeImportService.h"

#include "ScopeImportRecord.h"

#include "domain/InputText.h"
#include "io/CsvTable.h"
#include "io/ScopeCsvMapping.h"
#include "rules/Permissions.h"
#include "rules/ScopeRankRule.h"
#include "storage/AuditAppender.h"
#include "storage/BulkJournal.h"
#include "storage/CacheBudget.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/ScopeRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <limits>
#include <thread>
#include <vector>

namespace slipway {
namespace {

using Field = ScopeCsvMapping::Field;

// From this many rows the import's write outweighs briefly keeping readers of other
// programs out (see BulkJournal).
constexpr size_t kBulkJournalRows = 5000;
// From this many rows the second core maps half the file. Below it a thread costs more than
// it saves.
constexpr qsizetype kParallelRows = 2000;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScopeImportService)
};

struct Planned {
    ScopeCsvRow row;
    qint64 releaseId = 0; // 0: the file does not place it
};

// The item as the row leaves it: what the file provides replaces the stored value, the
// rest stays as people set it in Slipway.
ScopeItem merged(const ScopeItem& old, const Planned& p, const ScopeCsvMapping& mapping) {
    ScopeItem m = p.row.item;
    m.id = old.id;
    m.rowVersion = old.rowVersion;
    if (!mapping.provides(Field::Kind) && m.kind != ScopeKind::Regulatory)
        m.kind = old.kind;
    if (!mapping.provides(Field::Priority))
        m.priority = old.priority;
    if (!mapping.provides(Field::Status) && !mapping.provides(Field::StatusCategory))
        m.status = old.status;
    if (!mapping.provides(Field::Stakeholder))
        m.stakeholder = old.stakeholder;
    // Trackers export the story-point column whether or not a team estimates there, so an
    // empty cell must not wipe an estimate made in Slipway.
    if (!p.row.effortGiven)
        m.effort = old.effort;
    if (!mapping.provides(Field::Description))
        m.description = old.description;
    if (!mapping.provides(Field::Labels))
        m.labels = old.labels;
    m.releaseId = p.releaseId > 0 ? p.releaseId : old.releaseId;
    return m;
}

QString versionList(const QHash<QString, QList<qint64>>& byVersion) {
    QStringList versions = byVersion.keys();
    versions.sort();
    if (versions.size() > 12)
        versions = versions.mid(0, 12) << QStringLiteral("…");
    return versions.isEmpty() ? Text::tr("there are no releases yet")
                              : versions.join(QStringLiteral(", "));
}

} // namespace

ScopeImportService::ScopeImportService(Database& db, Session session)
    : m_db(db)
    , m_session(std::move(session)) {}

ScopeImportService::Plan ScopeImportService::check(const CsvTable& table,
                                                   const ScopeCsvMapping& mapping,
                                                   const QString& sourceName) {
    Plan plan;
    const qsizetype count = table.rowCount();
    plan.total = count + qsizetype(table.raggedRows().size());
    plan.sourceSha256 = table.sha256();
    plan.sourceBytes = table.sourceBytes();
    plan.rows.reserve(size_t(count));
    // Rows map independently (mapRow reads the table and the mapping only); the checks that
    // span rows, such as repeated keys, run below in file order.
    std::vector<ScopeCsvRow> mapped(static_cast<size_t>(count));
    const auto mapRange = [&](qsizetype from, qsizetype to) {
        for (qsizetype r = from; r < to; ++r)
            mapped[size_t(r)] = mapping.mapRow(table, r);
    };
    if (count >= kParallelRows) {
        std::thread second(mapRange, count / 2, count);
        mapRange(0, count / 2);
        second.join();
    } else {
        mapRange(0, count);
    }
    QHash<QString, int> firstLineOfKey;
    firstLineOfKey.reserve(count);
    // Records with the wrong number of fields are refused rows too, named in line order.
    const std::vector<CsvTable::RaggedRow>& ragged = table.raggedRows();
    size_t nextRagged = 0;
    const auto raggedUpTo = [&](int line) {
        for (; nextRagged < ragged.size() && ragged[nextRagged].line < line; ++nextRagged)
            plan.problems << table.raggedProblem(ragged[nextRagged], sourceName);
    };
    for (qsizetype r = 0; r < count; ++r) {
        ScopeCsvRow row = std::move(mapped[size_t(r)]);
        raggedUpTo(row.line);
        const QString& key = row.item.externalKey;
        if (!key.isEmpty()) {
            if (const int first = firstLineOfKey.value(key); first > 0)
                row.problems << Text::tr("%1 appears again (first on line %2)")
                                    .arg(InputText::quoted(key))
                                    .arg(first);
            else
                firstLineOfKey.insert(key, row.line);
        }
        if (!row.problems.isEmpty()) {
            plan.problems << Text::tr("%1 line %2: %3.")
                                 .arg(sourceName)
                                 .arg(row.line)
                                 .arg(InputText::singleLine(row.problems.join(QStringLiteral("; ")),
                                                            400));
            continue;
        }
        plan.rows.push_back(std::move(row));
    }
    raggedUpTo(std::numeric_limits<int>::max());
    return plan;
}

Result<ScopeImportService::Outcome> ScopeImportService::import(const CsvTable& table,
                                                               const ScopeCsvMapping& mapping,
                                                               const QString& sourceName,
                                                               const Options& options) {
    return import(check(table, mapping, sourceName), mapping, sourceName, options);
}

Result<ScopeImportService::Outcome> ScopeImportService::import(Plan plan,
                                                               const ScopeCsvMapping& mapping,
                                                               const QString& sourceName,
                                                               const Options& options) {
    Outcome outcome;
    outcome.rows = plan.total;
    outcome.problems = std::move(plan.problems);
    if (!outcome.problems.isEmpty() && (!options.skipInvalid || plan.rows.empty())) {
        outcome.refused = true;
        return outcome;
    }

    auto rights = PeopleRepository(m_db).rightsOf(m_session.actor);
    if (!rights)
        return rights.error();
    if (auto allowed = authorize(rights.value(), Action::EditScope); !allowed)
        return allowed.error();

    ScopeRepository repo(m_db);
    auto byVersion = repo.releaseIdsByVersion();
    if (!byVersion)
        return byVersion.error();
    qint64 forcedRelease = options.releaseId;
    if (forcedRelease == 0 && !options.releaseVersion.isEmpty()) {
        const QList<qint64> ids = byVersion->value(options.releaseVersion);
        if (ids.isEmpty())
            return Error{Error::Kind::Usage,
                         Text::tr("--release: no release has version %1 (versions: %2)")
                             .arg(InputText::quoted(options.releaseVersion),
                                  versionList(byVersion.value()))};
        if (ids.size() > 1)
            return Error{
                Error::Kind::Usage,
                Text::tr("--release: %1 releases have version %2; give each a distinct version "
                         "first")
                    .arg(ids.size())
                    .arg(InputText::quoted(options.releaseVersion))};
        forcedRelease = ids.first();
    }

    // Place rows by version before anything is written.
    std::vector<Planned> planned;
    planned.reserve(plan.rows.size());
    QMap<QString, int> unplacedVersions; // fix versions that match no single release
    for (ScopeCsvRow& row : plan.rows) {
        Planned p{std::move(row), forcedRelease};
        if (forcedRelease == 0) {
            for (const QString& version : std::as_const(p.row.releaseVersions)) {
                const QList<qint64> ids = byVersion->value(version);
                if (ids.size() == 1) {
                    p.releaseId = ids.first();
                    break;
                }
            }
            if (p.releaseId == 0 && !p.row.releaseVersions.isEmpty())
                ++unplacedVersions[p.row.releaseVersions.first()];
        }
        planned.push_back(std::move(p));
    }
    for (auto it = unplacedVersions.cbegin(); it != unplacedVersions.cend(); ++it)
        outcome.notes << Text::tr(
                             "%1: version %2 matches no single release; its %n item(s) keep their "
                             "place (new ones go to the backlog).",
                             nullptr, it.value())
                             .arg(sourceName, InputText::quoted(it.key()));

    // Big files go through the rollback journal, which writes each new page once.
    const BulkJournal journal(m_db, planned.size() >= kBulkJournalRows);
    // About 1 KiB of pages per row: the item and its key index entry.
    const CacheBudget cache(m_db, qint64(planned.size()));
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto existing = repo.itemsByExternalKey();
    if (!existing)
        return existing.error();
    // Keys resolve to ids only for files that link items; most files do not.
    const bool links = std::any_of(planned.cbegin(), planned.cend(), [](const Planned& p) {
        return !p.row.needsKeys.isEmpty() || !p.row.blocksKeys.isEmpty();
    });
    QHash<QString, qint64> idByKey;
    if (links) {
        idByKey.reserve(existing->size() + qsizetype(planned.size()));
        for (auto it = existing->cbegin(); it != existing->cend(); ++it)
            idByKey.insert(it.key(), it->id);
    }

    AuditAppender audit(m_db);
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const auto log = [&](const QString& action, const QString& entity, qint64 id, QString before,
                         QString after) -> Result<void> {
        AuditEntry e;
        e.atMs = nowMs;
        e.actor = m_session.actor;
        e.action = action;
        e.entity = entity;
        e.entityId = id;
        e.beforeJson = std::move(before);
        e.afterJson = std::move(after);
        e.changeTicket = m_session.changeTicket;
        if (auto appended = audit.append(std::move(e)); !appended)
            return appended.error();
        return {};
    };
    const QString create = QStringLiteral("import");
    const QString update = QStringLiteral("update");
    const QString entity = QStringLiteral("scope_item");

    std::vector<qint64> ids(planned.size());
    QList<ScopeItem> fresh;
    std::vector<size_t> freshRows;
    fresh.reserve(qsizetype(planned.size()));
    freshRows.reserve(planned.size());
    for (size_t i = 0; i < planned.size(); ++i) {
        const Planned& p = planned[i];
        const QString& key = p.row.item.externalKey;
        const auto found = key.isEmpty() ? existing->cend() : existing->constFind(key);
        if (found == existing->cend()) {
            fresh.append(p.row.item);
            fresh.back().releaseId = p.releaseId;
            freshRows.push_back(i);
            continue;
        }
        const ScopeItem next = merged(found.value(), p, mapping);
        ids[i] = found->id;
        if (next.sameContent(found.value())) {
            ++outcome.unchanged;
            continue;
        }
        auto stored = repo.update(next, m_session.actor, nowSecs);
        if (!stored)
            return stored.error();
        if (auto logged = log(update, entity, stored->id, toAuditJson(found.value()),
                              toAuditJson(stored.value()));
            !logged)
            return logged.error();
        ++outcome.updated;
    }
    // New items take the file's own order (Jira's Rank) on their boards; items already
    // stored keep the order the board gave them.
    {
        QStringList sourceRanks;
        sourceRanks.reserve(fresh.size());
        for (size_t row : freshRows)
            sourceRanks.append(planned[row].row.rank);
        const QList<double> ranks = ScopeRankRule::fromSourceOrder(sourceRanks);
        for (qsizetype k = 0; k < fresh.size(); ++k)
            fresh[k].rank = ranks[k];
    }
    // A large batch builds the (release_id, status) index once afterwards, sorted, instead
    // of updating it row by row; the transaction keeps the drop invisible and undoes it on
    // failure.
    QByteArray releaseIndex;
    if (fresh.size() >= qsizetype(kBulkJournalRows)) {
        auto dropped = repo.dropReleaseIndex();
        if (!dropped)
            return dropped.error();
        releaseIndex = std::move(dropped.value());
    }
    const auto stored = repo.insertAll(fresh, m_session.actor, nowSecs);
    if (!stored)
        return stored.error();
    if (auto restored = repo.restoreIndex(releaseIndex); !restored)
        return restored.error();
    for (qsizetype k = 0; k < fresh.size(); ++k) {
        const ScopeItem& item = fresh[k];
        ids[freshRows[size_t(k)]] = item.id;
        if (links && !item.externalKey.isEmpty())
            idByKey.insert(item.externalKey, item.id);
    }
    outcome.created = fresh.size();
    // The new items are recorded by one entry for the whole import, naming the file by its
    // SHA-256 and every new item by id, external key and line; updates above keep their own
    // entries with before and after.
    if (!fresh.isEmpty()) {
        std::vector<int> lines(freshRows.size());
        for (size_t k = 0; k < freshRows.size(); ++k)
            lines[k] = planned[freshRows[k]].row.line;
        ScopeImportRecord record;
        record.file = sourceName;
        record.sha256 = plan.sourceSha256;
        record.bytes = plan.sourceBytes;
        record.release = options.releaseVersion;
        record.rows = outcome.rows;
        record.skipped = outcome.problems.size();
        record.updated = outcome.updated;
        record.unchanged = outcome.unchanged;
        const QByteArray after = record.toJsonUtf8(fresh, lines);
        const QByteArray actor = m_session.actor.toUtf8();
        const QByteArray ticket = m_session.changeTicket.toUtf8();
        AuditBytes entry;
        entry.atMs = nowMs;
        entry.actor = actor;
        entry.action = ScopeImportRecord::kAction;
        entry.entity = "scope_item";
        entry.entityId = fresh.first().id;
        entry.afterJson = after;
        entry.changeTicket = ticket;
        if (auto logged = audit.append(entry); !logged)
            return logged.error();
    }

    // Dependencies last, so that links between rows of the same file resolve.
    const QString dependency = QStringLiteral("scope_dependency");
    const auto link = [&](const Planned& p, qint64 itemId, qint64 needsId) -> Result<void> {
        if (itemId == needsId)
            return {};
        auto added = repo.addDependency(itemId, needsId, m_session.actor, nowSecs);
        if (!added)
            return added.error();
        if (!added.value())
            return {};
        ++outcome.dependencies;
        const QString after = QStringLiteral("{\"item_id\":%1,\"needs_id\":%2,\"source_line\":%3}")
                                  .arg(itemId)
                                  .arg(needsId)
                                  .arg(p.row.line);
        return log(create, dependency, itemId, {}, after);
    };
    for (size_t i = 0; i < planned.size(); ++i) {
        const Planned& p = planned[i];
        const auto missing = [&](const QString& other) {
            outcome.notes << Text::tr(
                                 "%1 line %2: %3 is neither in the file nor in Slipway; the link "
                                 "to it was left out.")
                                 .arg(sourceName)
                                 .arg(p.row.line)
                                 .arg(InputText::quoted(other));
        };
        for (const QString& other : p.row.needsKeys) {
            if (const qint64 id = idByKey.value(other); id > 0) {
                if (auto done = link(p, ids[i], id); !done)
                    return done.error();
            } else {
                missing(other);
            }
        }
        for (const QString& other : p.row.blocksKeys) {
            if (const qint64 id = idByKey.value(other); id > 0) {
                if (auto done = link(p, id, ids[i]); !done)
                    return done.error();
            } else {
                missing(other);
            }
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace slipway
