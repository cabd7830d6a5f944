// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarPainter.h"
#include "rules/Conflict.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <QSet>

#include <optional>

namespace slipway {}

namespace slipway::ui {

// The release calendar: a time axis with zoom, rows from a CalendarModel, bars that can be
// dragged and resized (one undoable edit each) with the conflicts of the new place shown
// while the mouse is down. Paints only what is visible; no widget or scene item per bar.
class CalendarView : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum class ColorBy { Type, Status };
    using Zoom = CalendarTimeScale::Zoom;

    explicit CalendarView(QWidget* parent = nullptr);

    void setModel(CalendarModel* model);
    CalendarModel* model() const { return m_model; }
    // Whether bars can be dragged; a drop is only asked for (moveWindowRequested), the
    // screen turns it into an undoable edit.
    void setEditable(bool editable) { m_editable = editable; }
    // Whether environment bookings can be dragged too; a drop asks through moveBookingRequested.
    void setBookingsMovable(bool movable) { m_bookingsMovable = movable; }

    void setColorBy(ColorBy colorBy);
    ColorBy colorBy() const { return m_frame.colorByStatus ? ColorBy::Status : ColorBy::Type; }
    // Up to three IANA zones for the header; the first one also draws the grid and weekends.
    void setZones(const QStringList& zones);
    QStringList zones() const { return m_frame.zones; }

    void setZoom(Zoom zoom);
    Zoom zoom() const;
    qreal secondsPerPixel() const { return m_frame.scale.secondsPerPixel(); }
    // Zooms by `factor` (> 1: out) keeping the time under viewport x `anchorX` in place.
    void zoomBy(qreal factor, int anchorX);
    Interval visibleRange() const;
    // Zooms and scrolls so that exactly `range` fills the width.
    void fitRange(const Interval& range);
    // Shows `utc` a little right of the left edge.
    void scrollToTime(qint64 utc);
    void goToToday();
    // Scrolls to the release's row and window (or `when`) and selects it.
    void goTo(qint64 releaseId, const Interval& when);

    qint64 selectedRelease() const { return m_frame.selectedRelease; }
    void selectRelease(qint64 releaseId);

    // Where the release's first bar is in viewport coordinates (empty when not visible).
    QRect barRect(qint64 releaseId) const;
    // Where the booking's bar is in viewport coordinates (empty when not visible).
    QRect bookingRect(qint64 bookingId) const;
    // Where the row of model lane `lane` is in viewport coordinates, right of the names.
    QRect laneRect(int lane) const;
    bool isDragging() const { return m_drag.active; }
    const QList<Conflict>& dragConflicts() const { return m_drag.conflicts; }

    // Paints the whole view as it is now into any device (screenshots, the benchmark); with
    // `record`, also what was laid out where (tests).
    void paintTo(QPainter& painter, const QSize& size, CalendarPaintRecord* record = nullptr);

    // At most this many sub-rows of bars per row (1 to 16); the windows that do not fit are
    // summarised as "+N" per time slice. Rows the user expanded show up to 64.
    void setLaneCap(int cap);
    int laneCap() const { return m_laneCap; }
    // Whether model lane `lane` shows all its sub-rows rather than `laneCap()`.
    void setRowExpanded(int lane, bool expanded);
    bool isRowExpanded(int lane) const;
    // The rows as laid out (content coordinates), for tests.
    const QList<CalendarRowGeometry>& rows() const { return m_frame.rows; }
    // Opens the list of the windows summarised by the "+N" block, or shown by the density
    // strip's day, at viewport point `pos`; false when there is none.
    bool openListAt(const QPoint& pos);

    // What the tooltip at `pos` of the viewport says (empty: none).
    QString toolTipAt(const QPoint& pos) const;

Q_SIGNALS:
    void openRelease(qint64 releaseId);
    void selectionChanged(qint64 releaseId);
    void zoomChanged();
    void visibleRangeChanged();
    // A release window was dropped at a new place (moved, or resized by a grip), from the
    // window as shown at `rowVersion`: an edit made since by someone else is refused.
    void moveWindowRequested(qint64 releaseId, qint64 rowVersion, qint64 startUtc, qint64 endUtc,
                             bool resized);
    // The same for a booking bar, with the booking's own row version.
    void moveBookingRequested(qint64 bookingId, qint64 rowVersion, qint64 startUtc, qint64 endUtc);
    // The context menu: on a release window, on a booking, or on an empty spot of an
    // environment's row (the time under the mouse, rounded to the hour).
    void windowMenuRequested(qint64 releaseId, const QPoint& globalPos);
    void bookingMenuRequested(qint64 bookingId, const QPoint& globalPos);
    void environmentMenuRequested(qint64 environmentId, qint64 atUtc, const QPoint& globalPos);
    void laneCapChanged(int cap);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    enum class Grip { None, Move, Start, End };
    struct Hit {
        int lane = -1;
        int item = -1; // into model->items()
        int band = -1; // into model->bands()
        Grip grip = Grip::None;
        bool overflow = false; // on the row's "+N" line
        bool strip = false;    // on the row's density strip
    };
    struct Drag {
        bool pressed = false;
        bool active = false;
        Grip grip = Grip::None;
        qint64 releaseId = 0;
        qint64 bookingId = 0; // a booking bar rather than the release's window
        qint64 rowVersion = 0;
        Interval original;
        Interval current;
        QPoint pressPos;
        QList<Conflict> conflicts;
    };

    void relayout();
    void updateScrollBars();
    void afterScroll();
    Hit hitAt(const QPoint& pos) const;
    void moveSelection(int key);
    void commitDrag();

    QPointer<CalendarModel> m_model;
    bool m_editable = true;
    bool m_bookingsMovable = false;
    CalendarFrame m_frame;
    Interval m_span; // what the horizontal scroll bar covers
    // Kept until the user zooms: a resize re-applies the preset or the fitted range.
    std::optional<Zoom> m_preset;
    Interval m_fitted;
    Drag m_drag;
    int m_laneCap = CalendarLaneLayout::kDefaultCap;
    QSet<QString> m_expanded; // lane keys ("kind:id"), kept across reloads
};

} // namespace slipway::ui
