// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeItem.h"

#include <QString>

#include <optional>

namespace slipway {

// What the scope board shows: by kind, priority, stakeholder, regulatory only and text.
struct ScopeBoardFilter {
    std::optional<ScopeKind> kind;
    std::optional<ScopePriority> priority;
    QString stakeholder; // exact; empty: everyone
    bool regulatoryOnly = false;
    // Matched, case-insensitively, against title, key, stakeholder and labels; kept trimmed
    // and lower-cased (setText) so that 100,000 items are filtered without converting it.
    QString text;

    void setText(const QString& search) { text = search.trimmed().toLower(); }

    bool isEmpty() const {
        return !kind && !priority && stakeholder.isEmpty() && !regulatoryOnly && text.isEmpty();
    }
    // `searchText` is the item's lower-cased searchable text (ScopeBoardModel keeps it).
    bool accepts(const ScopeItem& item, const QString& searchText) const;
};

} // namespace slipway
