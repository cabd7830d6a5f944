// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Blackout.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QTreeWidget;

namespace slipway::ui {

class RecurrenceEditor;
class ZoneComboBox;

// Edits one blackout: name, reason, hard or soft, all services or a chosen set, start and end
// in the blackout's zone, a recurrence with left-out dates, and a live preview of the next
// ten occurrences in that zone and in UTC. Problems show next to their field and keep OK off.
class BlackoutDialog : public QDialog {
    Q_OBJECT
public:
    BlackoutDialog(const QHash<qint64, QString>& services, QWidget* parent = nullptr);

    void setBlackout(const Blackout& blackout);
    Blackout blackout() const; // id and row version as given to setBlackout

    // Occurrences the preview lists start no earlier than this (default: now).
    void setPreviewFrom(qint64 utcSecs);

private:
    void refresh();
    void addExdate();
    qint64 toUtc(const QDateTime& wallClock) const;

    Blackout m_base;
    qint64 m_previewFrom;
    qint64 m_lastStart = 0; // the start edit's previous value, to keep the length
    QLineEdit* m_name;
    QLabel* m_nameError;
    QLineEdit* m_reason;
    QComboBox* m_severity;
    QRadioButton* m_allServices;
    QRadioButton* m_someServices;
    QListWidget* m_services;
    QLabel* m_servicesError;
    ZoneComboBox* m_zone;
    QLabel* m_zoneError;
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
    QLabel* m_endError;
    RecurrenceEditor* m_recurrence;
    QDateEdit* m_exdate;
    QListWidget* m_exdates;
    QLabel* m_exdatesError;
    QTreeWidget* m_preview;
    QLabel* m_previewNote;
    QDialogButtonBox* m_buttons;
};

} // namespace slipway::ui
