// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace slipway {

class Database;

// When each scope item was first committed, from its audit history: the first entry showing it
// committed, in progress or done. Reading an item's history is the costly part of the service
// report, so the times are kept between reports and brought up to date from the entries
// appended since; the audit log is append-only, and a head that no longer matches (another
// file, a restored copy) starts over.
class ScopeCommitTimes {
public:
    // Kept between reports: every item of a release is read, so that one committed later is
    // known already. For one report only: the items committed, in progress or done now, which
    // are all a report asks for.
    enum class Reading { WholeReleases, CommittedItems };
    explicit ScopeCommitTimes(Reading reading = Reading::WholeReleases)
        : m_reading(reading) {}

    // Brings what is known up to the log's head, then reads the history of the items not known
    // yet, and of the other items of their releases (when reading whole releases). `items`:
    // item id and its release id.
    Result<void> load(Database& db, const QList<std::pair<qint64, qint64>>& items);
    // Milliseconds since the epoch; none when the history never shows the item committed (or
    // the item was not loaded).
    std::optional<qint64> committedAtMs(qint64 id) const { return m_times.value(id); }

private:
    Reading m_reading;
    QHash<qint64, std::optional<qint64>> m_times;
    qint64 m_seq = 0; // the audit entry the times are up to
    QString m_hash;   // its hash, to notice a different log
};

} // namespace slipway
