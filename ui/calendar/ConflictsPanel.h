// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Conflict.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace slipway {
class CalendarModel;
}

namespace slipway::ui {

// Every conflict of the windows in a time range, grouped by kind, then by the calendar row
// (team or service), then by week, each group with its count; a week's conflicts are listed
// only when it is opened, so thousands of them stay quick. Small groups list directly.
class ConflictsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConflictsPanel(QWidget* parent = nullptr);

    void setModel(CalendarModel* model);
    void setRange(const Interval& range);
    int conflictCount() const { return m_count; }

    static QString kindTitle(Conflict::Kind kind);
    static constexpr int kFlat = 20; // a group this small lists its conflicts directly

Q_SIGNALS:
    void goTo(qint64 releaseId, const Interval& when);

private:
    void refresh();
    void activate(QTreeWidgetItem* item);
    // Adds the groups (or, when few, the conflicts themselves) of `indices` under `parent`;
    // `level` 0 groups by row, 1 by week.
    void fill(QTreeWidgetItem* parent, const QList<int>& indices, int level);
    void addConflicts(QTreeWidgetItem* parent, const QList<int>& indices);
    void expandLazily(QTreeWidgetItem* item);

    CalendarModel* m_model = nullptr;
    Interval m_range;
    int m_count = 0;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_goTo = nullptr;
    QHash<QTreeWidgetItem*, QList<int>> m_pending; // unopened week -> its conflicts
    QHash<qint64, QString> m_rowOf;                // release -> its calendar row's name
};

} // namespace slipway::ui
