// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"
#include "rules/RunbookChecks.h"
#include "rules/RunbookSchedule.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace slipway::ui {

// The steps of one runbook as a table: what each does, who owns it, when it may start and how
// long it takes, what it waits for, when the plan starts and ends it (critical steps marked)
// and its rollback pair. Rollback steps are told apart by their look and say what they reverse.
class RunbookStepModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        KeyColumn,
        TitleColumn,
        KindColumn,
        OwnerColumn,
        OffsetColumn,
        DurationColumn,
        DependsColumn,
        StartColumn,
        EndColumn,
        RollbackColumn,
        ColumnCount
    };

    explicit RunbookStepModel(QObject* parent = nullptr);

    // `plan` is absent when the steps cannot be planned (a cycle); `windowStart` invalid when
    // the release has no window (times are then shown from T+0).
    void setRunbook(const QList<RunbookStep>& steps, const std::optional<RunbookPlan>& plan,
                    const QDateTime& windowStart, const QString& zone,
                    const QList<RunbookFinding>& findings);
    void setLocked(bool locked);
    const QList<RunbookStep>& steps() const { return m_steps; }
    QString keyAt(int row) const;
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "T+1:30" for 90 minutes; how offsets and durations read everywhere on the screen.
    static QString minutes(int min);

private:
    QString display(const RunbookStep& step, int column) const;
    QString when(int minutesFromStart) const;
    QString pairOf(const RunbookStep& step) const;

    QList<RunbookStep> m_steps;
    std::optional<RunbookPlan> m_plan;
    QDateTime m_windowStart;
    QString m_zone;
    QHash<QString, QStringList> m_warnings; // step key → lines
    QHash<QString, QStringList> m_blocking;
    bool m_locked = false;
};

} // namespace slipway::ui
