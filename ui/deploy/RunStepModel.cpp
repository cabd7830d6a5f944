// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunStepModel.h"

#include "Theme.h"
#include "itemmodels/Roles.h"

#include <QFont>

namespace slipway::ui {
namespace {

qint64 lastMarked(const RunStepRow& row) {
    return row.progress.endedAt > 0 ? row.progress.endedAt : row.progress.startedAt;
}

} // namespace

RunStepModel::RunStepModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RunStepModel::setRows(QList<RunStepRow> rows, qint64 nowUtc) {
    m_now = nowUtc;
    bool sameSteps = rows.size() == m_rows.size();
    for (int i = 0; sameSteps && i < rows.size(); ++i)
        sameSteps = rows[i].step.key == m_rows[i].step.key;
    if (!sameSteps) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int RunStepModel::rowOf(const QString& stepKey) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].step.key == stepKey)
            return i;
    }
    return -1;
}

int RunStepModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunStepModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunStepModel::statusText(const RunStepRow& row) {
    const QString status = displayName(row.progress.status);
    if (!row.waiting)
        return status;
    if (!row.step.isForward() && !row.rollbackDecided)
        return tr("%1 · if rolling back").arg(status);
    if (!row.step.isForward())
        return tr("%1 · not needed").arg(status);
    return tr("%1 · waits on %2").arg(status, row.waitsOn.join(QStringLiteral(", ")));
}

QString RunStepModel::elapsedText(const RunStepRow& row) {
    const QString plan = durationText(row.plannedSecs);
    if (row.progress.startedAt <= 0)
        return tr("— / %1").arg(plan);
    QString text = tr("%1 / %2").arg(durationText(row.elapsedSecs), plan);
    if (row.overPlan())
        text += tr(" (%1 over)").arg(durationText(row.elapsedSecs - row.plannedSecs));
    return text;
}

QVariant RunStepModel::display(const RunStepRow& row, int column) const {
    switch (column) {
    case KeyColumn:
        return row.step.key;
    case StepColumn:
        return row.step.isForward()
                   ? row.step.title
                   : tr("%1 (rolls back %2)").arg(row.step.title, row.step.rollbackOf);
    case KindColumn:
        return displayName(row.step.kind);
    case StatusColumn:
        return statusText(row);
    case ByColumn:
        return row.progress.by.isEmpty() ? row.step.owner : row.progress.by;
    case WhenColumn: {
        const qint64 at = lastMarked(row);
        return at > 0 ? timeText(at) : QString();
    }
    case ElapsedColumn:
        return elapsedText(row);
    case PlannedColumn:
        if (row.plannedStart <= 0)
            return tr("if rolling back");
        return tr("%1–%2").arg(timeText(row.plannedStart), timeText(row.plannedEnd));
    case NoteColumn:
        return row.progress.note;
    default:
        return {};
    }
}

QVariant RunStepModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RunStepRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StepColumn:
            return row.step.notes.isEmpty() ? row.step.title
                                            : QString(row.step.title + u'\n' + row.step.notes);
        case StatusColumn:
            if (row.waiting && !row.step.isForward())
                return row.rollbackDecided ? tr("Not part of the rollback: %1 did not start.")
                                                 .arg(row.step.rollbackOf)
                                           : tr("Runs only after a rollback decision.");
            return display(row, index.column());
        case ByColumn:
            return row.progress.by.isEmpty()
                       ? tr("Owner: %1").arg(row.step.owner)
                       : tr("Marked by %1; owner: %2").arg(row.progress.by, row.step.owner);
        case WhenColumn:
            return lastMarked(row) > 0 ? clockText(lastMarked(row), 0) : QVariant();
        case PlannedColumn:
            return row.plannedStart > 0
                       ? tr("%1 to %2")
                             .arg(clockText(row.plannedStart, 0), clockText(row.plannedEnd, 0))
                       : display(row, index.column());
        default:
            return display(row, index.column());
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return stepStatusColor(row.progress.status);
        if (index.column() == ElapsedColumn && row.overPlan())
            return Theme::danger();
        if (row.waiting || (index.column() == ByColumn && row.progress.by.isEmpty()))
            return Theme::muted();
        return {};
    case Qt::FontRole:
        if (row.progress.status == StepStatus::Running && index.column() != StatusColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole:
        return row.step.id;
    case SortRole:
        return index.row();
    case FilterTextRole:
        return QString(row.step.key + u' ' + row.step.title + u' ' + row.step.owner).toLower();
    default:
        return {};
    }
}

QVariant RunStepModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case StepColumn:
        return tr("Step");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case ByColumn:
        return tr("Who");
    case WhenColumn:
        return tr("When");
    case ElapsedColumn:
        return tr("Elapsed / plan");
    case PlannedColumn:
        return tr("Planned");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace slipway::ui
