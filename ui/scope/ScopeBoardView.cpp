// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeBoardView.h"

#include "ScopeCardPainter.h"
#include "Theme.h"
#include "itemmodels/ScopeBoardModel.h"
#include "rules/ScopeMoveRule.h"
#include "rules/ScopeRankRule.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace slipway::ui {
namespace {

constexpr int kHeader = 48;
constexpr int kGap = Theme::space(1);
constexpr int kMargin = Theme::space(1);
constexpr int kInset = 6; // card inside its column
constexpr int kMinColumn = 160;
constexpr int kPitch = ScopeCardPainter::kHeight + kGap;

constexpr std::array<ScopeStatus, 5> kStatuses = {ScopeStatus::Proposed, ScopeStatus::Committed,
                                                  ScopeStatus::InProgress, ScopeStatus::Done,
                                                  ScopeStatus::Deferred};

} // namespace

ScopeBoardView::ScopeBoardView(QWidget* parent)
    : QAbstractScrollArea(parent) {
    setObjectName(QStringLiteral("scopeBoard"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    verticalScrollBar()->setSingleStep(kPitch / 2);
    horizontalScrollBar()->setSingleStep(Theme::space(4));
    relayout();
}

void ScopeBoardView::setModel(ScopeBoardModel* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QObject::destroyed, this, [this] {
            m_model = nullptr;
            relayout();
        });
        connect(m_model, &ScopeBoardModel::boardChanged, this, &ScopeBoardView::relayout);
        connect(m_model, &QAbstractItemModel::modelReset, this, &ScopeBoardView::relayout);
    }
    relayout();
}

void ScopeBoardView::setRelease(qint64 releaseId) {
    if (m_releaseId == releaseId)
        return;
    m_releaseId = releaseId;
    relayout();
}

void ScopeBoardView::setShowBacklog(bool show) {
    if (m_showBacklog == show)
        return;
    m_showBacklog = show;
    relayout();
}

void ScopeBoardView::setFilter(const ScopeBoardFilter& filter) {
    m_filter = filter;
    relayout();
}

void ScopeBoardView::setPeers(const QList<ScopeBoardView*>& peers) {
    m_peers.clear();
    for (ScopeBoardView* peer : peers) {
        if (peer != this)
            m_peers.append(peer);
    }
}

void ScopeBoardView::relayout() {
    m_columns.clear();
    if (m_showBacklog) {
        Column backlog;
        backlog.backlog = true;
        m_columns.append(backlog);
    }
    for (ScopeStatus status : kStatuses) {
        Column c;
        c.status = status;
        m_columns.append(c);
    }
    if (m_model) {
        const QList<ScopeItem>& items = m_model->items();
        const int first = m_showBacklog ? 1 : 0;
        for (int row : m_model->matching(m_filter)) {
            const ScopeItem& s = items[row];
            Column* c = nullptr;
            if (s.releaseId == 0) {
                if (m_showBacklog)
                    c = &m_columns[0];
            } else if (m_releaseId > 0 && s.releaseId == m_releaseId) {
                c = &m_columns[first + int(s.status)];
            }
            if (!c)
                continue;
            c->rows.append(row);
            c->effort += s.effort;
        }
        for (Column& c : m_columns) {
            std::sort(c.rows.begin(), c.rows.end(),
                      [&items](int a, int b) { return ScopeRankRule::before(items[a], items[b]); });
        }
    }
    if (m_selected != 0 && columnOf(m_selected) < 0) {
        m_selected = 0;
        Q_EMIT selectionChanged(0);
    }
    updateScrollBars();
    viewport()->update();
}

void ScopeBoardView::updateScrollBars() {
    int most = 0;
    for (const Column& c : std::as_const(m_columns))
        most = qMax(most, int(c.rows.size()));
    const int contentHeight = kHeader + kGap + most * kPitch + kMargin;
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, qMax(0, contentHeight - viewport()->height()));
    const int n = int(m_columns.size());
    const int contentWidth = 2 * kMargin + n * columnWidth() + qMax(0, n - 1) * kGap;
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, qMax(0, contentWidth - viewport()->width()));
}

void ScopeBoardView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

int ScopeBoardView::columnWidth() const {
    const int n = qMax(1, int(m_columns.size()));
    const int fit = (viewport()->width() - 2 * kMargin - (n - 1) * kGap) / n;
    return qMax(kMinColumn, fit);
}

int ScopeBoardView::columnX(int column) const {
    return kMargin + column * (columnWidth() + kGap) - horizontalScrollBar()->value();
}

QRect ScopeBoardView::columnRect(int column) const {
    if (column < 0 || column >= m_columns.size())
        return {};
    const QRect r(columnX(column), 0, columnWidth(), viewport()->height());
    return r.intersected(viewport()->rect());
}

QRect ScopeBoardView::cardRectAt(int column, int index) const {
    const int y = kHeader + kGap + index * kPitch - verticalScrollBar()->value();
    return {columnX(column) + kInset, y, columnWidth() - 2 * kInset, ScopeCardPainter::kHeight};
}

QRect ScopeBoardView::cardRect(qint64 itemId) const {
    const int c = columnOf(itemId);
    if (c < 0 || !m_model)
        return {};
    const int row = m_model->rowOf(itemId);
    const int index = int(m_columns[c].rows.indexOf(row));
    const QRect r = cardRectAt(c, index);
    const QRect visible = viewport()->rect().adjusted(0, kHeader, 0, 0);
    return visible.intersects(r) ? r : QRect();
}

int ScopeBoardView::columnOf(qint64 itemId) const {
    if (!m_model)
        return -1;
    const int row = m_model->rowOf(itemId);
    if (row < 0)
        return -1;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].rows.contains(row))
            return c;
    }
    return -1;
}

int ScopeBoardView::cardCount() const {
    int n = 0;
    for (const Column& c : m_columns)
        n += int(c.rows.size());
    return n;
}

int ScopeBoardView::columnAt(const QPoint& pos) const {
    if (!viewport()->rect().contains(pos))
        return -1;
    for (int c = 0; c < m_columns.size(); ++c) {
        const int x = columnX(c);
        if (pos.x() >= x && pos.x() < x + columnWidth())
            return c;
    }
    return -1;
}

ScopeBoardView::Hit ScopeBoardView::hitAt(const QPoint& pos) const {
    Hit hit;
    hit.column = columnAt(pos);
    if (hit.column < 0 || pos.y() < kHeader)
        return hit;
    const int y = pos.y() - kHeader - kGap + verticalScrollBar()->value();
    if (y < 0)
        return hit;
    const int index = y / kPitch;
    if (y % kPitch >= ScopeCardPainter::kHeight)
        return hit;
    if (index < m_columns[hit.column].rows.size() && cardRectAt(hit.column, index).contains(pos))
        hit.index = index;
    return hit;
}

void ScopeBoardView::selectItem(qint64 itemId) {
    if (itemId != 0 && columnOf(itemId) < 0)
        itemId = 0;
    if (m_selected == itemId)
        return;
    m_selected = itemId;
    if (itemId != 0)
        ensureVisible(itemId);
    viewport()->update();
    Q_EMIT selectionChanged(itemId);
}

void ScopeBoardView::ensureVisible(qint64 itemId) {
    const int c = columnOf(itemId);
    if (c < 0)
        return;
    const int index = int(m_columns[c].rows.indexOf(m_model->rowOf(itemId)));
    const int top = kHeader + kGap + index * kPitch;    // in content coordinates
    const int bottom = top + ScopeCardPainter::kHeight; // ditto
    QScrollBar* v = verticalScrollBar();
    if (top - kHeader < v->value())
        v->setValue(top - kHeader - kGap);
    else if (bottom > v->value() + viewport()->height())
        v->setValue(bottom - viewport()->height() + kGap);
    const int left = kMargin + c * (columnWidth() + kGap);
    QScrollBar* h = horizontalScrollBar();
    if (left < h->value())
        h->setValue(left - kMargin);
    else if (left + columnWidth() > h->value() + viewport()->width())
        h->setValue(left + columnWidth() - viewport()->width() + kMargin);
}

void ScopeBoardView::setDropHighlight(int column) {
    if (m_dropHighlight == column)
        return;
    m_dropHighlight = column;
    viewport()->update();
}

void ScopeBoardView::paintEvent(QPaintEvent* event) {
    QPainter painter(viewport());
    m_lastPainted = render(painter, event->rect());
}

int ScopeBoardView::paintTo(QPainter& painter, const QSize& size) {
    if (viewport()->size() != size) {
        resize(size);
        updateScrollBars();
    }
    m_lastPainted = render(painter, QRect(QPoint(0, 0), size));
    return m_lastPainted;
}

int ScopeBoardView::render(QPainter& p, const QRect& area) {
    const QPalette& pal = palette();
    p.fillRect(area, pal.color(QPalette::Window));
    if (!m_model)
        return 0;
    const QList<ScopeItem>& items = m_model->items();
    const int width = columnWidth();
    const int height = viewport()->height();
    const int scroll = verticalScrollBar()->value();
    QFont headerFont = font();
    headerFont.setBold(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    int painted = 0;
    const ScopeCardPainter cards(font(), pal, p.device()->devicePixelRatioF());
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column& column = m_columns[c];
        const int x = columnX(c);
        if (x + width < area.left() || x > area.right())
            continue;
        const QRect colRect(x, 0, width, height);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(m_dropHighlight == c ? QPen(Theme::accent(), 2) : Qt::NoPen);
        p.setBrush(Theme::tint(column.backlog ? Theme::muted() : Theme::border(), 0.35));
        p.drawRoundedRect(QRectF(colRect).adjusted(1, 1, -1, -1), Theme::kRadius, Theme::kRadius);
        p.setRenderHint(QPainter::Antialiasing, false);

        // Cards below the header, only those in view.
        p.save();
        p.setClipRect(QRect(x, kHeader, width, height - kHeader).intersected(area));
        const int first = qMax(0, (scroll - kGap) / kPitch);
        for (int i = first; i < column.rows.size(); ++i) {
            const QRect r = cardRectAt(c, i);
            if (r.top() > height)
                break;
            const ScopeItem& s = items[column.rows[i]];
            if (m_drag.active && s.id == m_drag.itemId) {
                // The card's old place stays as an outline while it is dragged.
                p.setPen(QPen(Theme::border(), 1, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(r.adjusted(0, 0, -1, -1), Theme::kRadius, Theme::kRadius);
                continue;
            }
            ScopeCardPainter::Decor decor;
            decor.needs = int(m_model->needsOf(s.id).size());
            decor.warning = m_model->hasWarning(s.id);
            decor.selected = s.id == m_selected;
            cards.paint(p, r, s, decor);
            ++painted;
        }
        if (m_drag.active && m_dropSlot.column == c) {
            // Where the card will go within its own column.
            const int y = cardRectAt(c, m_dropSlot.slot).top() - kGap / 2 - 1;
            p.fillRect(QRect(x + kInset, y, width - 2 * kInset, 3), Theme::accent());
        }
        if (column.rows.isEmpty()) {
            p.setPen(Theme::muted());
            p.setFont(small);
            QString hint;
            if (!m_filter.isEmpty())
                hint = tr("No cards match the filter.");
            else if (column.backlog)
                hint = tr("Items in no release wait here. Drag a card here to take it out of its "
                          "release.");
            else if (m_releaseId == 0)
                hint = tr("Pick a release above.");
            else
                hint = tr("Drag cards here, or select one and press Ctrl+Right / Ctrl+Left.");
            p.drawText(QRect(x + Theme::space(2), kHeader + Theme::space(2),
                             width - Theme::space(4), Theme::space(12)),
                       Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, hint);
        }
        p.restore();

        // Header: the column's name, then its cards and effort.
        p.setPen(pal.color(QPalette::WindowText));
        p.setFont(headerFont);
        const QString title = column.backlog ? tr("Backlog") : displayName(column.status);
        p.drawText(QRect(x + Theme::space(1) + 4, 6, width - Theme::space(2), 20),
                   Qt::AlignLeft | Qt::AlignVCenter, title);
        p.setFont(small);
        p.setPen(Theme::muted());
        // Counts in the locale's digits, elided rather than run into the next column.
        const QString summary = tr("%1 card(s) · %2 pts")
                                    .arg(QLocale().toString(column.rows.size()),
                                         QLocale().toString(column.effort, 'f', 1));
        p.drawText(
            QRect(x + Theme::space(1) + 4, 26, width - Theme::space(2), 16),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(summary, Qt::ElideRight, width - Theme::space(2)));
    }
    // The dragged card follows the mouse.
    if (m_drag.active && m_model) {
        if (const ScopeItem* s = m_model->item(m_drag.itemId)) {
            ScopeCardPainter::Decor decor;
            decor.needs = int(m_model->needsOf(s->id).size());
            decor.warning = m_model->hasWarning(s->id);
            decor.selected = true;
            decor.ghost = true;
            const QRect r(m_drag.pos - m_drag.offset,
                          QSize(width - 2 * kInset, ScopeCardPainter::kHeight));
            p.setOpacity(0.9);
            cards.paint(p, r, *s, decor);
            p.setOpacity(1);
        }
    }
    return painted;
}

void ScopeBoardView::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    const Hit hit = hitAt(event->position().toPoint());
    if (hit.index < 0) {
        selectItem(0);
        return;
    }
    const qint64 id = m_model->items()[m_columns[hit.column].rows[hit.index]].id;
    selectItem(id);
    if (event->button() == Qt::LeftButton && m_editable) {
        m_drag = Drag();
        m_drag.pressed = true;
        m_drag.itemId = id;
        m_drag.pressPos = event->position().toPoint();
        m_drag.offset = m_drag.pressPos - cardRectAt(hit.column, hit.index).topLeft();
        m_drag.pos = m_drag.pressPos;
    }
}

void ScopeBoardView::mouseMoveEvent(QMouseEvent* event) {
    if (!m_drag.pressed)
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_drag.active &&
        (pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag.active = true;
    m_drag.pos = pos;
    // Highlight the column under the mouse, here or on a peer board.
    const QPoint global = viewport()->mapToGlobal(pos);
    const int over = columnAt(pos);
    setDropHighlight(over == columnOf(m_drag.itemId) ? -1 : over);
    m_dropSlot = over >= 0 && over == columnOf(m_drag.itemId) ? DropSlot{over, slotAt(over, pos)}
                                                              : DropSlot{};
    for (const auto& peer : std::as_const(m_peers)) {
        if (peer && peer->isVisible())
            peer->setDropHighlight(peer->columnAt(peer->viewport()->mapFromGlobal(global)));
    }
    viewport()->update();
}

void ScopeBoardView::mouseReleaseEvent(QMouseEvent* event) {
    const Drag drag = m_drag;
    m_drag = Drag();
    m_dropSlot = DropSlot{};
    setDropHighlight(-1);
    for (const auto& peer : std::as_const(m_peers)) {
        if (peer)
            peer->setDropHighlight(-1);
    }
    viewport()->update();
    if (!drag.active)
        return;
    const QPoint pos = event->position().toPoint();
    if (const int c = columnAt(pos); c >= 0) {
        if (c == columnOf(drag.itemId))
            requestPlace(drag.itemId, c, slotAt(c, pos));
        else
            requestMoveTo(drag.itemId, c);
        return;
    }
    const QPoint global = viewport()->mapToGlobal(pos);
    for (const auto& peer : std::as_const(m_peers)) {
        if (!peer || !peer->isVisible())
            continue;
        if (const int c = peer->columnAt(peer->viewport()->mapFromGlobal(global)); c >= 0) {
            peer->requestMoveTo(drag.itemId, c);
            return;
        }
    }
}

void ScopeBoardView::requestMoveTo(qint64 itemId, int column) {
    const ScopeItem* item = m_model ? m_model->item(itemId) : nullptr;
    if (!item || !m_editable || column < 0 || column >= m_columns.size())
        return;
    const Column& target = m_columns[column];
    if (target.backlog) {
        if (item->releaseId == 0)
            return;
        Q_EMIT moveRequested(itemId, ScopeMoveRule::statusInBacklog(item->status), 0);
        return;
    }
    if (m_releaseId <= 0 || (item->releaseId == m_releaseId && item->status == target.status))
        return;
    Q_EMIT moveRequested(itemId, target.status, m_releaseId);
}

int ScopeBoardView::slotAt(int column, const QPoint& pos) const {
    const int y = pos.y() - kHeader - kGap + verticalScrollBar()->value();
    const int slot = (y + kPitch / 2) / kPitch; // the gap nearest to the mouse
    return qBound(0, slot, int(m_columns[column].rows.size()));
}

void ScopeBoardView::requestPlace(qint64 itemId, int column, int slot) {
    const ScopeItem* item = m_model ? m_model->item(itemId) : nullptr;
    if (!item || !m_editable || column < 0 || column >= m_columns.size())
        return;
    const QList<ScopeItem>& items = m_model->items();
    const Column& c = m_columns[column];
    // The card that will follow the moved one on screen, or the one it will follow.
    qint64 nextId = 0;
    qint64 prevId = 0;
    for (int i = slot; i < c.rows.size() && nextId == 0; ++i) {
        if (items[c.rows[i]].id != itemId)
            nextId = items[c.rows[i]].id;
    }
    for (int i = slot - 1; i >= 0 && prevId == 0; --i) {
        if (items[c.rows[i]].id != itemId)
            prevId = items[c.rows[i]].id;
    }
    if (nextId == 0 && prevId == 0)
        return;
    // The whole column, filtered out cards too, so their order is kept around the move.
    QList<const ScopeItem*> whole;
    for (const ScopeItem& s : items) {
        const bool same =
            c.backlog ? s.releaseId == 0 : s.releaseId == m_releaseId && s.status == c.status;
        if (same)
            whole.append(&s);
    }
    std::sort(whole.begin(), whole.end(),
              [](const ScopeItem* a, const ScopeItem* b) { return ScopeRankRule::before(*a, *b); });
    int toIndex = 0;
    int index = 0;
    for (const ScopeItem* s : std::as_const(whole)) {
        if (s->id == itemId)
            continue;
        if (s->id == nextId) {
            toIndex = index;
            break;
        }
        ++index;
        if (s->id == prevId) {
            toIndex = index;
            if (nextId == 0)
                break;
        }
    }
    const QList<ScopeRankRule::Rank> ranks = ScopeRankRule::place(whole, *item, toIndex);
    if (!ranks.isEmpty())
        Q_EMIT reorderRequested(itemId, ranks);
}

void ScopeBoardView::moveSelection(int dColumn, int dIndex) {
    if (m_columns.isEmpty())
        return;
    int c = columnOf(m_selected);
    int index = 0;
    if (c < 0) {
        // Nothing selected yet: the first card of the first column that has one.
        for (int i = 0; i < m_columns.size(); ++i) {
            if (!m_columns[i].rows.isEmpty()) {
                selectItem(m_model->items()[m_columns[i].rows.first()].id);
                return;
            }
        }
        return;
    }
    index = int(m_columns[c].rows.indexOf(m_model->rowOf(m_selected)));
    if (dIndex != 0) {
        index = qBound(0, index + dIndex, int(m_columns[c].rows.size()) - 1);
    } else {
        // Left/right skip empty columns.
        int next = c + dColumn;
        while (next >= 0 && next < m_columns.size() && m_columns[next].rows.isEmpty())
            next += dColumn;
        if (next < 0 || next >= m_columns.size())
            return;
        c = next;
        index = qMin(index, int(m_columns[c].rows.size()) - 1);
    }
    selectItem(m_model->items()[m_columns[c].rows[index]].id);
}

void ScopeBoardView::keyPressEvent(QKeyEvent* event) {
    const bool move = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int step = event->key() == Qt::Key_Up ? -1 : 1;
        if (!move) {
            moveSelection(0, step);
            return;
        }
        // Ctrl+Up/Down: the selected card one place up or down among the visible cards.
        const int c = columnOf(m_selected);
        if (c < 0)
            return;
        const int at = int(m_columns[c].rows.indexOf(m_model->rowOf(m_selected)));
        const int slot = step < 0 ? at - 1 : at + 2; // slots count the gaps between cards
        if (slot >= 0 && slot <= m_columns[c].rows.size())
            requestPlace(m_selected, c, slot);
        return;
    }
    case Qt::Key_PageUp:
        moveSelection(0, -qMax(1, viewport()->height() / kPitch));
        return;
    case Qt::Key_PageDown:
        moveSelection(0, qMax(1, viewport()->height() / kPitch));
        return;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        if (!move) {
            moveSelection(step, 0);
            return;
        }
        const int c = columnOf(m_selected);
        if (c >= 0 && c + step >= 0 && c + step < m_columns.size())
            requestMoveTo(m_selected, c + step);
        return;
    }
    case Qt::Key_Escape:
        if (m_drag.active) {
            m_drag = Drag();
            m_dropSlot = DropSlot{};
            setDropHighlight(-1);
            viewport()->update();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ScopeBoardView::contextMenuEvent(QContextMenuEvent* event) {
    QPoint pos = event->pos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const QRect r = cardRect(m_selected);
        if (r.isEmpty())
            return;
        pos = r.center();
    } else {
        pos = viewport()->mapFrom(this, pos);
        const Hit hit = hitAt(pos);
        if (hit.index < 0)
            return;
        selectItem(m_model->items()[m_columns[hit.column].rows[hit.index]].id);
    }
    if (m_selected != 0)
        Q_EMIT contextMenuRequested(m_selected, viewport()->mapToGlobal(pos));
}

QString ScopeBoardView::toolTipAt(const QPoint& pos) const {
    const Hit hit = hitAt(pos);
    if (hit.index < 0)
        return {};
    const ScopeItem& s = m_model->items()[m_columns[hit.column].rows[hit.index]];
    QStringList lines{s.title};
    if (!s.externalKey.isEmpty())
        lines << s.externalKey;
    if (const int needs = int(m_model->needsOf(s.id).size()); needs > 0)
        lines << tr("Needs %n item(s).", nullptr, needs);
    for (const DependencyWarning& w : m_model->warningsFor(s.id))
        lines << tr("Warning: %1").arg(w.message);
    return lines.join(u'\n');
}

bool ScopeBoardView::viewportEvent(QEvent* event) {
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

} // namespace slipway::ui
