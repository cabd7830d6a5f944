// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordTableSection.h"

#include "DefinitionContext.h"
#include "IconProvider.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slipway::ui {

RecordTableSection::RecordTableSection(DefinitionContext& context, const Texts& texts,
                                       QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(texts.objectName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::space(1));
    auto* title = new QLabel(texts.title, this);
    title->setFont(Theme::sectionFont());
    layout->addWidget(title);

    m_table = new QTableWidget(0, int(texts.headers.size()), this);
    m_table->setObjectName(texts.tableName);
    m_table->setHorizontalHeaderLabels(texts.headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(texts.tableTip);
    layout->addWidget(m_table, 1);

    auto* addRow = new QHBoxLayout;
    addRow->setSpacing(Theme::space(1));
    m_new = new QLineEdit(this);
    m_new->setObjectName(texts.newEditName);
    m_new->setPlaceholderText(texts.placeholder);
    addRow->addWidget(m_new, 1);
    m_add = new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("Add"), this);
    m_add->setObjectName(texts.addName);
    addRow->addWidget(m_add);
    m_remove = new QPushButton(IconProvider::icon(QStringLiteral("delete")), QString(), this);
    m_remove->setObjectName(texts.removeName);
    m_remove->setToolTip(texts.removeTip);
    addRow->addWidget(m_remove);
    layout->addLayout(addRow);

    const auto addOne = [this] {
        const QString text = m_new->text().trimmed();
        if (text.isEmpty() || m_releaseId <= 0)
            return;
        if (add(text))
            m_new->clear();
        load(m_releaseId);
    };
    connect(m_add, &QPushButton::clicked, this, addOne);
    connect(m_new, &QLineEdit::returnPressed, this, addOne);
    connect(m_new, &QLineEdit::textChanged, this, &RecordTableSection::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_count)
            return;
        remove(row);
        load(m_releaseId);
    });
    connect(m_table, &QTableWidget::itemChanged, this, &RecordTableSection::itemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecordTableSection::updateButtons);
}

void RecordTableSection::load(qint64 releaseId) {
    m_releaseId = releaseId;
    m_count = fetch(releaseId);
    m_loading = true;
    m_table->clearContents();
    m_table->setRowCount(m_count);
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                                (m_context.editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
    for (int row = 0; row < m_count; ++row)
        fillRow(row, flags);
    filled();
    m_loading = false;
    updateButtons();
}

void RecordTableSection::setEditable(bool) {
    load(m_releaseId);
}

void RecordTableSection::updateButtons() {
    const bool editable = m_context.editable && m_releaseId > 0;
    m_new->setEnabled(editable);
    m_add->setEnabled(editable && !m_new->text().trimmed().isEmpty());
    const int row = m_table->currentRow();
    m_remove->setEnabled(editable && row >= 0 && row < m_count);
}

void RecordTableSection::itemChanged(QTableWidgetItem* item) {
    if (m_loading || item->row() >= m_count)
        return;
    cellEdited(item->row(), item->column(), item->text().trimmed());
}

void RecordTableSection::pushLater(std::function<QUndoCommand*()> make) {
    QMetaObject::invokeMethod(
        this,
        [this, make = std::move(make)] {
            m_context.push(make());
            load(m_releaseId);
        },
        Qt::QueuedConnection);
}

void RecordTableSection::refuse(const QString& message) {
    m_context.fail(message);
    QMetaObject::invokeMethod(
        this, [this] { load(m_releaseId); }, Qt::QueuedConnection);
}

} // namespace slipway::ui
