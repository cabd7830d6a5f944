// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeItem.h"

#include <QStringList>
#include <QStringView>

#include <optional>

namespace slipway {

// The words Jira, Azure DevOps and people use for an item's type, priority and status, and
// the Slipway value each becomes. Matching ignores case, spaces, '-' and '_' ("Sub-task",
// "User Story", "tech_debt"). The tables, and why, are in the .cpp.
struct ScopeVocabulary {
    static std::optional<ScopeKind> kind(QStringView text);
    // Empty text is "medium", the value a tracker shows when nobody set a priority.
    static std::optional<ScopePriority> priority(QStringView text);
    static std::optional<ScopeStatus> status(QStringView text);
    // Jira's "Status Category" (To Do, In Progress, Done): the fallback for custom statuses.
    static std::optional<ScopeStatus> statusCategory(QStringView text);
    // A label or tag that marks regulatory work: one of its words is regulatory, regulation,
    // compliance, sox, gdpr, hipaa or pci.
    static bool isRegulatoryLabel(QStringView label);
};

} // namespace slipway
