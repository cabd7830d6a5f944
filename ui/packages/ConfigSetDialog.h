// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ConfigService.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace slipway::ui {

// Sets one key of one environment's configuration: a plain value (optionally marked secret,
// then never shown again) or a reference to a secret store. What the service refuses — a
// secret-looking value, a bad key or reference — is said inside the dialog, which stays open;
// nothing is written.
class ConfigSetDialog : public QDialog {
    Q_OBJECT
public:
    // Applies a setting; the message to show when it was refused, empty when it stands.
    using Submit = std::function<QString(const ConfigService::Setting&)>;

    ConfigSetDialog(qint64 releaseId, qint64 environmentId, const QString& environmentName,
                    Submit submit, QWidget* parent = nullptr);
    // Starts from a key the environment has: its key, and its reference or plain value (a
    // value marked secret is not shown: it has to be typed again).
    void startFrom(const ConfigItem& item);

    ConfigService::Setting setting() const;
    // Submits; accepts the dialog when the setting stands. Whether it did.
    bool submit();
    QString message() const;

private:
    void updateFields();

    qint64 m_releaseId;
    qint64 m_environmentId;
    Submit m_submit;
    QLineEdit* m_key = nullptr;
    QRadioButton* m_asValue = nullptr;
    QRadioButton* m_asReference = nullptr;
    QLineEdit* m_value = nullptr;
    QCheckBox* m_secret = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace slipway::ui
