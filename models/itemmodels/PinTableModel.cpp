// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinTableModel.h"

#include "Roles.h"

namespace slipway {

PinTableModel::PinTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PinTableModel::setPins(QList<Pin> pins, const QList<PinCheck>& checks) {
    beginResetModel();
    m_pins = std::move(pins);
    m_checks.clear();
    for (const PinCheck& c : checks)
        m_checks[c.pin.id] << c;
    endResetModel();
}

bool PinTableModel::isUnmet(const Pin& pin) const {
    const QList<PinCheck> checks = m_checks.value(pin.id);
    return std::any_of(checks.cbegin(), checks.cend(),
                       [](const PinCheck& c) { return c.status == PinCheck::Status::Unsatisfied; });
}

int PinTableModel::unmetCount() const {
    return int(
        std::count_if(m_pins.cbegin(), m_pins.cend(), [this](const Pin& p) { return isUnmet(p); }));
}

QString PinTableModel::holdsText(const Pin& pin) const {
    const QList<PinCheck> checks = m_checks.value(pin.id);
    if (checks.isEmpty())
        return tr("runs nowhere yet");
    QStringList unmet;
    QStringList met;
    QStringList unknown;
    for (const PinCheck& c : checks) {
        switch (c.status) {
        case PinCheck::Status::Unsatisfied:
            unmet << tr("%1 (runs %2)")
                         .arg(c.environmentName, c.targetVersions.join(QStringLiteral(", ")));
            break;
        case PinCheck::Status::Satisfied:
            met << c.environmentName;
            break;
        case PinCheck::Status::UnknownTarget:
            unknown << c.environmentName;
            break;
        }
    }
    if (!unmet.isEmpty())
        return tr("unmet in %1").arg(unmet.join(QStringLiteral("; ")));
    if (!met.isEmpty())
        return tr("met in %1").arg(met.join(QStringLiteral(", ")));
    return tr("target not running in %1").arg(unknown.join(QStringLiteral(", ")));
}

int PinTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_pins.size());
}

int PinTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PinTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_pins.size())
        return {};
    const Pin& p = m_pins.at(index.row());
    const auto display = [&]() -> QVariant {
        switch (index.column()) {
        case ComponentColumn:
            return p.component;
        case TargetColumn:
            return p.target;
        case ConstraintColumn:
            return p.constraint;
        case SourceColumn:
            return p.source == Pin::Source::Sbom ? tr("SBOM") : tr("by hand");
        case HoldsColumn:
            return holdsText(p);
        default:
            return {};
        }
    };
    switch (role) {
    case IdRole:
        return p.id;
    case RowVersionRole:
        return p.rowVersion;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case SortRole:
        return display();
    case Qt::ToolTipRole:
        if (index.column() == HoldsColumn) {
            QStringList lines;
            for (const PinCheck& c : m_checks.value(p.id))
                lines << c.message;
            return lines.isEmpty() ? tr("The release runs nowhere yet, and is not planned for "
                                        "production")
                                   : lines.join(u'\n');
        }
        if (index.column() == SourceColumn)
            return p.source == Pin::Source::Sbom
                       ? tr("From the SBOM: replaced with the next import")
                       : tr("Set by %1").arg(p.updatedBy.isEmpty() ? p.createdBy : p.updatedBy);
        return display();
    case Qt::BackgroundRole:
        if (index.column() == HoldsColumn && m_unmet.isValid() && isUnmet(p))
            return m_unmet;
        return {};
    default:
        return {};
    }
}

QVariant PinTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ComponentColumn:
        return tr("Component");
    case TargetColumn:
        return tr("Depends on");
    case ConstraintColumn:
        return tr("Constraint");
    case SourceColumn:
        return tr("Source");
    case HoldsColumn:
        return tr("Holds");
    default:
        return {};
    }
}

} // namespace slipway
