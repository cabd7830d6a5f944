// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckResultModel.h"

#include "ValidationBadge.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace slipway::ui {

void CheckResultModel::setResults(const QList<CheckResult>& results) {
    beginResetModel();
    m_results = results;
    endResetModel();
}

const CheckResult& CheckResultModel::result(int row) const {
    return m_results.at(m_results.size() - 1 - row);
}

int CheckResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_results.size());
}

int CheckResultModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckResultModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckResult& r = result(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.runAtMs, QTimeZone::utc()),
                                      QStringLiteral("d MMM yyyy HH:mm:ss 'UTC'"));
        case ResultColumn:
            return ValidationBadge::resultText(r.ok);
        case LatencyColumn:
            return tr("%1 ms").arg(r.latencyMs);
        case StatusColumn:
            return r.httpStatus > 0 ? QString::number(r.httpStatus) : QStringLiteral("—");
        case ReasonColumn:
            // The runner's reason names the failed step already, mostly.
            return r.failedStep.isEmpty() || r.reason.startsWith(r.failedStep)
                       ? r.reason
                       : tr("%1: %2").arg(r.failedStep, r.reason);
        case ExcerptColumn:
            return r.excerpt;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == ExcerptColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == TimeColumn && !r.runBy.isEmpty())
            return tr("Run by %1").arg(r.runBy);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn)
            return ValidationBadge::resultColor(r.ok);
        return {};
    case Qt::DecorationRole:
        if (index.column() == ResultColumn)
            return ValidationBadge::resultIcon(r.ok);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LatencyColumn || index.column() == StatusColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant CheckResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ResultColumn:
        return tr("Result");
    case LatencyColumn:
        return tr("Latency");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    case ExcerptColumn:
        return tr("Answer");
    }
    return {};
}

} // namespace slipway::ui
