// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditHistory.h"

#include "domain/Login.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>

namespace slipway {

AuditHistory::AuditHistory(Database& db, QString entity, qint64 id, QStringList createdBy)
    : m_db(db)
    , m_entity(std::move(entity))
    , m_id(id)
    , m_createdBy(std::move(createdBy)) {}

Result<std::optional<AuditEntry>> AuditHistory::latest(const QStringList& actions) const {
    const AuditFilter filter{QString(), m_entity, m_id};
    constexpr int kPage = 200;
    qint64 before = 0;
    for (;;) {
        auto page = AuditLog(m_db).page(filter, before, kPage);
        if (!page)
            return page.error();
        for (const AuditEntry& e : std::as_const(page.value())) {
            if (actions.contains(e.action))
                return std::optional<AuditEntry>(e);
            if (m_createdBy.contains(e.action))
                return std::optional<AuditEntry>();
        }
        if (page->size() < kPage)
            return std::optional<AuditEntry>();
        before = page->constLast().seq;
    }
}

Result<void> AuditHistory::confirms(const QString& who, const QStringList& doneBy,
                                    const QStringList& undoneBy, const QString& what) const {
    if (who.trimmed().isEmpty())
        return {};
    auto found = latest(doneBy + undoneBy);
    if (!found)
        return found.error();
    const std::optional<AuditEntry>& entry = found.value();
    if (entry && doneBy.contains(entry->action) && sameLogin(entry->actor, who))
        return {};
    return Error{Error::Kind::Permission,
                 QCoreApplication::translate("AuditHistory",
                                             "The audit log does not show that %1 %2, so it "
                                             "cannot be brought back as theirs.")
                     .arg(who.trimmed(), what)};
}

} // namespace slipway
