// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReleaseEnums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace slipway {

// Narrows a ReleaseTableModel by free text (name, version, owner, ticket, zone, type and
// status names), one type and one status; sorts on raw values, not on display text.
class ReleaseFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ReleaseFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setType(std::optional<ReleaseType> type);
    void setStatus(std::optional<ReleaseStatus> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words;
    std::optional<ReleaseType> m_type;
    std::optional<ReleaseStatus> m_status;
};

} // namespace slipway
