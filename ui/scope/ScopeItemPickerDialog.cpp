// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeItemPickerDialog.h"

#include "Theme.h"
#include "itemmodels/Roles.h"
#include "itemmodels/ScopeBoardModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

// Leaves out the item itself, and shows "KEY · title".
class PickerProxy : public QSortFilterProxyModel {
public:
    PickerProxy(qint64 exclude, QObject* parent)
        : QSortFilterProxyModel(parent)
        , m_exclude(exclude) {}

    QVariant data(const QModelIndex& index, int role) const override {
        if (role == Qt::DisplayRole) {
            const QString key = QSortFilterProxyModel::data(index, ExternalKeyRole).toString();
            const QString title = QSortFilterProxyModel::data(index, Qt::DisplayRole).toString();
            return key.isEmpty() ? title : key + QStringLiteral(" · ") + title;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (index.data(IdRole).toLongLong() == m_exclude)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    qint64 m_exclude;
};

} // namespace

ScopeItemPickerDialog::ScopeItemPickerDialog(ScopeBoardModel* model, qint64 exclude,
                                             const QString& prompt, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("scopeItemPicker"));
    setWindowTitle(tr("Choose an item"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setPlaceholderText(tr("Type part of a title, key or stakeholder"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_proxy = new PickerProxy(exclude, this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("pickerList"));
    m_list->setUniformItemSizes(true);
    m_list->setModel(m_proxy);
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed().toLower());
        if (m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [ok](const QModelIndex& current) { ok->setEnabled(current.isValid()); });
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(Theme::space(60), Theme::space(50));
}

qint64 ScopeItemPickerDialog::selectedItem() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

} // namespace slipway::ui
