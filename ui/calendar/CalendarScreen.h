// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Interval.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace slipway {
class CalendarModel;
class Document;
class SchedulingServices;
} // namespace slipway

namespace slipway::ui {

class CalendarView;
class ConflictsPanel;
class SchedulingActions;
class EmptyState;
class MessageBar;

// The Calendar screen: the toolbar (group, colour, zoom, zones, filters, date navigation),
// the calendar itself and the conflicts panel; an empty state while no release has a window.
class CalendarScreen : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarScreen)
public:
    explicit CalendarScreen(Document& document, QWidget* parent = nullptr);
    ~CalendarScreen() override;

    CalendarView* view() const { return m_view; }
    CalendarModel* model() const { return m_model; }
    ConflictsPanel* conflictsPanel() const { return m_conflicts; }
    void setEditable(bool editable);
    // Blackouts, freezes, bookings and people edited through `services` show at once.
    void followSchedule(SchedulingServices& services);
    // Where the context menus and booking drags of the calendar go: editing, removing and
    // adding environment bookings, and a release's environment and role needs.
    void setSchedulingActions(SchedulingActions* actions);

    // Loads and shows [from, to) with a zoom that fits it (screenshots, "go to date").
    void showRange(const Interval& range);

    void restoreLayout();
    void saveLayout() const;

Q_SIGNALS:
    void openRelease(qint64 releaseId);
    void createRelease();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadOnce();
    void buildToolbar(QWidget* bar);
    QToolButton* filterButton(const QString& name, const QString& text, QMenu** menu);
    void fillFilterMenus();
    void applyFilter();
    void updateEmptyState();
    void updateLegend();
    void fillZoneMenu();
    void popUp(QMenu* menu, const QPoint& globalPos);
    void moveWindow(qint64 releaseId, qint64 rowVersion, qint64 startUtc, qint64 endUtc,
                    bool resized);
    void showProblem(const QString& message);

    Document& m_document;
    CalendarModel* m_model = nullptr;
    CalendarView* m_view = nullptr;
    MessageBar* m_message = nullptr;
    ConflictsPanel* m_conflicts = nullptr;
    EmptyState* m_empty = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    QComboBox* m_groupBy = nullptr;
    QComboBox* m_colorBy = nullptr;
    QComboBox* m_zoom = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_legend = nullptr;
    QMenu* m_teamMenu = nullptr;
    QMenu* m_serviceMenu = nullptr;
    QMenu* m_typeMenu = nullptr;
    QMenu* m_statusMenu = nullptr;
    QMenu* m_zoneMenu = nullptr;
    QMenu* m_laneMenu = nullptr;
    bool m_loaded = false;
    bool m_editable = true;
    SchedulingActions* m_scheduling = nullptr;
};

} // namespace slipway::ui
