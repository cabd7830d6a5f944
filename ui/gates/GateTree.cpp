// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateTree.h"

#include <QDragEnterEvent>
#include <QMimeData>

namespace slipway::ui {

GateTree::GateTree(QWidget* parent)
    : QTreeWidget(parent) {
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
}

qint64 GateTree::criterionAt(const QPoint& pos) const {
    const QTreeWidgetItem* item = itemAt(pos);
    if (!item || !item->data(0, kDroppableRole).toBool())
        return 0;
    return item->data(0, kCriterionRole).toLongLong();
}

void GateTree::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        event->ignore();
}

void GateTree::dragMoveEvent(QDragMoveEvent* event) {
    const qint64 id = event->mimeData()->hasUrls() ? criterionAt(event->position().toPoint()) : 0;
    if (id > 0) {
        setCurrentItem(itemAt(event->position().toPoint()));
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void GateTree::dropEvent(QDropEvent* event) {
    const qint64 id = criterionAt(event->position().toPoint());
    const QList<QUrl> urls = event->mimeData()->urls();
    if (id <= 0 || urls.isEmpty() || !urls.first().isLocalFile()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT fileDropped(id, urls.first().toLocalFile());
}

} // namespace slipway::ui
