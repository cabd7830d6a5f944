// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ChangeRequest.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace slipway::ui {

// Creates or edits a change request: ticket, linked release (or a window of its own),
// summary, the risk questionnaire with the score, level and drivers RiskClassifier gives it
// (live), the implementation and rollback plans, who requests it, service owner and tags such
// as SOX. Problems show next to their field and keep OK off.
class ChangeRequestDialog : public QDialog {
    Q_OBJECT
public:
    // `releases`: id to label; `takenTickets`: tickets other change requests already use.
    ChangeRequestDialog(const QList<std::pair<qint64, QString>>& releases,
                        const QSet<QString>& takenTickets, const QStringList& people,
                        QWidget* parent = nullptr);

    void setChange(const ChangeRequest& change);
    ChangeRequest change() const; // id and row version as given to setChange

private:
    void refresh();
    RiskAnswers answers() const;

    ChangeRequest m_base;
    QSet<QString> m_taken;
    QLineEdit* m_ticket;
    QLabel* m_ticketError;
    QComboBox* m_release;
    QComboBox* m_type;
    QLineEdit* m_summary;
    QLabel* m_summaryError;
    QLineEdit* m_requestedBy;
    QLabel* m_requestedByError;
    QLineEdit* m_serviceOwner;
    QLineEdit* m_tags;
    QLabel* m_tagsError;
    QCheckBox* m_ownWindow;
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
    QLabel* m_windowError;
    QPlainTextEdit* m_implementation;
    QPlainTextEdit* m_rollback;
    QLabel* m_rollbackNote;

    QComboBox* m_users;
    QSpinBox* m_services;
    QComboBox* m_data;
    QComboBox* m_rollbackAnswer;
    QComboBox* m_regulatory;
    QDoubleSpinBox* m_windowHours;
    QComboBox* m_novelty;
    QCheckBox* m_urgent;
    QLabel* m_result;
    QLabel* m_drivers;
    QDialogButtonBox* m_buttons;
};

} // namespace slipway::ui
