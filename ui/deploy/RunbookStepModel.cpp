// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookStepModel.h"

#include "IconProvider.h"
#include "Theme.h"

#include <QFont>
#include <QLocale>
#include <QTimeZone>

namespace slipway::ui {

RunbookStepModel::RunbookStepModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RunbookStepModel::setRunbook(const QList<RunbookStep>& steps,
                                  const std::optional<RunbookPlan>& plan,
                                  const QDateTime& windowStart, const QString& zone,
                                  const QList<RunbookFinding>& findings) {
    beginResetModel();
    m_steps = steps;
    m_plan = plan;
    m_windowStart = windowStart;
    m_zone = zone;
    m_warnings.clear();
    m_blocking.clear();
    for (const RunbookFinding& f : findings)
        if (!f.stepKey.isEmpty())
            (f.blocking() ? m_blocking : m_warnings)[f.stepKey] << f.message;
    endResetModel();
}

void RunbookStepModel::setLocked(bool locked) {
    if (m_locked == locked)
        return;
    m_locked = locked;
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString RunbookStepModel::keyAt(int row) const {
    return row >= 0 && row < m_steps.size() ? m_steps.at(row).key : QString();
}

int RunbookStepModel::rowOf(const QString& key) const {
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps.at(i).key == key)
            return i;
    return -1;
}

int RunbookStepModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_steps.size());
}

int RunbookStepModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunbookStepModel::minutes(int min) {
    const QString sign = min < 0 ? QStringLiteral("−") : QString();
    min = std::abs(min);
    return tr("%1%2:%3").arg(sign).arg(min / 60).arg(min % 60, 2, 10, QLatin1Char('0'));
}

QString RunbookStepModel::when(int minutesFromStart) const {
    if (!m_windowStart.isValid())
        return QStringLiteral("T+") + minutes(minutesFromStart);
    const QTimeZone zone(m_zone.toUtf8());
    const QDateTime start = m_windowStart.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const QDateTime at = start.addSecs(qint64(minutesFromStart) * 60);
    return QLocale().toString(at, at.date() == start.date() ? QStringLiteral("HH:mm")
                                                            : QStringLiteral("ddd HH:mm"));
}

QString RunbookStepModel::pairOf(const RunbookStep& step) const {
    if (!step.isForward())
        return tr("reverses %1").arg(step.rollbackOf);
    QStringList pairs;
    for (const RunbookStep& s : m_steps)
        if (!s.isForward() && s.rollbackOf == step.key)
            pairs << s.key;
    return pairs.join(QStringLiteral(", "));
}

QString RunbookStepModel::display(const RunbookStep& step, int column) const {
    const StepTiming* timing = m_plan && step.isForward() ? m_plan->timing(step.key) : nullptr;
    switch (column) {
    case KeyColumn:
        return step.key;
    case TitleColumn:
        return step.title;
    case KindColumn:
        return displayName(step.kind);
    case OwnerColumn:
        return step.owner;
    case OffsetColumn:
        return step.isForward() && step.offsetMin > 0
                   ? QStringLiteral("T+") + minutes(step.offsetMin)
                   : QString();
    case DurationColumn:
        return minutes(step.durationMin);
    case DependsColumn:
        return step.dependsOn.join(QStringLiteral(", "));
    case StartColumn:
        return timing ? when(timing->earliestStart) : QString();
    case EndColumn:
        return timing ? when(timing->earliestFinish) : QString();
    case RollbackColumn:
        return pairOf(step);
    default:
        return {};
    }
}

QVariant RunbookStepModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const RunbookStep& step = m_steps.at(index.row());
    const StepTiming* timing = m_plan && step.isForward() ? m_plan->timing(step.key) : nullptr;
    const bool critical = timing && timing->critical;
    switch (role) {
    case Qt::DisplayRole:
        return display(step, index.column());
    case Qt::ToolTipRole: {
        QStringList lines;
        if (index.column() == KeyColumn || index.column() == TitleColumn) {
            if (!step.isForward())
                lines << tr("Rollback step: runs only if %1 has to be reversed.")
                             .arg(step.rollbackOf);
            if (critical)
                lines << tr("On the critical path: any delay moves the planned end.");
            else if (timing)
                lines << tr("%1 of slack.").arg(minutes(timing->slack));
            for (const QString& line : m_blocking.value(step.key))
                lines << tr("Blocking: %1").arg(line);
            for (const QString& line : m_warnings.value(step.key))
                lines << tr("Warning: %1").arg(line);
            if (!step.notes.isEmpty())
                lines << step.notes;
        } else {
            lines << display(step, index.column());
        }
        return lines.join(u'\n');
    }
    case Qt::DecorationRole:
        if (index.column() == KeyColumn) {
            if (m_blocking.contains(step.key))
                return IconProvider::icon(QStringLiteral("status-cancelled"), Theme::danger());
            if (m_warnings.contains(step.key))
                return IconProvider::icon(QStringLiteral("warning"), Theme::warning());
            if (!step.isForward())
                return IconProvider::icon(QStringLiteral("revert"), Theme::muted());
            if (critical)
                return IconProvider::icon(QStringLiteral("status-deploying"), Theme::accent());
        }
        return {};
    case Qt::FontRole: {
        const bool bold =
            critical && (index.column() == KeyColumn || index.column() == TitleColumn ||
                         index.column() == EndColumn);
        if (step.isForward() && !bold)
            return {};
        QFont font;
        font.setItalic(!step.isForward());
        font.setBold(bold);
        return font;
    }
    case Qt::ForegroundRole:
        if (!step.isForward() || m_locked)
            return Theme::muted();
        if (critical && index.column() == EndColumn)
            return Theme::accent();
        return {};
    case Qt::BackgroundRole:
        if (!step.isForward())
            return Theme::tint(Theme::muted(), 0.10);
        return {};
    case Qt::AccessibleTextRole:
        return display(step, index.column());
    default:
        return {};
    }
}

QVariant RunbookStepModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OffsetColumn:
            return tr("The step may not start before this, counted from the window's start");
        case StartColumn:
        case EndColumn:
            return tr("When the plan starts and ends the step, after what it depends on; bold: "
                      "on the critical path");
        case RollbackColumn:
            return tr("A forward step's rollback steps, or the step a rollback step reverses");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TitleColumn:
        return tr("Step");
    case KindColumn:
        return tr("Kind");
    case OwnerColumn:
        return tr("Owner");
    case OffsetColumn:
        return tr("Not before");
    case DurationColumn:
        return tr("Duration");
    case DependsColumn:
        return tr("Depends on");
    case StartColumn:
        return tr("Planned start");
    case EndColumn:
        return tr("Planned end");
    case RollbackColumn:
        return tr("Rollback");
    default:
        return {};
    }
}

} // namespace slipway::ui
