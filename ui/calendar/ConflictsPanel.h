// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Conflict.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace slipway {
class CalendarModel;
}

namespace slipway::ui {

// Every conflict of the windows in a time range, grouped by kind, with "go to".
class ConflictsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConflictsPanel(QWidget* parent = nullptr);

    void setModel(CalendarModel* model);
    void setRange(const Interval& range);
    int conflictCount() const { return m_count; }

    static QString kindTitle(Conflict::Kind kind);

Q_SIGNALS:
    void goTo(qint64 releaseId, const Interval& when);

private:
    void refresh();
    void activate(QTreeWidgetItem* item);

    CalendarModel* m_model = nullptr;
    Interval m_range;
    int m_count = 0;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_goTo = nullptr;
};

} // namespace slipway::ui
