// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabMeeting.h"
#include "domain/Person.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace slipway::ui {

class ZoneComboBox;

// Edits a CAB meeting's details (title, kind, time, zone, room, notes, attendees) and its
// agenda: add a change request, remove an item, move items up and down. Problems show next
// to their field and keep OK off.
class MeetingDialog : public QDialog {
    Q_OBJECT
public:
    // A change request the agenda may take: id, "CHG… — summary", release, emergency or not.
    struct Candidate {
        qint64 changeId = 0;
        qint64 releaseId = 0;
        QString label;
        QString summary;
        bool emergency = false;
    };

    MeetingDialog(const QList<Person>& people, const QList<Candidate>& changes,
                  QWidget* parent = nullptr);

    void setMeeting(const CabMeeting& meeting, const QList<AgendaItem>& agenda);
    CabMeeting meeting() const;
    QList<AgendaItem> agenda() const;

    void addChange(qint64 changeId);
    void moveSelected(int delta);
    void removeSelected();

private:
    void refresh();
    void fillAgenda();
    void fillCandidates();

    CabMeeting m_base;
    QList<Candidate> m_changes;
    QList<AgendaItem> m_agenda;
    QLineEdit* m_title;
    QLabel* m_titleError;
    QComboBox* m_kind;
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
    QLabel* m_endError;
    ZoneComboBox* m_zone;
    QLabel* m_zoneError;
    QLineEdit* m_location;
    QPlainTextEdit* m_notes;
    QListWidget* m_attendees;
    QListWidget* m_agendaList;
    QComboBox* m_candidates;
    QLabel* m_agendaNote;
    QDialogButtonBox* m_buttons;
};

} // namespace slipway::ui
