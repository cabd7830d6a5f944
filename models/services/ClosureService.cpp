// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClosureService.h"

#include "AuditedWrite.h"
#include "CmdbRecordBuilder.h"
#include "storage/ChecklistRepository.h"
#include "storage/ClosureFactsReader.h"
#include "storage/CmdbRecordRepository.h"
#include "storage/Database.h"
#include "storage/ReleaseRepository.h"

#include <QDateTime>

namespace slipway {

ClosureService::ClosureService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<ChecklistItem>> ClosureService::checklist(qint64 releaseId) const {
    auto stored = ChecklistRepository(m_db).stored(releaseId);
    if (!stored)
        return stored.error();
    QList<ChecklistItem> items;
    for (ChecklistKey key : allChecklistKeys()) {
        ChecklistItem item;
        item.releaseId = releaseId;
        item.key = key;
        for (const ChecklistItem& s : stored.value())
            if (s.key == key)
                item = s;
        items << item;
    }
    return items;
}

Result<ChecklistItem> ClosureService::settle(const ChecklistItem& item) {
    if (const auto problems = validateChecklistItem(item); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    ChecklistItem stored;
    const QString audit = item.state == ChecklistItem::State::Open ? QStringLiteral("reopen")
                                                                   : QStringLiteral("settle");
    auto done = AuditedWrite::run(
        m_db, m_session, Action::SettleClosure, audit, QStringLiteral("closure_checklist"),
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            auto release = ReleaseRepository(m_db).find(item.releaseId);
            if (!release)
                return release.error();
            if (release->status == ReleaseStatus::Closed)
                return Error{Error::Kind::Refused,
                             tr("%1 is closed: its checklist is kept as it was at closure.")
                                 .arg(releaseLabel(release->name, release->version))};
            auto before = checklist(item.releaseId);
            if (!before)
                return before.error();
            ChecklistItem was;
            for (const ChecklistItem& b : before.value())
                if (b.key == item.key)
                    was = b;
            auto written = ChecklistRepository(m_db).write(item, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{item.releaseId, toJson(was), toJson(stored), {}};
        });
    if (!done)
        return done.error();
    Q_EMIT checklistChanged(item.releaseId);
    return stored;
}

Result<ClosureFacts> ClosureService::facts(qint64 releaseId) const {
    auto read = ClosureFactsReader(m_db).read(releaseId);
    if (!read)
        return read.error();
    return read->value(releaseId);
}

Result<QStringList> ClosureService::blockers(qint64 releaseId, qint64 nowUtc) const {
    auto known = facts(releaseId);
    if (!known)
        return known.error();
    return closureBlockers(known.value(), nowUtc);
}

Result<CmdbRecord> ClosureService::record(qint64 releaseId) const {
    auto stored = CmdbRecordRepository(m_db).find(releaseId);
    if (!stored)
        return stored.error();
    if (stored->has_value())
        return stored->value();
    return CmdbRecordBuilder::build(m_db, releaseId, m_session.actor,
                                    QDateTime::currentSecsSinceEpoch());
}

QStringList ClosureService::recordColumns() {
    return {QStringLiteral("number"),
            QStringLiteral("short_description"),
            QStringLiteral("cmdb_ci"),
            QStringLiteral("u_affected_cis"),
            QStringLiteral("u_release_version"),
            QStringLiteral("type"),
            QStringLiteral("state"),
            QStringLiteral("close_code"),
            QStringLiteral("close_notes"),
            QStringLiteral("start_date"),
            QStringLiteral("end_date"),
            QStringLiteral("work_start"),
            QStringLiteral("work_end"),
            QStringLiteral("closed_at"),
            QStringLiteral("closed_by"),
            QStringLiteral("u_deployments"),
            QStringLiteral("u_rolled_back"),
            QStringLiteral("u_validation"),
            QStringLiteral("u_correlated_incidents"),
            QStringLiteral("u_review"),
            QStringLiteral("u_checklist"),
            QStringLiteral("u_slipway_release_id")};
}

Result<void> writeCmdbRecord(Database& db, qint64 releaseId, const QString& actor, qint64 now) {
    auto record = CmdbRecordBuilder::build(db, releaseId, actor, now);
    if (!record)
        return record.error();
    return CmdbRecordRepository(db).write(record.value());
}

} // namespace slipway
