// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace slipway {

struct ScopeItem;

// The audit entry that records every item one CSV import created (action "scope.import",
// entity "scope_item", entity id the first new item): the file as given, the SHA-256 and
// size of its bytes, the release asked for, the row counts, and the new items' ids with
// their external keys and source lines in id order. Items the import updated keep an entry
// each with before and after.
struct ScopeImportRecord {
    static constexpr const char* kAction = "scope.import";

    QString file;
    QString sha256;
    qint64 bytes = 0;
    QString release; // --release, empty when rows are placed by their fix versions
    qint64 rows = 0; // in the file
    qint64 skipped = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;

    // Compact JSON with keys in QJsonObject's (sorted) order. `created` are the new items as
    // stored, `lines` the line of each one's row. "first_id" and "last_id" give the range;
    // "ids" lists them only when they are not consecutive. Items without an external key
    // have null in "external_keys".
    QByteArray toJsonUtf8(const QList<ScopeItem>& created, const std::vector<int>& lines) const;
    QByteArray toJsonUtf8(const std::vector<ScopeItem*>& created,
                          const std::vector<int>& lines) const;
    // The same for items that are given the consecutive ids from `firstId` (as
    // ScopeRepository::insertAll gives them), of which only the external keys are read: the
    // entry can be written on another thread while the items are stored.
    QByteArray toJsonUtf8(const std::vector<ScopeItem*>& created, const std::vector<int>& lines,
                          qint64 firstId) const;

private:
    QByteArray json(qsizetype count, const std::function<const ScopeItem&(qsizetype)>& item,
                    const std::vector<int>& lines, qint64 firstId, bool consecutive) const;
};

} // namespace slipway
