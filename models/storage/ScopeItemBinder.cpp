// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeItemBinder.h"

#include <sqlite3.h>

#include <cstring>

namespace slipway {
namespace {

constexpr char kLabelSeparator[] = "; "; // as ScopeRepository joins and splits labels

const QByteArray& keyOf(ScopeKind v) {
    static const QByteArray keys[] = {
        toKey(ScopeKind::Feature).toUtf8(), toKey(ScopeKind::Fix).toUtf8(),
        toKey(ScopeKind::Patch).toUtf8(), toKey(ScopeKind::TechDebt).toUtf8(),
        toKey(ScopeKind::Regulatory).toUtf8()};
    return keys[int(v)];
}

const QByteArray& keyOf(ScopePriority v) {
    static const QByteArray keys[] = {
        toKey(ScopePriority::Critical).toUtf8(), toKey(ScopePriority::High).toUtf8(),
        toKey(ScopePriority::Medium).toUtf8(), toKey(ScopePriority::Low).toUtf8()};
    return keys[int(v)];
}

const QByteArray& keyOf(ScopeStatus v) {
    static const QByteArray keys[] = {
        toKey(ScopeStatus::Proposed).toUtf8(), toKey(ScopeStatus::Committed).toUtf8(),
        toKey(ScopeStatus::InProgress).toUtf8(), toKey(ScopeStatus::Done).toUtf8(),
        toKey(ScopeStatus::Deferred).toUtf8()};
    return keys[int(v)];
}

void bindKey(sqlite3_stmt* st, int index, const QByteArray& key) {
    sqlite3_bind_text(st, index, key.constData(), int(key.size()), SQLITE_STATIC);
}

} // namespace

ScopeItemBinder::ScopeItemBinder(const QString& actor)
    : m_actor(actor.toUtf8()) {}

void ScopeItemBinder::begin(ScopeItem* const* rows, qsizetype count) {
    qsizetype room = 0;
    for (qsizetype r = 0; r < count; ++r) {
        const ScopeItem& s = *rows[r];
        room += m_encoder.requiredSpace(s.title.size() + s.stakeholder.size() +
                                        s.externalKey.size() + s.description.size());
        for (const QString& label : s.labels)
            room += m_encoder.requiredSpace(label.size()) + qsizetype(sizeof kLabelSeparator);
    }
    if (m_buffer.size() < room)
        m_buffer.resize(room * 2);
    m_at = m_buffer.data();
}

void ScopeItemBinder::bind(sqlite3_stmt* st, int base, const ScopeItem& s, qint64 now) {
    sqlite3_bind_int64(st, base + 1, s.id);
    bindUtf8(st, base + 2, s.title);
    bindKey(st, base + 3, keyOf(s.kind));
    bindKey(st, base + 4, keyOf(s.priority));
    bindUtf8(st, base + 5, s.stakeholder);
    sqlite3_bind_double(st, base + 6, s.effort);
    bindKey(st, base + 7, keyOf(s.status));
    if (s.releaseId > 0)
        sqlite3_bind_int64(st, base + 8, s.releaseId);
    else
        sqlite3_bind_null(st, base + 8);
    if (s.externalKey.isEmpty()) // NULL, so that many unkeyed items pass the UNIQUE index
        sqlite3_bind_null(st, base + 9);
    else
        bindUtf8(st, base + 9, s.externalKey);
    bindUtf8(st, base + 10, s.description);
    char* const labels = m_at;
    for (qsizetype k = 0; k < s.labels.size(); ++k) {
        if (k > 0) {
            std::memcpy(m_at, kLabelSeparator, sizeof kLabelSeparator - 1);
            m_at += sizeof kLabelSeparator - 1;
        }
        m_at = m_encoder.appendToBuffer(m_at, s.labels[k]);
    }
    sqlite3_bind_text(st, base + 11, labels, int(m_at - labels), SQLITE_STATIC);
    bindKey(st, base + 12, m_actor);
    sqlite3_bind_int64(st, base + 13, now);
    bindKey(st, base + 14, m_actor);
    sqlite3_bind_int64(st, base + 15, now);
    sqlite3_bind_double(st, base + 16, s.rank);
}

void ScopeItemBinder::bindUtf8(sqlite3_stmt* st, int index, const QString& text) {
    char* const start = m_at;
    m_at = m_encoder.appendToBuffer(m_at, text);
    sqlite3_bind_text(st, index, start, int(m_at - start), SQLITE_STATIC);
}

} // namespace slipway
