// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeImportService.h"

#include "FreeLater.h"
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
#include <QSet>

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

// A row of the plan (which keeps it) with the release the file places it in.
struct Planned {
    ScopeCsvRow& row;
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
    // Rows map independently (mapRow reads the table and the mapping only), each half of the
    // file on its own core, straight into the plan. Each half also finds the line where each
    // of its keys first appears; a key the second half repeats from the first is found below.
    plan.rows.resize(size_t(count));
    struct Half {
        QHash<QString, int> firstLine; // key -> its first line in this half
        std::vector<int> repeatOf;     // per row: the line the key first appeared on, or 0
    };
    const auto mapRange = [&](qsizetype from, qsizetype to, Half& half) {
        ScopeCsvMapping::Memo memo; // one per thread
        half.firstLine.reserve(to - from);
        half.repeatOf.assign(size_t(to - from), 0);
        for (qsizetype r = from; r < to; ++r) {
            ScopeCsvRow& row = plan.rows[size_t(r)];
            row = mapping.mapRow(table, r, &memo);
            if (row.item.externalKey.isEmpty())
                continue;
            int& firstLine = half.firstLine[row.item.externalKey]; // 0: not seen (lines start at 1)
            if (firstLine == 0)
                firstLine = row.line;
            else
                half.repeatOf[size_t(r - from)] = firstLine;
        }
    };
    const qsizetype split = count >= kParallelRows ? count / 2 : count;
    Half first, second;
    if (split < count) {
        std::thread other(mapRange, split, count, std::ref(second));
        mapRange(0, split, first);
        other.join();
    } else {
        mapRange(0, count, first);
    }
    // Records with the wrong number of fields are refused rows too, named in line order.
    const std::vector<CsvTable::RaggedRow>& ragged = table.raggedRows();
    size_t nextRagged = 0;
    const auto raggedUpTo = [&](int line) {
        for (; nextRagged < ragged.size() && ragged[nextRagged].line < line; ++nextRagged)
            plan.problems << table.raggedProblem(ragged[nextRagged], sourceName);
    };
    size_t kept = 0; // rows before it are the importable ones, in file order
    for (qsizetype r = 0; r < count; ++r) {
        ScopeCsvRow& row = plan.rows[size_t(r)];
        raggedUpTo(row.line);
        int repeated = r < split ? first.repeatOf[size_t(r)] : 0;
        if (r >= split && !row.item.externalKey.isEmpty()) {
            repeated = first.firstLine.value(row.item.externalKey);
            if (repeated == 0)
                repeated = second.repeatOf[size_t(r - split)];
        }
        if (repeated > 0)
            row.problems << Text::tr("%1 appears again (first on line %2)")
                                .arg(InputText::quoted(row.item.externalKey))
                                .arg(repeated);
        if (!row.problems.isEmpty()) {
            plan.problems << Text::tr("%1 line %2: %3.")
                                 .arg(sourceName)
                                 .arg(row.line)
                                 .arg(InputText::singleLine(row.problems.join(QStringLiteral("; ")),
                                                            400));
            continue;
        }
        if (kept != size_t(r))
            plan.rows[kept] = std::move(row);
        ++kept;
    }
    plan.rows.resize(kept);
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

    // Big files go through the rollback journal, which writes each new page once.
    const BulkJournal journal(m_db, plan.rows.size() >= kBulkJournalRows);
    // About 1 KiB of pages per row: the item and its key index entry.
    const CacheBudget cache(m_db, qint64(plan.rows.size()));
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto existing = repo.itemsByExternalKey();
    if (!existing)
        return existing.error();

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
    const QString update = QStringLiteral("update");
    const QString entity = QStringLiteral("scope_item");

    // One pass over the rows (100,000 of them are 30 MB, so each pass costs its cache
    // misses): each is placed by version, the keys its links name are noted, and it is
    // either a new item or an update of the stored one with that key.
    const size_t count = plan.rows.size();
    std::vector<Planned> planned;
    planned.reserve(count);
    QMap<QString, int> unplacedVersions; // fix versions that match no single release
    QSet<QString> linked;                // the keys links name: only these resolve to ids
    std::vector<qint64> ids(count);
    std::vector<ScopeItem*> fresh; // the new items, where the plan keeps them
    std::vector<size_t> freshRows;
    std::vector<int> lines;  // of the new items' rows
    QStringList sourceRanks; // of the new items' rows
    fresh.reserve(count);
    freshRows.reserve(count);
    lines.reserve(count);
    sourceRanks.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        Planned& p = planned.emplace_back(Planned{plan.rows[i], forcedRelease});
        if (forcedRelease == 0) {
            for (const QString& version : std::as_const(p.row.releaseVersions)) {
                const QList<qint64> releases = byVersion->value(version);
                if (releases.size() == 1) {
                    p.releaseId = releases.first();
                    break;
                }
            }
            if (p.releaseId == 0 && !p.row.releaseVersions.isEmpty())
                ++unplacedVersions[p.row.releaseVersions.first()];
        }
        for (const QString& key : std::as_const(p.row.needsKeys))
            linked.insert(key);
        for (const QString& key : std::as_const(p.row.blocksKeys))
            linked.insert(key);
        const QString& key = p.row.item.externalKey;
        const auto found = key.isEmpty() ? existing->cend() : existing->constFind(key);
        if (found == existing->cend()) {
            p.row.item.releaseId = p.releaseId;
            fresh.push_back(&p.row.item);
            freshRows.push_back(i);
            lines.push_back(p.row.line);
            sourceRanks.append(p.row.rank);
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
    for (auto it = unplacedVersions.cbegin(); it != unplacedVersions.cend(); ++it)
        outcome.notes << Text::tr(
                             "%1: version %2 matches no single release; its %n item(s) keep their "
                             "place (new ones go to the backlog).",
                             nullptr, it.value())
                             .arg(sourceName, InputText::quoted(it.key()));
    const bool links = !linked.isEmpty();
    QHash<QString, qint64> idByKey;
    for (const QString& key : std::as_const(linked)) {
        if (const auto it = existing->constFind(key); it != existing->cend())
            idByKey.insert(key, it->id);
    }
    // New items take the file's own order (Jira's Rank) on their boards; items already
    // stored keep the order the board gave them.
    {
        const QList<double> ranks = ScopeRankRule::fromSourceOrder(sourceRanks);
        for (size_t k = 0; k < fresh.size(); ++k)
            fresh[k]->rank = ranks[qsizetype(k)];
    }
    // A large batch builds the (release_id, status) index once afterwards, sorted, instead
    // of updating it row by row; the transaction keeps the drop invisible and undoes it on
    // failure.
    QByteArray releaseIndex;
    if (fresh.size() >= kBulkJournalRows) {
        auto dropped = repo.dropReleaseIndex();
        if (!dropped)
            return dropped.error();
        releaseIndex = std::move(dropped.value());
    }
    // The new items are recorded by one entry for the whole import, naming the file by its
    // SHA-256 and every new item by id, external key and line; updates above keep their own
    // entries with before and after. The new items' ids are reserved first, so the entry is
    // written on the second core while the items are stored.
    ScopeImportRecord record;
    record.file = sourceName;
    record.sha256 = plan.sourceSha256;
    record.bytes = plan.sourceBytes;
    record.release = options.releaseVersion;
    record.rows = outcome.rows;
    record.skipped = outcome.problems.size();
    record.updated = outcome.updated;
    record.unchanged = outcome.unchanged;
    const auto reserved = repo.reserveIds(qint64(fresh.size()));
    if (!reserved)
        return reserved.error();
    QByteArray recordJson;
    std::jthread recording;
    // Ids with gaps (a server's sequence shared with other clients) are listed from the
    // stored items once they are in.
    const bool consecutive = reserved->consecutive();
    if (!fresh.empty() && consecutive)
        recording = std::jthread([&recordJson, &record, &fresh, &lines, first = reserved->first] {
            recordJson = record.toJsonUtf8(fresh, lines, first);
        });
    const auto stored = repo.insertAll(fresh, reserved.value(), m_session.actor, nowSecs);
    if (!stored)
        return stored.error();
    if (!fresh.empty() && !consecutive)
        recordJson = record.toJsonUtf8(fresh, lines);
    if (auto restored = repo.restoreIndex(releaseIndex); !restored)
        return restored.error();
    for (size_t k = 0; k < fresh.size(); ++k) {
        const ScopeItem& item = *fresh[k];
        ids[freshRows[k]] = item.id;
        if (links && linked.contains(item.externalKey))
            idByKey.insert(item.externalKey, item.id);
    }
    outcome.created = qint64(fresh.size());

    // Dependencies last, so that links between rows of the same file resolve. All of them go
    // in one call.
    std::vector<std::pair<qint64, qint64>> newLinks;
    std::vector<qint64> linkLines; // the line of each link
    const auto link = [&](const Planned& p, qint64 itemId, qint64 needsId) {
        if (itemId == needsId)
            return;
        newLinks.emplace_back(itemId, needsId);
        linkLines.push_back(p.row.line);
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
            if (const qint64 id = idByKey.value(other); id > 0)
                link(p, ids[i], id);
            else
                missing(other);
        }
        for (const QString& other : p.row.blocksKeys) {
            if (const qint64 id = idByKey.value(other); id > 0)
                link(p, id, ids[i]);
            else
                missing(other);
        }
    }
    std::vector<bool> added;
    if (!newLinks.empty()) {
        auto wrote = repo.addDependencies(newLinks, m_session.actor, nowSecs);
        if (!wrote)
            return wrote.error();
        added = std::move(wrote.value());
    }

    // The audit entries in one call (on a server, one COPY): the import's own, then one for
    // each link that was new, in the file's order.
    if (recording.joinable())
        recording.join();
    const QByteArray actor = m_session.actor.toUtf8();
    const QByteArray ticket = m_session.changeTicket.toUtf8();
    std::vector<AuditBytes> entries;
    std::vector<QByteArray> linkJson; // what the link entries' views point into
    entries.reserve(newLinks.size() + 1);
    linkJson.reserve(newLinks.size());
    const auto entry = [&](QByteArrayView action, QByteArrayView kind, qint64 id,
                           QByteArrayView after) {
        AuditBytes e;
        e.atMs = nowMs;
        e.actor = actor;
        e.action = action;
        e.entity = kind;
        e.entityId = id;
        e.afterJson = after;
        e.changeTicket = ticket;
        entries.push_back(e);
    };
    if (!fresh.empty())
        entry(ScopeImportRecord::kAction, "scope_item", fresh.front()->id, recordJson);
    for (size_t k = 0; k < newLinks.size(); ++k) {
        if (!added[k])
            continue;
        ++outcome.dependencies;
        linkJson.push_back("{\"item_id\":" + QByteArray::number(newLinks[k].first) +
                           ",\"needs_id\":" + QByteArray::number(newLinks[k].second) +
                           ",\"source_line\":" + QByteArray::number(linkLines[k]) + '}');
        entry("import", "scope_dependency", newLinks[k].first, linkJson.back());
    }
    if (auto logged = audit.appendAll(entries); !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    // The rows written are freed on the second core, without waiting (see FreeLater.h).
    if (planned.size() >= kBulkJournalRows) {
        planned.clear();
        fresh.clear();
        freeLater(std::move(plan.rows), std::move(existing.value()), std::move(idByKey),
                  std::move(sourceRanks));
    }
    return outcome;
}

} // namespace slipway
