// SPDX-License-Identifier: GPL-3.0-or-later
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

} // namespace slipway::ui
