// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeBoardFilter.h"

namespace slipway {

bool ScopeBoardFilter::accepts(const ScopeItem& item, const QString& searchText) const {
    if (kind && item.kind != *kind)
        return false;
    if (priority && item.priority != *priority)
        return false;
    if (regulatoryOnly && item.kind != ScopeKind::Regulatory &&
        !item.labels.contains(QStringLiteral("regulatory"), Qt::CaseInsensitive))
        return false;
    if (!stakeholder.isEmpty() && item.stakeholder != stakeholder)
        return false;
    return text.isEmpty() || searchText.contains(text);
}

} // namespace slipway
