// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateFindingsModel.h"

#include "Roles.h"
#include "io/SarifReport.h"

#include <QLocale>

namespace slipway {

GateFindingsModel::GateFindingsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void GateFindingsModel::setSemanticStyle(const SemanticStyle& style) {
    m_style = style;
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::DecorationRole});
}

// The same findings of the same criterion are updated in place, so marking one false
// positive keeps it selected; a new log or another criterion starts the table afresh.
void GateFindingsModel::setFindings(qint64 criterionId, const QList<GateFinding>& findings) {
    bool same = criterionId == m_criterionId && findings.size() == m_findings.size();
    for (qsizetype r = 0; same && r < findings.size(); ++r)
        same = findings[r].id == m_findings[r].id &&
               findings[r].fingerprint == m_findings[r].fingerprint;
    if (!same) {
        beginResetModel();
        m_criterionId = criterionId;
        m_findings = findings;
        endResetModel();
        return;
    }
    m_findings = findings;
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void GateFindingsModel::clear() {
    setFindings(0, {});
}

bool GateFindingsModel::counts(const GateFinding& f) {
    return !f.suppressed && !f.isFalsePositive();
}

GateStatus GateFindingsModel::look(const GateFinding& f) {
    if (!counts(f))
        return GateStatus::Pending;
    if (f.severity == u"high" || f.severity == u"critical")
        return GateStatus::Failed;
    return GateStatus::Waived;
}

int GateFindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_findings.size());
}

int GateFindingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString GateFindingsModel::display(const GateFinding& f, int column) const {
    switch (column) {
    case SeverityColumn:
        return f.severity;
    case RuleColumn:
        return f.ruleId;
    case LocationColumn:
        return f.line > 0 ? QStringLiteral("%1:%2").arg(f.uri).arg(f.line) : f.uri;
    case ReviewColumn:
        if (f.suppressed)
            return tr("Suppressed in the file%1")
                .arg(f.justification.isEmpty() ? QString()
                                               : QStringLiteral(": ") + f.justification);
        if (f.isFalsePositive()) {
            const QString day =
                f.reviewedAt.isValid()
                    ? QLocale().toString(f.reviewedAt.toLocalTime().date(), QLocale::ShortFormat)
                    : QString();
            return tr("False positive (%1, %2): %3").arg(f.reviewedBy, day, f.falsePositiveReason);
        }
        return {};
    case MessageColumn:
        return f.message;
    }
    return {};
}

QVariant GateFindingsModel::sortValue(const GateFinding& f, int column) const {
    switch (column) {
    case SeverityColumn: {
        const auto severity = SarifReport::severityFromName(f.severity);
        return severity ? int(*severity) : -1;
    }
    case LocationColumn:
        // By file, then by line as a number.
        return QString(f.uri.toLower() + QStringLiteral(":%1").arg(f.line, 10, 10, QChar(u'0')));
    default:
        return display(f, column).toLower();
    }
}

QVariant GateFindingsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GateFinding& f = m_findings.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // long rule ids and paths are elided; the tooltip has them whole
        return display(f, column);
    case Qt::ForegroundRole:
        if (!counts(f) && m_style.gateStatusColor)
            return m_style.gateStatusColor(GateStatus::Pending);
        return {};
    case Qt::DecorationRole:
        if (column == SeverityColumn && m_style.gateStatusIcon)
            return m_style.gateStatusIcon(look(f));
        return {};
    case IdRole:
        return f.id;
    case FindingSeverityRole:
        return f.severity;
    case FindingCountsRole:
        return counts(f);
    case GateStatusRole:
        return int(look(f));
    case SortRole:
        return sortValue(f, column);
    }
    return {};
}

QVariant GateFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case LocationColumn:
        return tr("Location");
    case ReviewColumn:
        return tr("Review");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace slipway
