// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlackoutsDialog.h"

#include "SchedulingRecordOps.h"
#include "Theme.h"
#include "services/BlackoutService.h"
#include "services/SchedulingServices.h"
#include "undo/ChangeRecordCommand.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

BlackoutsDialog::BlackoutsDialog(SchedulingContext context, QWidget* parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_table(new QTableWidget(0, 5, this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this)) {
    setObjectName(QStringLiteral("blackoutsDialog"));
    setWindowTitle(tr("Blackouts"));
    m_table->setObjectName(QStringLiteral("blackoutTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Severity"), tr("Repeats"), tr("Time zone"), tr("First starts")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_new->setObjectName(QStringLiteral("newBlackoutButton"));
    m_edit->setObjectName(QStringLiteral("editBlackoutButton"));
    m_remove->setObjectName(QStringLiteral("removeBlackoutButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(Theme::space(110), Theme::space(56));

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QPushButton::clicked, this, &BlackoutsDialog::newRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (current())
            Q_EMIT editRequested(current()->id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (current() && !m_context.readOnly)
            Q_EMIT editRequested(current()->id);
    });
    connect(m_remove, &QPushButton::clicked, this, &BlackoutsDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BlackoutsDialog::updateButtons);
    connect(m_context.services, &SchedulingServices::scheduleChanged, this,
            &BlackoutsDialog::reload);
    reload();
}

const Blackout* BlackoutsDialog::current() const {
    const int row = m_table->currentRow();
    return row >= 0 && row < m_blackouts.size() && m_table->selectionModel()->hasSelection()
               ? &m_blackouts.at(row)
               : nullptr;
}

void BlackoutsDialog::reload() {
    const qint64 selected = current() ? current()->id : 0;
    auto all = m_context.services->blackouts().all();
    m_blackouts = all ? all.value() : QList<Blackout>();
    m_table->setRowCount(int(m_blackouts.size()));
    for (int row = 0; row < m_blackouts.size(); ++row) {
        const Blackout& b = m_blackouts.at(row);
        const QTimeZone zone(b.zone.toUtf8());
        const QDateTime start =
            QDateTime::fromSecsSinceEpoch(b.startUtc, zone.isValid() ? zone : QTimeZone::utc());
        // Severity in words as well as colour, for readers who cannot tell the colours apart.
        auto* severity = new QTableWidgetItem(b.hard ? tr("Hard") : tr("Soft"));
        severity->setForeground(b.hard ? Theme::danger() : Theme::warning());
        m_table->setItem(row, 0, new QTableWidgetItem(b.name));
        m_table->setItem(row, 1, severity);
        m_table->setItem(row, 2, new QTableWidgetItem(b.rrule.isEmpty() ? tr("once") : b.rrule));
        m_table->setItem(row, 3, new QTableWidgetItem(b.zone));
        m_table->setItem(row, 4,
                         new QTableWidgetItem(start.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        if (b.id == selected)
            m_table->selectRow(row);
    }
    updateButtons();
}

void BlackoutsDialog::updateButtons() {
    const bool writable = !m_context.readOnly;
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && current());
    m_remove->setEnabled(writable && current());
}

void BlackoutsDialog::removeSelected() {
    if (!current())
        return;
    const Blackout before = *current();
    m_context.undoStack->push(new ChangeRecordCommand<Blackout>(
        blackoutOps(*m_context.services), before, std::nullopt,
        tr("Remove blackout “%1”").arg(before.name), m_context.onError));
}

} // namespace slipway::ui
