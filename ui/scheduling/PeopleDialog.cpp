// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleDialog.h"

#include "DialogColumns.h"
#include "EntryZoneCombo.h"
#include "SchedulingRecordOps.h"
#include "Theme.h"
#include "ZoneComboBox.h"
#include "ZonedDateTimeEdit.h"
#include "domain/ZonedTime.h"
#include "rules/ScheduleValidation.h"
#include "services/PeopleService.h"
#include "services/SchedulingServices.h"
#include "undo/ChangeRecordCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QUndoStack>

namespace slipway::ui {
PeopleDialog::PeopleDialog(SchedulingContext context, QWidget* parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_new(new QPushButton(tr("&New person"), this))
    , m_zone(new ZoneComboBox(this))
    , m_workStart(new QTimeEdit(this))
    , m_workEnd(new QTimeEdit(this))
    , m_hoursError(fieldErrorLabel(this, QStringLiteral("hoursError")))
    , m_save(new QPushButton(tr("&Save person"), this))
    , m_availabilityTable(new QTableWidget(0, 4, this))
    , m_kind(new QComboBox(this))
    , m_entryZone(new EntryZoneCombo(this))
    , m_from(new ZonedDateTimeEdit(this))
    , m_until(new ZonedDateTimeEdit(this))
    , m_note(new QLineEdit(this))
    , m_availabilityError(fieldErrorLabel(this, QStringLiteral("availabilityError")))
    , m_addAvailability(new QPushButton(tr("&Add"), this))
    , m_removeAvailability(new QPushButton(tr("&Remove"), this)) {
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People and availability"));
    m_list->setObjectName(QStringLiteral("peopleList"));
    m_list->setMinimumWidth(Theme::space(26));
    m_name->setObjectName(QStringLiteral("personNameEdit"));
    m_name->setPlaceholderText(tr("Full name"));
    m_new->setObjectName(QStringLiteral("newPersonButton"));
    m_new->setToolTip(tr("Add someone with their zone, working hours and roles"));
    m_zone->setObjectName(QStringLiteral("personZoneCombo"));
    m_workStart->setObjectName(QStringLiteral("workStartEdit"));
    m_workEnd->setObjectName(QStringLiteral("workEndEdit"));
    for (QTimeEdit* edit : {m_workStart, m_workEnd})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_save->setObjectName(QStringLiteral("savePersonButton"));

    auto* days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        auto* box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("workDay%1").arg(d));
        days->addWidget(box);
        m_days.append(box);
        connect(box, &QCheckBox::toggled, this, &PeopleDialog::validate);
    }
    days->addStretch();
    auto* roles = new QGridLayout;
    const QStringList keys = personRoleKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto* box = new QCheckBox(personRoleName(keys.at(i)), this);
        box->setObjectName(QStringLiteral("role_") + keys.at(i));
        box->setProperty("role", keys.at(i));
        roles->addWidget(box, i / 4, i % 4);
        m_roles.append(box);
        connect(box, &QCheckBox::toggled, this, &PeopleDialog::validate);
    }
    auto* hours = new QHBoxLayout;
    hours->addWidget(m_workStart);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_workEnd);
    hours->addWidget(new QLabel(tr("local time"), this));
    hours->addStretch();
    m_personGroup = new QGroupBox(tr("Person"), this);
    auto* personGroup = m_personGroup;
    auto* form = new QFormLayout(personGroup);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Time zone:"), m_zone);
    auto* hoursLabel = new QLabel(tr("Working &hours:"), this);
    hoursLabel->setBuddy(m_workStart);
    form->addRow(hoursLabel, hours);
    form->addRow(QString(), m_hoursError);
    form->addRow(tr("Working days:"), days);
    form->addRow(tr("Roles:"), roles);
    if (const QString locked = m_context.services->people().rolesLockedReason();
        !locked.isEmpty()) {
        for (QCheckBox* box : std::as_const(m_roles)) {
            box->setEnabled(false);
            box->setToolTip(locked);
        }
        auto* note = new QLabel(locked, this);
        note->setObjectName(QStringLiteral("rolesLockedNote"));
        note->setWordWrap(true);
        form->addRow(QString(), note);
    }
    form->addRow(QString(), m_save);

    m_availabilityTable->setObjectName(QStringLiteral("availabilityTable"));
    m_availabilityTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_availabilityTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_availabilityTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_availabilityTable->verticalHeader()->hide();
    m_availabilityTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_availabilityTable->horizontalHeader()->setStretchLastSection(true);
    m_kind->setObjectName(QStringLiteral("availabilityKindCombo"));
    m_kind->addItem(tr("Leave"), int(Availability::Kind::Leave));
    m_kind->addItem(tr("On call"), int(Availability::Kind::OnCall));
    m_entryZone->setObjectName(QStringLiteral("availabilityZoneCombo"));
    m_entryZone->drive({m_from, m_until});
    m_from->setObjectName(QStringLiteral("availabilityFromEdit"));
    m_until->setObjectName(QStringLiteral("availabilityUntilEdit"));
    m_note->setObjectName(QStringLiteral("availabilityNoteEdit"));
    m_note->setPlaceholderText(tr("Note"));
    m_addAvailability->setObjectName(QStringLiteral("addAvailabilityButton"));
    m_removeAvailability->setObjectName(QStringLiteral("removeAvailabilityButton"));
    auto* entry = new QHBoxLayout;
    entry->addWidget(m_kind);
    entry->addWidget(m_from);
    entry->addWidget(new QLabel(QStringLiteral("–"), this));
    entry->addWidget(m_until);
    entry->addWidget(m_note, 1);
    auto* zoneRow = new QHBoxLayout;
    auto* zoneLabel = new QLabel(tr("Times in &zone:"), this);
    zoneLabel->setBuddy(m_entryZone);
    zoneRow->addWidget(zoneLabel);
    zoneRow->addWidget(m_entryZone);
    zoneRow->addStretch();
    auto* entryButtons = new QHBoxLayout;
    entryButtons->addWidget(m_addAvailability);
    entryButtons->addWidget(m_removeAvailability);
    entryButtons->addStretch();
    auto* availabilityGroup = new QGroupBox(tr("Leave and on-call duty"), this);
    auto* availabilityColumn = new QVBoxLayout(availabilityGroup);
    availabilityColumn->addWidget(m_availabilityTable, 1);
    availabilityColumn->addLayout(zoneRow);
    availabilityColumn->addLayout(entry);
    availabilityColumn->addWidget(m_availabilityError);
    availabilityColumn->addLayout(entryButtons);

    auto* right = new QVBoxLayout;
    right->addWidget(personGroup);
    right->addWidget(availabilityGroup, 1);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_new);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    resize(Theme::space(110), Theme::space(76));

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &PeopleDialog::showPerson);
    connect(m_new, &QPushButton::clicked, this, &PeopleDialog::newPerson);
    connect(m_name, &QLineEdit::textChanged, this, &PeopleDialog::validate);
    connect(m_zone, &QComboBox::currentTextChanged, this, &PeopleDialog::validate);
    connect(m_workStart, &QTimeEdit::timeChanged, this, &PeopleDialog::validate);
    connect(m_workEnd, &QTimeEdit::timeChanged, this, &PeopleDialog::validate);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &PeopleDialog::validate);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, &PeopleDialog::validate);
    connect(m_save, &QPushButton::clicked, this, &PeopleDialog::savePerson);
    connect(m_addAvailability, &QPushButton::clicked, this, &PeopleDialog::addAvailability);
    connect(m_removeAvailability, &QPushButton::clicked, this, &PeopleDialog::removeAvailability);
    connect(m_availabilityTable, &QTableWidget::itemSelectionChanged, this,
            &PeopleDialog::validate);
    connect(m_context.services, &SchedulingServices::scheduleChanged, this, &PeopleDialog::reload);
    connect(m_entryZone, &EntryZoneCombo::timeZoneChanged, this, &PeopleDialog::fillAvailability);

    // Tomorrow, all day, as the chosen zone's clocks count days.
    const QDate tomorrow =
        ZonedTime::wallClock(QDateTime::currentSecsSinceEpoch(), m_entryZone->timeZone())
            .date()
            .addDays(1);
    m_from->setUtc(ZonedTime::toUtc(tomorrow, QTime(0, 0), m_entryZone->timeZone()));
    m_until->setUtc(ZonedTime::toUtc(tomorrow.addDays(1), QTime(0, 0), m_entryZone->timeZone()));
    reload();
    if (!m_people.isEmpty())
        m_list->setCurrentRow(0);
}

const Person* PeopleDialog::current() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < m_people.size() ? &m_people.at(row) : nullptr;
}

void PeopleDialog::reload() {
    const qint64 selected = current() ? current()->id : 0;
    auto all = m_context.services->people().all();
    m_people = all ? all.value() : QList<Person>();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = -1;
    for (int i = 0; i < m_people.size(); ++i) {
        const Person& p = m_people.at(i);
        auto* item = new QListWidgetItem(p.name, m_list);
        item->setToolTip(p.zone);
        if (p.id == selected)
            row = i;
    }
    m_list->setCurrentRow(row);
    showPerson();
}

void PeopleDialog::showPerson() {
    if (m_list->currentRow() >= 0)
        m_creating = false;
    const Person* p = current();
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_zone, m_workStart, m_workEnd,
                                                      m_save, m_addAvailability})
        w->setEnabled(p != nullptr || m_creating);
    m_new->setEnabled(!m_context.readOnly);
    m_save->setText(m_creating ? tr("&Add person") : tr("&Save person"));
    m_availability.clear();
    m_personGroup->setTitle(p ? p->name : m_creating ? tr("New person") : tr("Person"));
    if (p) {
        m_name->setText(p->name);
        m_zone->setZone(p->zone);
        m_workStart->setTime(QTime(0, 0).addSecs(p->workStartMin * 60));
        m_workEnd->setTime(p->workEndMin >= 1440 ? QTime(23, 59)
                                                 : QTime(0, 0).addSecs(p->workEndMin * 60));
        for (int d = 0; d < 7; ++d)
            m_days[d]->setChecked(p->workDays & (1 << d));
        for (QCheckBox* box : std::as_const(m_roles))
            box->setChecked(p->roles.contains(box->property("role").toString()));
        auto entries = m_context.services->people().availability(p->id);
        if (entries)
            m_availability = entries.value();
    }
    fillAvailability();
    validate();
}

void PeopleDialog::fillAvailability() {
    const QTimeZone zone = m_entryZone->timeZone();
    const QString zoneName = QString::fromUtf8(zone.id());
    m_availabilityTable->setHorizontalHeaderLabels(
        {tr("Kind"), tr("From (%1)").arg(zoneName), tr("Until (%1)").arg(zoneName), tr("Note")});
    m_availabilityTable->setRowCount(int(m_availability.size()));
    for (int row = 0; row < m_availability.size(); ++row) {
        const Availability& a = m_availability.at(row);
        const QStringList cells{a.kind == Availability::Kind::Leave ? tr("Leave") : tr("On call"),
                                ZonedTime::format(a.startUtc, zone),
                                ZonedTime::format(a.endUtc, zone), a.note};
        for (int c = 0; c < cells.size(); ++c)
            m_availabilityTable->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}

Person PeopleDialog::editedPerson() const {
    Person p = current() ? *current() : Person();
    p.name = m_name->text().trimmed();
    p.zone = m_zone->zone();
    p.workStartMin = m_workStart->time().msecsSinceStartOfDay() / 60000;
    p.workEndMin = m_workEnd->time().msecsSinceStartOfDay() / 60000;
    p.workDays = 0;
    for (int d = 0; d < 7; ++d) {
        if (m_days[d]->isChecked())
            p.workDays |= 1 << d;
    }
    p.roles.clear();
    for (QCheckBox* box : m_roles) {
        if (box->isChecked())
            p.roles.append(box->property("role").toString());
    }
    return p;
}

void PeopleDialog::validate() {
    QStringList personProblems;
    if (current() || m_creating) {
        for (const FieldProblem& problem : ScheduleValidation::check(editedPerson()))
            personProblems << problem.message;
    }
    m_hoursError->setText(personProblems.join(u'\n'));
    m_hoursError->setVisible(!personProblems.isEmpty());
    const bool writable = !m_context.readOnly;
    m_save->setEnabled(writable && (current() || m_creating) && personProblems.isEmpty());

    Availability a;
    a.personId = current() ? current()->id : 0;
    a.startUtc = m_from->utc();
    a.endUtc = m_until->utc();
    QStringList entryProblems;
    for (const FieldProblem& problem : ScheduleValidation::check(a)) {
        if (current())
            entryProblems << problem.message;
    }
    m_availabilityError->setText(entryProblems.join(u'\n'));
    m_availabilityError->setVisible(!entryProblems.isEmpty());
    m_addAvailability->setEnabled(writable && current() && entryProblems.isEmpty());
    m_removeAvailability->setEnabled(writable && m_availabilityTable->currentRow() >= 0 &&
                                     m_availabilityTable->currentRow() < m_availability.size());
}

void PeopleDialog::newPerson() {
    // An empty form with the usual defaults: this machine's zone, 09:00–17:00, Monday to
    // Friday, no roles yet; it is saved with "Add person".
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    m_creating = true;
    showPerson();
    m_name->clear();
    m_zone->setZone(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_workStart->setTime(QTime(9, 0));
    m_workEnd->setTime(QTime(17, 0));
    for (int d = 0; d < 7; ++d)
        m_days[d]->setChecked(d < 5);
    for (QCheckBox* box : std::as_const(m_roles))
        box->setChecked(false);
    m_name->setFocus();
    validate();
}

void PeopleDialog::savePerson() {
    if (m_creating) {
        const Person fresh = editedPerson();
        m_creating = false;
        m_context.undoStack->push(
            new ChangeRecordCommand<Person>(personOps(*m_context.services), std::nullopt, fresh,
                                            tr("Add %1").arg(fresh.name), m_context.onError));
        // Show who was just added (the newest of that name).
        for (int row = int(m_people.size()) - 1; row >= 0; --row) {
            if (m_people.at(row).name == fresh.name) {
                m_list->setCurrentRow(row);
                break;
            }
        }
        return;
    }
    if (!current())
        return;
    const Person before = *current();
    const Person after = editedPerson();
    const QString text = before.name == after.name
                             ? tr("Change %1").arg(before.name)
                             : tr("Rename %1 to %2").arg(before.name, after.name);
    m_context.undoStack->push(new ChangeRecordCommand<Person>(
        personOps(*m_context.services), before, after, text, m_context.onError));
}

void PeopleDialog::addAvailability() {
    if (!current())
        return;
    Availability a;
    a.personId = current()->id;
    a.kind = Availability::Kind(m_kind->currentData().toInt());
    a.startUtc = m_from->utc();
    a.endUtc = m_until->utc();
    a.note = m_note->text().trimmed();
    m_context.undoStack->push(new ChangeRecordCommand<Availability>(
        availabilityOps(*m_context.services), std::nullopt, a,
        (a.kind == Availability::Kind::Leave ? tr("Add leave for %1")
                                             : tr("Add on-call duty for %1"))
            .arg(current()->name),
        m_context.onError));
}

void PeopleDialog::removeAvailability() {
    const int row = m_availabilityTable->currentRow();
    if (!current() || row < 0 || row >= m_availability.size())
        return;
    m_context.undoStack->push(new ChangeRecordCommand<Availability>(
        availabilityOps(*m_context.services), m_availability.at(row), std::nullopt,
        tr("Remove availability of %1").arg(current()->name), m_context.onError));
}

} // namespace slipway::ui
