// SPDX-License-Identifier: GPL-3.0-or-later
// ScopeBoardView: mouse, keyboard and drag input, turned into move and placement requests.
#include "ScopeBoardView.h"

#include "ScopeBoardMetrics.h"
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

using namespace scopeboard;

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
        for (const Column& column : std::as_const(m_columns)) {
            if (!column.rows.isEmpty()) {
                selectItem(m_model->items()[column.rows.first()].id);
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
