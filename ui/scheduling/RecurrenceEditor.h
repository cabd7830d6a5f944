// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace slipway::ui {

// Builds an RFC 5545 RRULE from simple choices (none, daily, weekly on chosen days, monthly
// by day or on the last N business days, yearly) or takes one typed by hand. The rule text
// is always shown, so users learn what the choices mean.
class RecurrenceEditor : public QWidget {
    Q_OBJECT
public:
    enum Mode { None, Daily, Weekly, MonthlyByDay, MonthlyLastBusinessDays, Yearly, Custom };

    explicit RecurrenceEditor(QWidget* parent = nullptr);

    QString rule() const; // empty: does not repeat
    // Shows `rule` as typed (Custom) unless it is empty.
    void setRule(const QString& rule);
    void setError(const QString& message); // shown under the rule; empty hides it

Q_SIGNALS:
    void ruleChanged(const QString& rule);

private:
    void rebuild();

    QComboBox* m_mode;
    QSpinBox* m_interval;
    QStackedWidget* m_details;
    QList<QCheckBox*> m_days;
    QSpinBox* m_monthDay;
    QSpinBox* m_businessDays;
    QCheckBox* m_quarterEnds;
    QLineEdit* m_raw;
    QLabel* m_error;
};

} // namespace slipway::ui
