// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentsDialog.h"

#include "DialogColumns.h"
#include "EntryZoneCombo.h"
#include "SchedulingRecordOps.h"
#include "Theme.h"
#include "ZonedDateTimeEdit.h"
#include "domain/ZonedTime.h"
#include "rules/ScheduleValidation.h"
#include "services/EnvironmentService.h"
#include "services/SchedulingServices.h"
#include "undo/ChangeRecordCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

namespace slipway::ui {
EnvironmentsDialog::EnvironmentsDialog(SchedulingContext context, QWidget* parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_shared(new QCheckBox(tr("Shared — other teams book it too"), this))
    , m_environmentError(fieldErrorLabel(this, QStringLiteral("environmentError")))
    , m_addEnvironment(new QPushButton(tr("&Add"), this))
    , m_saveEnvironment(new QPushButton(tr("&Save changes"), this))
    , m_removeEnvironment(new QPushButton(tr("&Remove"), this))
    , m_bookingTable(new QTableWidget(0, 3, this))
    , m_label(new QLineEdit(this))
    , m_zone(new EntryZoneCombo(this))
    , m_from(new ZonedDateTimeEdit(this))
    , m_until(new ZonedDateTimeEdit(this))
    , m_bookingError(fieldErrorLabel(this, QStringLiteral("bookingError")))
    , m_addBooking(new QPushButton(tr("&Book"), this))
    , m_editBooking(new QPushButton(tr("&Edit booking…"), this))
    , m_removeBooking(new QPushButton(tr("Release &booking"), this)) {
    setObjectName(QStringLiteral("environmentsDialog"));
    setWindowTitle(tr("Environments and bookings"));
    m_list->setObjectName(QStringLiteral("environmentList"));
    m_list->setMinimumWidth(Theme::space(24));
    m_name->setObjectName(QStringLiteral("environmentNameEdit"));
    m_kind->setObjectName(QStringLiteral("environmentKindCombo"));
    m_kind->addItem(tr("Development"), QStringLiteral("dev"));
    m_kind->addItem(tr("Test"), QStringLiteral("test"));
    m_kind->addItem(tr("Staging"), QStringLiteral("staging"));
    m_kind->addItem(tr("Production"), QStringLiteral("prod"));
    m_shared->setObjectName(QStringLiteral("sharedCheck"));
    m_shared->setToolTip(tr("Only shared environments can be double-booked"));
    m_addEnvironment->setObjectName(QStringLiteral("addEnvironmentButton"));
    m_saveEnvironment->setObjectName(QStringLiteral("saveEnvironmentButton"));
    m_removeEnvironment->setObjectName(QStringLiteral("removeEnvironmentButton"));
    m_bookingTable->setObjectName(QStringLiteral("bookingTable"));
    m_bookingTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bookingTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bookingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bookingTable->verticalHeader()->hide();
    m_bookingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bookingTable->horizontalHeader()->setStretchLastSection(true);
    m_label->setObjectName(QStringLiteral("bookingLabelEdit"));
    m_label->setPlaceholderText(tr("e.g. Load test"));
    m_zone->setObjectName(QStringLiteral("bookingZoneCombo"));
    m_zone->drive({m_from, m_until});
    m_from->setObjectName(QStringLiteral("bookingFromEdit"));
    m_until->setObjectName(QStringLiteral("bookingUntilEdit"));
    m_addBooking->setObjectName(QStringLiteral("addBookingButton"));
    m_editBooking->setObjectName(QStringLiteral("editBookingButton"));
    m_editBooking->setToolTip(tr("Change the booking's environment, release or times"));
    m_removeBooking->setObjectName(QStringLiteral("removeBookingButton"));

    auto* envGroup = new QGroupBox(tr("Environment"), this);
    auto* form = new QFormLayout(envGroup);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_shared);
    form->addRow(QString(), m_environmentError);
    auto* envButtons = new QHBoxLayout;
    envButtons->addWidget(m_addEnvironment);
    envButtons->addWidget(m_saveEnvironment);
    envButtons->addWidget(m_removeEnvironment);
    envButtons->addStretch();
    form->addRow(envButtons);

    auto* bookingGroup = new QGroupBox(tr("Bookings besides release windows"), this);
    auto* bookingColumn = new QVBoxLayout(bookingGroup);
    bookingColumn->addWidget(m_bookingTable, 1);
    auto* zoneRow = new QHBoxLayout;
    auto* zoneLabel = new QLabel(tr("Times in &zone:"), this);
    zoneLabel->setBuddy(m_zone);
    zoneRow->addWidget(zoneLabel);
    zoneRow->addWidget(m_zone);
    zoneRow->addStretch();
    bookingColumn->addLayout(zoneRow);
    auto* entry = new QHBoxLayout;
    entry->addWidget(m_label, 1);
    entry->addWidget(m_from);
    entry->addWidget(new QLabel(QStringLiteral("–"), this));
    entry->addWidget(m_until);
    bookingColumn->addLayout(entry);
    bookingColumn->addWidget(m_bookingError);
    auto* bookingButtons = new QHBoxLayout;
    bookingButtons->addWidget(m_addBooking);
    bookingButtons->addWidget(m_editBooking);
    bookingButtons->addWidget(m_removeBooking);
    bookingButtons->addStretch();
    bookingColumn->addLayout(bookingButtons);

    auto* right = new QVBoxLayout;
    right->addWidget(envGroup);
    right->addWidget(bookingGroup, 1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addLayout(right, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    resize(Theme::space(100), Theme::space(66));

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &EnvironmentsDialog::showEnvironment);
    connect(m_name, &QLineEdit::textChanged, this, &EnvironmentsDialog::validate);
    connect(m_label, &QLineEdit::textChanged, this, &EnvironmentsDialog::validate);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &EnvironmentsDialog::validate);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, &EnvironmentsDialog::validate);
    connect(m_bookingTable, &QTableWidget::itemSelectionChanged, this,
            &EnvironmentsDialog::validate);
    connect(m_addEnvironment, &QPushButton::clicked, this, [this] { saveEnvironment(true); });
    connect(m_saveEnvironment, &QPushButton::clicked, this, [this] { saveEnvironment(false); });
    connect(m_removeEnvironment, &QPushButton::clicked, this,
            &EnvironmentsDialog::removeEnvironment);
    connect(m_addBooking, &QPushButton::clicked, this, &EnvironmentsDialog::addBooking);
    connect(m_removeBooking, &QPushButton::clicked, this, &EnvironmentsDialog::removeBooking);
    const auto editSelected = [this] {
        const int row = m_bookingTable->currentRow();
        if (row >= 0 && row < m_bookings.size() && !m_context.readOnly)
            Q_EMIT editBookingRequested(m_bookings.at(row).id);
    };
    connect(m_editBooking, &QPushButton::clicked, this, editSelected);
    connect(m_bookingTable, &QTableWidget::cellDoubleClicked, this, editSelected);
    connect(m_zone, &EntryZoneCombo::timeZoneChanged, this, &EnvironmentsDialog::fillBookings);
    connect(m_context.services, &SchedulingServices::scheduleChanged, this,
            &EnvironmentsDialog::reload);

    // Tomorrow 08:00 to 16:00 as the chosen zone's clocks show it.
    const QTimeZone zone = m_zone->timeZone();
    const QDate tomorrow =
        ZonedTime::wallClock(QDateTime::currentSecsSinceEpoch(), zone).date().addDays(1);
    m_from->setUtc(ZonedTime::toUtc(tomorrow, QTime(8, 0), zone));
    m_until->setUtc(m_from->utc() + qint64(8) * 3600);
    reload();
    if (!m_environments.isEmpty())
        m_list->setCurrentRow(0);
}

const Environment* EnvironmentsDialog::current() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < m_environments.size() ? &m_environments.at(row) : nullptr;
}

void EnvironmentsDialog::reload() {
    const qint64 selected = current() ? current()->id : 0;
    auto all = m_context.services->environments().all();
    m_environments = all ? all.value() : QList<Environment>();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = -1;
    for (int i = 0; i < m_environments.size(); ++i) {
        const Environment& e = m_environments.at(i);
        new QListWidgetItem(e.shared ? tr("%1 (shared)").arg(e.name) : e.name, m_list);
        if (e.id == selected)
            row = i;
    }
    m_list->setCurrentRow(row);
    showEnvironment();
}

void EnvironmentsDialog::showEnvironment() {
    const Environment* e = current();
    m_bookings.clear();
    if (e) {
        m_name->setText(e->name);
        m_kind->setCurrentIndex(m_kind->findData(e->kind));
        m_shared->setChecked(e->shared);
        auto bookings = m_context.services->environments().bookings(e->id);
        if (bookings)
            m_bookings = bookings.value();
    }
    fillBookings();
    validate();
}

void EnvironmentsDialog::fillBookings() {
    const QTimeZone zone = m_zone->timeZone();
    const QString zoneName = QString::fromUtf8(zone.id());
    m_bookingTable->setHorizontalHeaderLabels(
        {tr("For"), tr("From (%1)").arg(zoneName), tr("Until (%1)").arg(zoneName)});
    m_bookingTable->setRowCount(int(m_bookings.size()));
    for (int row = 0; row < m_bookings.size(); ++row) {
        const Booking& b = m_bookings.at(row);
        const QString what = b.label.isEmpty() ? tr("Release %1").arg(b.releaseId) : b.label;
        const QStringList cells{what, ZonedTime::format(b.startUtc, zone),
                                ZonedTime::format(b.endUtc, zone)};
        for (int c = 0; c < cells.size(); ++c)
            m_bookingTable->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}

Environment EnvironmentsDialog::editedEnvironment() const {
    Environment e = current() ? *current() : Environment();
    e.name = m_name->text().trimmed();
    e.kind = m_kind->currentData().toString();
    e.shared = m_shared->isChecked();
    return e;
}

Booking EnvironmentsDialog::editedBooking() const {
    Booking b;
    b.environmentId = current() ? current()->id : 0;
    b.label = m_label->text().trimmed();
    b.startUtc = m_from->utc();
    b.endUtc = m_until->utc();
    return b;
}

void EnvironmentsDialog::validate() {
    QStringList envProblems;
    for (const FieldProblem& p : ScheduleValidation::check(editedEnvironment()))
        envProblems << p.message;
    m_environmentError->setText(envProblems.join(u'\n'));
    m_environmentError->setVisible(!envProblems.isEmpty());
    const bool writable = !m_context.readOnly;
    m_addEnvironment->setEnabled(writable && envProblems.isEmpty());
    m_saveEnvironment->setEnabled(writable && envProblems.isEmpty() && current());
    m_removeEnvironment->setEnabled(writable && current() != nullptr);

    QStringList bookingProblems;
    if (current()) {
        for (const FieldProblem& p : ScheduleValidation::check(editedBooking()))
            bookingProblems << p.message;
    }
    m_bookingError->setText(bookingProblems.join(u'\n'));
    m_bookingError->setVisible(!bookingProblems.isEmpty());
    m_addBooking->setEnabled(writable && current() && bookingProblems.isEmpty());
    const bool bookingSelected =
        m_bookingTable->currentRow() >= 0 && m_bookingTable->currentRow() < m_bookings.size();
    m_editBooking->setEnabled(writable && bookingSelected);
    m_removeBooking->setEnabled(writable && bookingSelected);
}

void EnvironmentsDialog::saveEnvironment(bool asNew) {
    Environment e = editedEnvironment();
    if (asNew) {
        e.id = 0;
        m_context.undoStack->push(new ChangeRecordCommand<Environment>(
            environmentOps(*m_context.services), std::nullopt, e,
            tr("Add environment “%1”").arg(e.name), m_context.onError));
    } else if (current()) {
        m_context.undoStack->push(new ChangeRecordCommand<Environment>(
            environmentOps(*m_context.services), *current(), e,
            tr("Change environment “%1”").arg(e.name), m_context.onError));
    }
}

void EnvironmentsDialog::removeEnvironment() {
    if (!current())
        return;
    m_context.undoStack->push(new ChangeRecordCommand<Environment>(
        environmentOps(*m_context.services), *current(), std::nullopt,
        tr("Remove environment “%1”").arg(current()->name), m_context.onError));
}

void EnvironmentsDialog::addBooking() {
    if (!current())
        return;
    const Booking b = editedBooking();
    m_context.undoStack->push(new ChangeRecordCommand<Booking>(
        bookingOps(*m_context.services), std::nullopt, b,
        tr("Book %1 for “%2”").arg(current()->name, b.label), m_context.onError));
}

void EnvironmentsDialog::removeBooking() {
    const int row = m_bookingTable->currentRow();
    if (row < 0 || row >= m_bookings.size())
        return;
    const Booking b = m_bookings.at(row);
    m_context.undoStack->push(new ChangeRecordCommand<Booking>(
        bookingOps(*m_context.services), b, std::nullopt, tr("Release booking “%1”").arg(b.label),
        m_context.onError));
}

} // namespace slipway::ui
