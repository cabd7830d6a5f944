// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingDialog.h"

#include "DialogColumns.h"
#include "Theme.h"
#include "domain/Person.h"
#include "scheduling/ZoneComboBox.h"
#include "services/CabMeetingService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

QWidget* withError(QWidget* parent, QWidget* field, QLabel* error) {
    auto* box = new QWidget(parent);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(error);
    box->setFocusProxy(field);
    return box;
}

} // namespace

MeetingDialog::MeetingDialog(const QList<Person>& people, const QList<Candidate>& changes,
                             QWidget* parent)
    : QDialog(parent)
    , m_changes(changes)
    , m_title(new QLineEdit(this))
    , m_titleError(fieldErrorLabel(this, QStringLiteral("titleError")))
    , m_kind(new QComboBox(this))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_endError(fieldErrorLabel(this, QStringLiteral("endError")))
    , m_zone(new ZoneComboBox(this))
    , m_zoneError(fieldErrorLabel(this, QStringLiteral("zoneError")))
    , m_location(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_attendees(new QListWidget(this))
    , m_agendaList(new QListWidget(this))
    , m_candidates(new QComboBox(this))
    , m_agendaNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("meetingDialog"));
    setWindowTitle(tr("CAB meeting"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Regular (weekly)"), int(CabMeeting::Kind::Regular));
    m_kind->addItem(tr("Emergency CAB"), int(CabMeeting::Kind::Emergency));
    for (QDateTimeEdit* edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
    }
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    m_zone->setToolTip(tr("The zone the meeting is planned in; the report shows its time there"));
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(tr("Room, video bridge"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(Theme::space(7));
    m_attendees->setObjectName(QStringLiteral("attendeesList"));
    for (const Person& p : people) {
        QStringList roles;
        for (const QString& role : p.roles)
            roles << personRoleName(role);
        auto* item = new QListWidgetItem(
            roles.isEmpty()
                ? p.name
                : QStringLiteral("%1 (%2)").arg(p.name, roles.join(QStringLiteral(", "))),
            m_attendees);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_agendaList->setObjectName(QStringLiteral("agendaList"));
    m_candidates->setObjectName(QStringLiteral("agendaChangeCombo"));
    m_candidates->setMinimumContentsLength(30);
    m_candidates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agendaNote->setObjectName(QStringLiteral("agendaNote"));
    m_agendaNote->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), withError(this, m_title, m_titleError));
    form->addRow(tr("&Kind:"), m_kind);
    auto* times = new QWidget(this);
    auto* timesRow = new QHBoxLayout(times);
    timesRow->setContentsMargins(0, 0, 0, 0);
    timesRow->addWidget(m_start);
    timesRow->addWidget(new QLabel(tr("to"), times));
    timesRow->addWidget(m_end);
    timesRow->addWidget(new QLabel(tr("UTC"), times));
    timesRow->addStretch(1);
    form->addRow(tr("&When:"), withError(this, times, m_endError));
    form->addRow(tr("Time &zone:"), withError(this, m_zone, m_zoneError));
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Attendees:"), m_attendees);

    auto* agendaGroup = new QGroupBox(tr("Agenda"), this);
    auto* agendaColumn = new QVBoxLayout(agendaGroup);
    agendaColumn->addWidget(m_agendaList, 1);
    auto* moves = new QHBoxLayout;
    const auto button = [&](const char* name, const QString& text, auto slot) {
        auto* b = new QPushButton(text, agendaGroup);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        moves->addWidget(b);
        return b;
    };
    button("agendaUpButton", tr("Move Up"), [this] { moveSelected(-1); });
    button("agendaDownButton", tr("Move Down"), [this] { moveSelected(1); });
    button("agendaRemoveButton", tr("Remove"), &MeetingDialog::removeSelected);
    moves->addStretch(1);
    agendaColumn->addLayout(moves);
    auto* add = new QHBoxLayout;
    add->addWidget(m_candidates, 1);
    auto* addButton = new QPushButton(tr("Add to Agenda"), agendaGroup);
    addButton->setObjectName(QStringLiteral("agendaAddButton"));
    connect(addButton, &QPushButton::clicked, this,
            [this] { addChange(m_candidates->currentData().toLongLong()); });
    add->addWidget(addButton);
    agendaColumn->addLayout(add);
    agendaColumn->addWidget(m_agendaNote);

    layOutFormBeside(this, form, Theme::space(56), 1, agendaGroup, 1, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_title, &QLineEdit::textChanged, this, &MeetingDialog::refresh);
    connect(m_zone, &QComboBox::currentTextChanged, this, &MeetingDialog::refresh);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &MeetingDialog::refresh);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &MeetingDialog::refresh);
}

void MeetingDialog::setMeeting(const CabMeeting& m, const QList<AgendaItem>& agenda) {
    m_base = m;
    m_agenda = agenda;
    m_title->setText(m.title);
    m_kind->setCurrentIndex(m_kind->findData(int(m.kind)));
    m_start->setDateTime(QDateTime::fromSecsSinceEpoch(m.startUtc, Qt::UTC));
    m_end->setDateTime(QDateTime::fromSecsSinceEpoch(m.endUtc, Qt::UTC));
    m_zone->setZone(m.zone);
    m_location->setText(m.location);
    m_notes->setPlainText(m.notes);
    for (int i = 0; i < m_attendees->count(); ++i) {
        QListWidgetItem* item = m_attendees->item(i);
        item->setCheckState(m.attendeeIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    fillAgenda();
    refresh();
}

CabMeeting MeetingDialog::meeting() const {
    CabMeeting m = m_base;
    m.title = m_title->text().trimmed();
    m.kind = CabMeeting::Kind(m_kind->currentData().toInt());
    m.startUtc = m_start->dateTime().toSecsSinceEpoch();
    m.endUtc = m_end->dateTime().toSecsSinceEpoch();
    m.zone = m_zone->zone();
    m.location = m_location->text().trimmed();
    m.notes = m_notes->toPlainText().trimmed();
    m.attendeeIds.clear();
    for (int i = 0; i < m_attendees->count(); ++i)
        if (m_attendees->item(i)->checkState() == Qt::Checked)
            m.attendeeIds << m_attendees->item(i)->data(Qt::UserRole).toLongLong();
    return m;
}

QList<AgendaItem> MeetingDialog::agenda() const {
    QList<AgendaItem> out = m_agenda;
    for (int i = 0; i < out.size(); ++i)
        out[i].position = i + 1;
    return out;
}

void MeetingDialog::fillAgenda() {
    const int row = m_agendaList->currentRow();
    m_agendaList->clear();
    for (const AgendaItem& a : std::as_const(m_agenda)) {
        QString text = a.title;
        for (const Candidate& c : std::as_const(m_changes))
            if (c.changeId == a.changeId && a.changeId > 0)
                text = c.label;
        if (a.kind == AgendaItem::Kind::Emergency)
            text = tr("Review: %1").arg(text);
        else if (a.kind == AgendaItem::Kind::Escalation)
            text = tr("Escalation: %1").arg(text);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1. %2").arg(m_agendaList->count() + 1).arg(text), m_agendaList);
        item->setToolTip(a.reason);
    }
    if (m_agendaList->count() > 0)
        m_agendaList->setCurrentRow(std::clamp(row, 0, m_agendaList->count() - 1));
    fillCandidates();
}

void MeetingDialog::fillCandidates() {
    m_candidates->clear();
    for (const Candidate& c : std::as_const(m_changes)) {
        bool listed = false;
        for (const AgendaItem& a : std::as_const(m_agenda))
            listed = listed || (a.changeId == c.changeId && a.kind != AgendaItem::Kind::Escalation);
        if (!listed)
            m_candidates->addItem(c.label, c.changeId);
    }
    m_agendaNote->setText(
        m_agenda.isEmpty()
            ? tr("No items yet: add change requests here, or use Build Agenda "
                 "on the CAB screen to let the rules propose them.")
            : tr("%n item(s), in the order the board takes them.", nullptr, int(m_agenda.size())));
}

void MeetingDialog::addChange(qint64 changeId) {
    for (const Candidate& c : std::as_const(m_changes)) {
        if (c.changeId != changeId)
            continue;
        AgendaItem a;
        a.meetingId = m_base.id;
        a.kind = c.emergency ? AgendaItem::Kind::Emergency : AgendaItem::Kind::Change;
        a.changeId = c.changeId;
        a.releaseId = c.releaseId;
        a.title = c.summary;
        a.reason = tr("Added by hand.");
        m_agenda << a;
        fillAgenda();
        m_agendaList->setCurrentRow(m_agendaList->count() - 1);
        return;
    }
}

void MeetingDialog::moveSelected(int delta) {
    const int row = m_agendaList->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_agenda.size())
        return;
    m_agenda.move(row, to);
    fillAgenda();
    m_agendaList->setCurrentRow(to);
}

void MeetingDialog::removeSelected() {
    const int row = m_agendaList->currentRow();
    if (row < 0 || row >= m_agenda.size())
        return;
    m_agenda.removeAt(row);
    fillAgenda();
}

void MeetingDialog::refresh() {
    const QList<FieldProblem> problems = validateMeeting(meeting());
    const auto show = [&](QLabel* label, std::initializer_list<const char*> fields) {
        QStringList messages;
        for (const FieldProblem& p : problems)
            for (const char* f : fields)
                if (p.field == QLatin1String(f))
                    messages << p.message;
        label->setText(messages.join(u'\n'));
        label->setVisible(!messages.isEmpty());
    };
    show(m_titleError, {"title"});
    show(m_endError, {"start", "end"});
    show(m_zoneError, {"zone"});
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace slipway::ui
