// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace slipway {
class ScopeBoardModel;
}

namespace slipway::ui {

class ScopeBoardView;

// One board with its header: the release picker, committed effort against the release's
// capacity (amber from 90 %, red over, always with words too) and a button to set it.
class ScopeBoardPane : public QWidget {
    Q_OBJECT
public:
    ScopeBoardPane(const QString& name, ScopeBoardModel* model, QWidget* parent = nullptr);

    ScopeBoardView* view() const { return m_view; }
    QLabel* capacityLabel() const { return m_capacity; }
    QToolButton* capacityButton() const { return m_capacityButton; }

    void setRelease(qint64 releaseId);
    qint64 releaseId() const;
    void setEditable(bool editable);
    // Fills the picker again from the model (keeping the choice) and the capacity line.
    void refresh();

Q_SIGNALS:
    void capacityEditRequested(qint64 releaseId);

private:
    void updateCapacity();

    ScopeBoardModel* m_model;
    QComboBox* m_picker = nullptr;
    QLabel* m_capacity = nullptr;
    QToolButton* m_capacityButton = nullptr;
    ScopeBoardView* m_view = nullptr;
    bool m_editable = true;
};

} // namespace slipway::ui
