// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeItem.h"

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

struct sqlite3_stmt;

namespace slipway {

// Binds scope items' texts as UTF-8, the encoding SQLite stores, so it converts nothing: the
// fixed keys and the actor once, the rest from one buffer reused for every group of rows. A
// group's texts are bound without a copy, so begin() makes room for all of them first.
class ScopeItemBinder {
public:
    static constexpr int kParameters = 16; // per row, in ScopeRepository's INSERT order

    explicit ScopeItemBinder(const QString& actor);

    void begin(ScopeItem* const* rows, qsizetype count);
    // The item as parameters base + 1 … base + 16: id, title, kind, priority, stakeholder,
    // effort, status, release, external key, description, labels, created by and at, updated
    // by and at, board rank.
    void bind(sqlite3_stmt* st, int base, const ScopeItem& s, qint64 now);

private:
    void bindUtf8(sqlite3_stmt* st, int index, const QString& text);

    QByteArray m_actor;
    // Stateless: a lone surrogate at the end of one field must not carry into the next.
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QByteArray m_buffer;
    char* m_at = nullptr;
};

} // namespace slipway
