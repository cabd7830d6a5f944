// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreezeDialog.h"

#include "EntryZoneCombo.h"
#include "SchedulingRecordOps.h"
#include "Theme.h"
#include "ZonedDateTimeEdit.h"
#include "domain/ZonedTime.h"
#include "rules/ScheduleValidation.h"
#include "services/FreezeService.h"
#include "services/SchedulingServices.h"
#include "undo/ChangeRecordCommand.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

namespace slipway::ui {
FreezeDialog::FreezeDialog(SchedulingContext context, QWidget* parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_table(new QTableWidget(0, 4, this))
    , m_name(new QLineEdit(this))
    , m_incident(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_zone(new EntryZoneCombo(this))
    , m_start(new ZonedDateTimeEdit(this))
    , m_end(new ZonedDateTimeEdit(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_save(new QPushButton(tr("&Save changes"), this))
    , m_remove(new QPushButton(tr("&Remove"), this)) {
    setObjectName(QStringLiteral("freezeDialog"));
    setWindowTitle(tr("Incident freezes"));
    m_table->setObjectName(QStringLiteral("freezeTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_name->setObjectName(QStringLiteral("freezeNameEdit"));
    m_incident->setObjectName(QStringLiteral("incidentEdit"));
    m_incident->setPlaceholderText(QStringLiteral("INC0012345"));
    m_reason->setObjectName(QStringLiteral("freezeReasonEdit"));
    m_zone->drive({m_start, m_end});
    m_start->setObjectName(QStringLiteral("freezeStartEdit"));
    m_end->setObjectName(QStringLiteral("freezeEndEdit"));
    m_error->setObjectName(QStringLiteral("freezeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    m_add->setObjectName(QStringLiteral("addFreezeButton"));
    m_save->setObjectName(QStringLiteral("saveFreezeButton"));
    m_remove->setObjectName(QStringLiteral("removeFreezeButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Incident:"), m_incident);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("S&tarts:"), m_start);
    form->addRow(tr("&Ends:"), m_end);
    form->addRow(QString(), m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(Theme::space(80), Theme::space(60));

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FreezeDialog::showSelected);
    connect(m_add, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_remove, &QPushButton::clicked, this, &FreezeDialog::removeSelected);
    for (QLineEdit* edit : {m_name, m_incident, m_reason})
        connect(edit, &QLineEdit::textChanged, this, &FreezeDialog::validate);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &FreezeDialog::validate);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &FreezeDialog::validate);
    connect(m_context.services, &SchedulingServices::scheduleChanged, this, &FreezeDialog::reload);
    connect(m_zone, &EntryZoneCombo::timeZoneChanged, this, &FreezeDialog::fillTable);

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_start->setUtc(now - now % 3600);
    m_end->setUtc(m_start->utc() + qint64(2) * 86400);
    reload();
}

void FreezeDialog::reload() {
    const qint64 selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_freezes.size()
                                ? m_freezes.at(m_table->currentRow()).id
                                : 0;
    auto all = m_context.services->freezes().all();
    m_freezes = all ? all.value() : QList<FreezePeriod>();
    fillTable();
    for (int row = 0; row < m_freezes.size(); ++row) {
        if (m_freezes.at(row).id == selected)
            m_table->selectRow(row);
    }
    validate();
}

void FreezeDialog::fillTable() {
    const QTimeZone zone = m_zone->timeZone();
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Incident"),
                                        tr("Starts (%1)").arg(QString::fromUtf8(zone.id())),
                                        tr("Ends (%1)").arg(QString::fromUtf8(zone.id()))});
    m_table->setRowCount(int(m_freezes.size()));
    for (int row = 0; row < m_freezes.size(); ++row) {
        const FreezePeriod& f = m_freezes.at(row);
        const QStringList cells{f.name, f.incidentRef, ZonedTime::format(f.startUtc, zone),
                                ZonedTime::format(f.endUtc, zone)};
        for (int c = 0; c < cells.size(); ++c) {
            if (QTableWidgetItem* item = m_table->item(row, c))
                item->setText(cells.at(c));
            else
                m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
    }
}

void FreezeDialog::showSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_freezes.size())
        return validate();
    const FreezePeriod& f = m_freezes.at(row);
    m_name->setText(f.name);
    m_incident->setText(f.incidentRef);
    m_reason->setText(f.reason);
    m_start->setUtc(f.startUtc);
    m_end->setUtc(f.endUtc);
    validate();
}

FreezePeriod FreezeDialog::edited() const {
    FreezePeriod f;
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_freezes.size())
        f = m_freezes.at(row);
    f.name = m_name->text().trimmed();
    f.incidentRef = m_incident->text().trimmed();
    f.reason = m_reason->text().trimmed();
    f.startUtc = m_start->utc();
    f.endUtc = m_end->utc();
    return f;
}

void FreezeDialog::validate() {
    QStringList messages;
    for (const FieldProblem& p : ScheduleValidation::check(edited()))
        messages << p.message;
    m_error->setText(messages.join(u'\n'));
    m_error->setVisible(!messages.isEmpty());
    const bool selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_freezes.size();
    const bool writable = !m_context.readOnly;
    m_add->setEnabled(writable && messages.isEmpty());
    m_save->setEnabled(writable && messages.isEmpty() && selected);
    m_remove->setEnabled(writable && selected);
}

void FreezeDialog::save(bool asNew) {
    FreezePeriod f = edited();
    if (asNew) {
        f.id = 0;
        f.icalUid.clear();
        m_context.undoStack->push(new ChangeRecordCommand<FreezePeriod>(
            freezeOps(*m_context.services), std::nullopt, f,
            tr("Add incident freeze “%1”").arg(f.name), m_context.onError));
        return;
    }
    const FreezePeriod before = m_freezes.at(m_table->currentRow());
    m_context.undoStack->push(new ChangeRecordCommand<FreezePeriod>(
        freezeOps(*m_context.services), before, f, tr("Change incident freeze “%1”").arg(f.name),
        m_context.onError));
}

void FreezeDialog::removeSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_freezes.size())
        return;
    const FreezePeriod before = m_freezes.at(row);
    m_context.undoStack->push(new ChangeRecordCommand<FreezePeriod>(
        freezeOps(*m_context.services), before, std::nullopt,
        tr("Remove incident freeze “%1”").arg(before.name), m_context.onError));
}

} // namespace slipway::ui
