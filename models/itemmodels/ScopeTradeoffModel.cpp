// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeTradeoffModel.h"

#include "Roles.h"
#include "services/ScopeService.h"

#include <QDateTime>
#include <QLocale>

namespace slipway {

ScopeTradeoffModel::ScopeTradeoffModel(ScopeService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service) {
    connect(&service, &ScopeService::tradeoffRecorded, this, &ScopeTradeoffModel::reload);
}

int ScopeTradeoffModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScopeTradeoffModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScopeTradeoffModel::placeText(qint64 releaseId, ScopeStatus status) const {
    const QString where =
        releaseId > 0 ? m_releaseLabels.value(releaseId, tr("a deleted release")) : tr("Backlog");
    return QStringLiteral("%1 · %2").arg(where, displayName(status));
}

QVariant ScopeTradeoffModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScopeTradeoff& t = m_rows[index.row()];
    if (role == IdRole)
        return t.id;
    if (role == SortRole && index.column() == When)
        return t.decidedAt;
    if (role == Qt::ToolTipRole && index.column() == Why)
        return t.rationale;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case When:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(t.decidedAt).toLocalTime(),
                                  QLocale::ShortFormat);
    case Who:
        return t.decidedBy;
    case Item:
        return t.itemTitle;
    case From:
        return placeText(t.fromReleaseId, t.fromStatus);
    case To:
        return placeText(t.toReleaseId, t.toStatus);
    case Why:
        return QString(t.rationale).replace(u'\n', u' ');
    }
    return {};
}

QVariant ScopeTradeoffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Item:
        return tr("Item");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Why:
        return tr("Why");
    }
    return {};
}

bool ScopeTradeoffModel::reload() {
    auto rows = m_service.tradeoffs();
    auto releases = m_service.releases();
    if (!rows || !releases)
        return false;
    beginResetModel();
    m_rows = std::move(rows.value());
    m_releaseLabels.clear();
    for (const ScopeRelease& r : std::as_const(releases.value()))
        m_releaseLabels.insert(r.id, r.label());
    endResetModel();
    return true;
}

} // namespace slipway
