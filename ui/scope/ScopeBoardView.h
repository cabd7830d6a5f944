// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeItem.h"
#include "itemmodels/ScopeBoardFilter.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QPointer>

#include <utility>

namespace slipway {
class ScopeBoardModel;
}

namespace slipway::ui {

// One release's kanban board: the backlog (optional) and a column per status, cards
// painted from a ScopeBoardModel — only those in view, no widget per card. Cards are
// dragged between columns and onto peer boards, or moved with Ctrl+Left/Right; the view
// only asks for moves (moveRequested), the screen turns them into undoable commands.
class ScopeBoardView : public QAbstractScrollArea {
    Q_OBJECT
public:
    struct Column {
        bool backlog = false;
        ScopeStatus status = ScopeStatus::Proposed;
        QList<int> rows; // into model->items(), in ScopeRankRule order
        double effort = 0;
    };

    explicit ScopeBoardView(QWidget* parent = nullptr);

    void setModel(ScopeBoardModel* model);
    ScopeBoardModel* model() const { return m_model; }
    void setRelease(qint64 releaseId);
    qint64 releaseId() const { return m_releaseId; }
    void setShowBacklog(bool show);
    void setFilter(const ScopeBoardFilter& filter);
    void setEditable(bool editable) { m_editable = editable; }
    // Other boards a card may be dropped on.
    void setPeers(const QList<ScopeBoardView*>& peers);

    const Column& column(int index) const { return m_columns[index]; }
    int columnOf(qint64 itemId) const;
    int cardCount() const; // cards on the board after the filter
    qint64 selectedItem() const { return m_selected; }
    void selectItem(qint64 itemId);
    // Viewport rectangles; empty when the card (or column) is not in view.
    QRect cardRect(qint64 itemId) const;
    QRect columnRect(int column) const;
    int columnAt(const QPoint& viewportPos) const; // -1 outside every column

    // Paints the whole view as it is now (benchmark); returns the cards painted.
    int paintTo(QPainter& painter, const QSize& size);
    int lastPaintedCards() const { return m_lastPainted; }

Q_SIGNALS:
    void moveRequested(qint64 itemId, slipway::ScopeStatus toStatus, qint64 toReleaseId);
    // A card dragged to another place in its column, or moved with Ctrl+Up/Down: the
    // ranks to store (ScopeRankRule::place).
    void reorderRequested(qint64 itemId, const QList<std::pair<qint64, double>>& ranks);
    void contextMenuRequested(qint64 itemId, const QPoint& globalPos);
    void selectionChanged(qint64 itemId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    struct Hit {
        int column = -1;
        int index = -1; // into column.rows; -1 on the column's empty space
    };
    struct Drag {
        bool pressed = false;
        bool active = false;
        qint64 itemId = 0;
        QPoint pressPos;
        QPoint offset; // press point inside the card
        QPoint pos;    // current viewport position
    };

    void relayout();
    void updateScrollBars();
    int columnWidth() const;
    int columnX(int column) const;
    QRect cardRectAt(int column, int index) const;
    Hit hitAt(const QPoint& pos) const;
    void ensureVisible(qint64 itemId);
    void moveSelection(int dColumn, int dIndex);
    void requestMoveTo(qint64 itemId, int column);
    // Slot: the gap before the card at that index of the column (rows.size(): the end).
    int slotAt(int column, const QPoint& pos) const;
    void requestPlace(qint64 itemId, int column, int slot);
    void setDropHighlight(int column);
    int render(QPainter& painter, const QRect& area);
    QString toolTipAt(const QPoint& pos) const;

    ScopeBoardModel* m_model = nullptr;
    qint64 m_releaseId = 0;
    bool m_showBacklog = true;
    bool m_editable = true;
    ScopeBoardFilter m_filter;
    QList<Column> m_columns;
    QList<QPointer<ScopeBoardView>> m_peers;
    qint64 m_selected = 0;
    int m_dropHighlight = -1;
    int m_lastPainted = 0;
    Drag m_drag;
    struct DropSlot {
        int column = -1;
        int slot = -1;
    };
    DropSlot m_dropSlot; // while dragging within the card's own column
};

} // namespace slipway::ui
