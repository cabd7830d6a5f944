// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace slipway::ui {

// The checklist tree (gate → criteria) that takes a CI report dropped onto a criterion.
class GateTree : public QTreeWidget {
    Q_OBJECT
public:
    static constexpr int kCriterionRole = Qt::UserRole + 1; // criterion id on criterion rows
    static constexpr int kGateRole = Qt::UserRole + 2;      // gate id on every row
    static constexpr int kDroppableRole = Qt::UserRole + 3; // evaluated from a file

    explicit GateTree(QWidget* parent = nullptr);

Q_SIGNALS:
    void fileDropped(qint64 criterionId, const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    qint64 criterionAt(const QPoint& pos) const;
};

} // namespace slipway::ui
