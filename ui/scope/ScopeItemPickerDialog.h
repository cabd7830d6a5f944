// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace slipway {
class ScopeBoardModel;
}

namespace slipway::ui {

// Picks one scope item by typing part of its title, key or stakeholder.
class ScopeItemPickerDialog : public QDialog {
    Q_OBJECT
public:
    ScopeItemPickerDialog(ScopeBoardModel* model, qint64 exclude, const QString& prompt,
                          QWidget* parent = nullptr);

    qint64 selectedItem() const;

private:
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

} // namespace slipway::ui
