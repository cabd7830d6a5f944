// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarView.h"

#include "CalendarOverflowMenu.h"
#include "CalendarRows.h"
#include "CalendarToolTip.h"
#include "Theme.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace slipway::ui {
namespace {

constexpr int kGrip = 5; // pixels at a bar's ends that resize instead of move

} // namespace

CalendarView::CalendarView(QWidget* parent)
    : QAbstractScrollArea(parent) {
    setObjectName(QStringLiteral("calendarView"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    m_frame.now = QDateTime::currentSecsSinceEpoch();
    m_span = {m_frame.now - 3LL * 366 * 86400, m_frame.now + 3LL * 366 * 86400};
    m_frame.scale.setOrigin(m_span.start);
    m_frame.scale.setSecondsPerPixel(CalendarTimeScale::secondsPerPixelFor(Zoom::Month, 1000));
    horizontalScrollBar()->setSingleStep(40);
    verticalScrollBar()->setSingleStep(CalendarFrame::kTrack);
}

void CalendarView::setModel(CalendarModel* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_frame.model = model;
    if (model) {
        // Every reset and every moved window ends with reloaded(): one layout per change.
        connect(model, &CalendarModel::reloaded, this, &CalendarView::relayout);
        connect(model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
        const Interval r = model->range();
        m_span = {qMin(m_span.start, r.start), qMax(m_span.end, r.end)};
        m_frame.scale.setOrigin(m_span.start);
    }
    relayout();
}

void CalendarView::setColorBy(ColorBy colorBy) {
    m_frame.colorByStatus = colorBy == ColorBy::Status;
    viewport()->update();
}

void CalendarView::setZones(const QStringList& zones) {
    QStringList valid;
    for (const QString& z : zones) {
        if (valid.size() < 3 && QTimeZone(z.toUtf8()).isValid() && !valid.contains(z))
            valid << z;
    }
    m_frame.zones = valid.isEmpty() ? QStringList{QStringLiteral("UTC")} : valid;
    viewport()->update();
}

void CalendarView::setLaneCap(int cap) {
    cap = std::clamp(cap, 1, 16);
    if (cap == m_laneCap)
        return;
    m_laneCap = cap;
    relayout();
    Q_EMIT laneCapChanged(cap);
}

bool CalendarView::isRowExpanded(int lane) const {
    return m_model && lane >= 0 && lane < m_model->lanes().size() &&
           m_expanded.contains(CalendarRows::keyOf(m_model->lanes()[lane]));
}

void CalendarView::setRowExpanded(int lane, bool expanded) {
    if (!m_model || lane < 0 || lane >= m_model->lanes().size())
        return;
    const QString key = CalendarRows::keyOf(m_model->lanes()[lane]);
    if (expanded)
        m_expanded.insert(key);
    else
        m_expanded.remove(key);
    relayout();
}

void CalendarView::relayout() {
    m_frame.rows.clear();
    m_frame.layouts.clear();
    m_frame.worstConflict.clear();
    if (m_model) {
        CalendarRows::layOut(m_frame, *m_model, m_laneCap, m_expanded);
        const Interval r = m_model->range();
        m_span = {qMin(m_span.start, r.start), qMax(m_span.end, r.end)};
    }
    updateScrollBars();
    viewport()->update();
}

void CalendarView::updateScrollBars() {
    const int width = viewport()->width() - m_frame.gutter;
    const int content = int(std::min<qreal>(m_frame.scale.xOf(m_span.end), 2e9));
    const QSignalBlocker block(horizontalScrollBar());
    horizontalScrollBar()->setRange(0, std::max(0, content - width));
    horizontalScrollBar()->setPageStep(std::max(1, width));
    m_frame.scrollX = horizontalScrollBar()->value();
    const int height = viewport()->height() - m_frame.headerHeight();
    const int rowsHeight =
        m_frame.rows.isEmpty() ? 0 : m_frame.rows.last().y + m_frame.rows.last().height;
    verticalScrollBar()->setRange(0, std::max(0, rowsHeight - height));
    verticalScrollBar()->setPageStep(std::max(1, height));
    m_frame.scrollY = verticalScrollBar()->value();
}

void CalendarView::afterScroll() {
    m_frame.scrollX = horizontalScrollBar()->value();
    m_frame.scrollY = verticalScrollBar()->value();
    if (m_model && !m_drag.active)
        m_model->ensureRange(visibleRange());
    viewport()->update();
    Q_EMIT visibleRangeChanged();
}

void CalendarView::scrollContentsBy(int, int) {
    afterScroll();
}

void CalendarView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (!m_fitted.isEmpty()) {
        fitRange(m_fitted);
    } else if (m_preset) {
        const qint64 left = m_frame.timeAt(m_frame.gutter);
        setZoom(*m_preset);
        horizontalScrollBar()->setValue(int(m_frame.scale.xOf(left)));
    }
}

Interval CalendarView::visibleRange() const {
    return {m_frame.timeAt(m_frame.gutter), m_frame.timeAt(viewport()->width())};
}

CalendarView::Zoom CalendarView::zoom() const {
    return CalendarTimeScale::nearestZoom(m_frame.scale.secondsPerPixel(),
                                          viewport()->width() - m_frame.gutter);
}

void CalendarView::setZoom(Zoom zoom) {
    m_preset = zoom;
    m_fitted = {};
    const Interval before = visibleRange();
    const qint64 centre = before.start + before.length() / 2;
    m_frame.scale.setSecondsPerPixel(
        CalendarTimeScale::secondsPerPixelFor(zoom, viewport()->width() - m_frame.gutter));
    updateScrollBars();
    const int half = (viewport()->width() - m_frame.gutter) / 2;
    horizontalScrollBar()->setValue(int(m_frame.scale.xOf(centre)) - half);
    afterScroll();
    Q_EMIT zoomChanged();
}

void CalendarView::zoomBy(qreal factor, int anchorX) {
    m_preset.reset();
    m_fitted = {};
    const qint64 anchor = m_frame.timeAt(anchorX);
    m_frame.scale.setSecondsPerPixel(m_frame.scale.secondsPerPixel() * factor);
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(m_frame.scale.xOf(anchor))) -
                                    (anchorX - m_frame.gutter));
    afterScroll();
    Q_EMIT zoomChanged();
}

void CalendarView::scrollToTime(qint64 utc) {
    if (utc < m_span.start || utc > m_span.end) {
        const qint64 year = 366 * 86400LL;
        m_span = {qMin(m_span.start, utc - year), qMax(m_span.end, utc + year)};
        const qint64 keep = m_frame.timeAt(m_frame.gutter);
        m_frame.scale.setOrigin(m_span.start);
        updateScrollBars();
        horizontalScrollBar()->setValue(int(m_frame.scale.xOf(keep)));
    }
    const int width = viewport()->width() - m_frame.gutter;
    horizontalScrollBar()->setValue(int(m_frame.scale.xOf(utc)) - width / 10);
    afterScroll();
}

void CalendarView::fitRange(const Interval& range) {
    if (range.isEmpty())
        return;
    const int width = qMax(100, viewport()->width() - m_frame.gutter);
    m_frame.scale.setSecondsPerPixel(qreal(range.length()) / width);
    updateScrollBars();
    scrollToTime(range.start);
    horizontalScrollBar()->setValue(int(m_frame.scale.xOf(range.start)));
    afterScroll();
    m_preset.reset();
    m_fitted = range;
    Q_EMIT zoomChanged();
}

void CalendarView::goToToday() {
    scrollToTime(QDateTime::currentSecsSinceEpoch());
}

void CalendarView::goTo(qint64 releaseId, const Interval& when) {
    // Too small to see or grab at this zoom: show its week.
    if (!when.isEmpty() && when.length() / m_frame.scale.secondsPerPixel() < 8)
        setZoom(Zoom::Week);
    if (!when.isEmpty()) {
        const Interval v = visibleRange();
        if (!v.contains(when))
            scrollToTime(when.start - qMin<qint64>(v.length() / 5, 86400));
    }
    if (m_model && releaseId > 0) {
        const int lane = m_model->laneOf(releaseId);
        if (CalendarRows::hides(m_frame, lane, releaseId)) // summed up in "+N": show its row whole
            setRowExpanded(lane, true);
        for (const CalendarRowGeometry& r : std::as_const(m_frame.rows)) {
            if (r.lane == lane && lane >= 0) {
                const int height = viewport()->height() - m_frame.headerHeight();
                if (r.y < m_frame.scrollY || r.y + r.height > m_frame.scrollY + height)
                    verticalScrollBar()->setValue(r.y - height / 3);
                break;
            }
        }
    }
    selectRelease(releaseId);
}

void CalendarView::selectRelease(qint64 releaseId) {
    if (m_frame.selectedRelease == releaseId)
        return;
    m_frame.selectedRelease = releaseId;
    viewport()->update();
    Q_EMIT selectionChanged(releaseId);
}

QRect CalendarView::barRect(qint64 releaseId) const {
    return m_frame.barRect(releaseId);
}

QRect CalendarView::bookingRect(qint64 bookingId) const {
    return m_frame.bookingRect(bookingId);
}

QRect CalendarView::laneRect(int lane) const {
    for (const CalendarRowGeometry& r : std::as_const(m_frame.rows)) {
        if (r.lane == lane && lane >= 0)
            return QRect(m_frame.gutter, r.y + m_frame.headerHeight() - m_frame.scrollY,
                         viewport()->width() - m_frame.gutter, r.height);
    }
    return {};
}

void CalendarView::paintTo(QPainter& painter, const QSize& size, CalendarPaintRecord* record) {
    m_frame.palette = palette();
    m_frame.font = font();
    m_frame.record = record;
    CalendarPainter::paint(painter, m_frame, size);
    m_frame.record = nullptr;
}

void CalendarView::paintEvent(QPaintEvent*) {
    QPainter p(viewport());
    m_frame.now = QDateTime::currentSecsSinceEpoch();
    paintTo(p, viewport()->size());
}

CalendarView::Hit CalendarView::hitAt(const QPoint& pos) const {
    Hit hit;
    const int header = m_frame.headerHeight();
    if (!m_model || pos.x() < m_frame.gutter || pos.y() < header)
        return hit;
    const int contentY = pos.y() - header + m_frame.scrollY;
    const int index = m_frame.rowAt(contentY);
    if (index >= m_frame.rows.size() || m_frame.rows[index].lane < 0)
        return hit;
    const CalendarRowGeometry& row = m_frame.rows[index];
    hit.lane = row.lane;
    const CalendarModel::Lane& lane = m_model->lanes()[row.lane];
    const int track = (contentY - row.y - CalendarFrame::kLanePadding) / CalendarFrame::kTrack;
    const qint64 t = m_frame.timeAt(pos.x());
    hit.strip = CalendarPainter::showsStrip(m_frame, row, visibleRange());
    hit.overflow = !hit.strip && row.overflow && track >= row.tracks;
    if (hit.strip || hit.overflow)
        return hit;
    const auto slack = qint64(3 * m_frame.scale.secondsPerPixel());
    lane.itemIndex.forEachOverlap({t - slack, t + slack + 1}, [&](qsizetype k) {
        const CalendarModel::Item& item = m_model->items()[lane.items[k]];
        if (m_frame.trackOf(row.lane, k) != track || hit.item >= 0)
            return;
        hit.item = lane.items[k];
        const qreal x1 = m_frame.xOf(item.when.start);
        const qreal x2 = m_frame.xOf(item.when.end);
        hit.grip = Grip::Move;
        // Ends grip over a few pixels, less on short bars so the middle still moves them.
        const qreal grip = std::min<qreal>(kGrip, (x2 - x1) / 4);
        if (x2 - x1 >= 8) {
            if (pos.x() - x1 <= grip)
                hit.grip = Grip::Start;
            else if (x2 - pos.x() <= grip)
                hit.grip = Grip::End;
        }
    });
    if (hit.item < 0) {
        lane.bandIndex.forEachOverlap({t, t + 1}, [&](qsizetype k) {
            if (hit.band < 0)
                hit.band = lane.bands[k];
        });
    }
    return hit;
}

void CalendarView::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    const Hit hit = hitAt(event->position().toPoint());
    m_drag = {};
    if ((hit.overflow || hit.strip) && event->button() == Qt::LeftButton) {
        openListAt(event->position().toPoint());
        return;
    }
    if (hit.item < 0) {
        selectRelease(0);
        return;
    }
    const CalendarModel::Item& item = m_model->items()[hit.item];
    selectRelease(item.releaseId);
    const bool movable = item.bookingId == 0 || m_bookingsMovable;
    if (event->button() != Qt::LeftButton || !m_editable || !movable)
        return;
    m_drag.pressed = true;
    m_drag.grip = hit.grip;
    m_drag.releaseId = item.releaseId;
    m_drag.bookingId = item.bookingId;
    m_drag.rowVersion = item.rowVersion;
    m_drag.original = item.when;
    m_drag.current = item.when;
    m_drag.pressPos = event->position().toPoint();
}

void CalendarView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (!m_drag.pressed) {
        const Hit hit = hitAt(pos);
        const bool edge = hit.grip == Grip::Start || hit.grip == Grip::End;
        viewport()->setCursor(
            edge ? Qt::SizeHorCursor
                 : (hit.item >= 0 && m_editable ? Qt::OpenHandCursor : Qt::ArrowCursor));
        return;
    }
    if (!m_drag.active &&
        (pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag.active = true;
    const auto delta =
        qint64(std::lround((pos.x() - m_drag.pressPos.x()) * m_frame.scale.secondsPerPixel()));
    const Interval o = m_drag.original;
    const qint64 minimum = CalendarTimeScale::kSnapSecs;
    Interval next = o;
    switch (m_drag.grip) {
    case Grip::Move:
        next.start = CalendarTimeScale::snap(o.start + delta);
        next.end = next.start + o.length();
        break;
    case Grip::Start:
        next.start = qMin(CalendarTimeScale::snap(o.start + delta), o.end - minimum);
        break;
    case Grip::End:
        next.end = qMax(CalendarTimeScale::snap(o.end + delta), o.start + minimum);
        break;
    case Grip::None:
        return;
    }
    viewport()->setCursor(m_drag.grip == Grip::Move ? Qt::ClosedHandCursor : Qt::SizeHorCursor);
    if (next != m_drag.current || !m_frame.ghost.active) {
        m_drag.current = next;
        m_drag.conflicts = m_drag.bookingId != 0
                               ? m_model->conflictsIfBookingMoved(m_drag.bookingId, next)
                               : m_model->conflictsIfMoved(m_drag.releaseId, next);
        m_frame.ghost.active = true;
        m_frame.ghost.releaseId = m_drag.releaseId;
        m_frame.ghost.bookingId = m_drag.bookingId;
        m_frame.ghost.when = next;
        m_frame.ghost.conflicts.clear();
        for (const Conflict& c : std::as_const(m_drag.conflicts))
            m_frame.ghost.conflicts << c.message();
        viewport()->update();
    }
}

void CalendarView::mouseReleaseEvent(QMouseEvent* event) {
    Q_UNUSED(event);
    if (m_drag.active && m_drag.current != m_drag.original)
        commitDrag();
    m_drag = {};
    m_frame.ghost = {};
    viewport()->unsetCursor();
    viewport()->update();
}

void CalendarView::commitDrag() {
    if (m_drag.bookingId != 0)
        Q_EMIT moveBookingRequested(m_drag.bookingId, m_drag.rowVersion, m_drag.current.start,
                                    m_drag.current.end);
    else
        Q_EMIT moveWindowRequested(m_drag.releaseId, m_drag.rowVersion, m_drag.current.start,
                                   m_drag.current.end, m_drag.grip != Grip::Move);
}

void CalendarView::contextMenuEvent(QContextMenuEvent* event) {
    if (m_drag.pressed)
        return;
    const Hit hit = hitAt(event->pos());
    if (hit.item >= 0) {
        const CalendarModel::Item& item = m_model->items()[hit.item];
        selectRelease(item.releaseId);
        if (item.bookingId != 0)
            Q_EMIT bookingMenuRequested(item.bookingId, event->globalPos());
        else
            Q_EMIT windowMenuRequested(item.releaseId, event->globalPos());
        return;
    }
    if (hit.lane >= 0) {
        const CalendarModel::Lane& lane = m_model->lanes()[hit.lane];
        if (lane.kind == CalendarModel::RowKind::Environment) {
            const qint64 at = m_frame.timeAt(event->pos().x());
            Q_EMIT environmentMenuRequested(lane.id, at - at % 3600, event->globalPos());
        }
    }
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent* event) {
    const Hit hit = hitAt(event->position().toPoint());
    if (hit.item >= 0)
        Q_EMIT openRelease(m_model->items()[hit.item].releaseId);
}

void CalendarView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        // Smooth zoom around the cursor: one notch is about 15 %.
        const qreal factor = std::pow(1.0012, -qreal(event->angleDelta().y()));
        zoomBy(factor, int(event->position().x()));
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - event->angleDelta().y());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void CalendarView::moveSelection(int key) {
    if (!m_model)
        return;
    const Interval v = visibleRange();
    const int lanes = key == Qt::Key_Up ? -1 : key == Qt::Key_Down ? 1 : 0;
    const int steps = key == Qt::Key_Left ? -1 : key == Qt::Key_Right ? 1 : 0;
    const int next =
        m_model->neighbour(m_frame.selectedRelease, lanes, steps, v.start + v.length() / 2);
    if (next >= 0)
        goTo(m_model->items()[next].releaseId, m_model->items()[next].when);
}

void CalendarView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        moveSelection(event->key());
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
        zoomBy(event->key() == Qt::Key_Minus ? 1.5 : 1 / 1.5,
               m_frame.gutter + (viewport()->width() - m_frame.gutter) / 2);
        return;
    case Qt::Key_T:
        goToToday();
        return;
    case Qt::Key_Escape:
        // Escape while dragging puts the bar back; nothing is saved.
        if (m_drag.pressed) {
            m_drag = {};
            m_frame.ghost = {};
            viewport()->unsetCursor();
            viewport()->update();
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_frame.selectedRelease != 0)
            Q_EMIT openRelease(m_frame.selectedRelease);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

bool CalendarView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

bool CalendarView::openListAt(const QPoint& pos) {
    const Hit hit = hitAt(pos);
    if (!hit.overflow && !hit.strip)
        return false;
    const auto content = CalendarOverflowMenu::contentAt(m_frame, hit.lane, visibleRange(),
                                                         m_frame.timeAt(pos.x()), hit.strip);
    if (content.items.isEmpty())
        return false;
    auto* menu =
        new CalendarOverflowMenu(*m_model, content, isRowExpanded(hit.lane), m_laneCap, this);
    connect(menu, &CalendarOverflowMenu::openRelease, this, [this](qint64 releaseId) {
        selectRelease(releaseId);
        Q_EMIT openRelease(releaseId);
    });
    connect(menu, &CalendarOverflowMenu::expandRow, this,
            [this, lane = hit.lane](bool expanded) { setRowExpanded(lane, expanded); });
    connect(menu, &CalendarOverflowMenu::zoomTo, this, &CalendarView::fitRange);
    menu->popup(viewport()->mapToGlobal(pos));
    return true;
}

QString CalendarView::toolTipAt(const QPoint& pos) const {
    const Hit hit = hitAt(pos);
    if (hit.item >= 0)
        return CalendarToolTip::forWindow(*m_model, m_model->items()[hit.item]);
    if (hit.strip || hit.overflow)
        return CalendarToolTip::forSummary(CalendarOverflowMenu::contentAt(
            m_frame, hit.lane, visibleRange(), m_frame.timeAt(pos.x()), hit.strip));
    if (hit.band >= 0)
        return CalendarToolTip::forBand(m_model->bands()[hit.band], m_frame.zones);
    return {};
}

} // namespace slipway::ui
