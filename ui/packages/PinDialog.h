// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace slipway::ui {

// Pins one of a release's components on what it depends on, within a version constraint
// (^1.2.0, ~1.4, >=2.0.0 <3.0.0, an exact version). What the service refuses is said inside
// the dialog, which stays open; nothing is written.
class PinDialog : public QDialog {
    Q_OBJECT
public:
    // Applies the pin; the message to show when it was refused, empty when it stands.
    using Submit = std::function<QString(const QString& component, const QString& target,
                                         const QString& constraint)>;

    PinDialog(const QStringList& components, Submit submit, QWidget* parent = nullptr);
    // Starts from an existing pin (a new constraint for it).
    void startFrom(const QString& component, const QString& target, const QString& constraint);
    bool submit();
    QString message() const;

private:
    Submit m_submit;
    QComboBox* m_component = nullptr;
    QLineEdit* m_target = nullptr;
    QLineEdit* m_constraint = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace slipway::ui
