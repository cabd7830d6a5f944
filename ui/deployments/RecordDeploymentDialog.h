// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Deployment.h"
#include "domain/Release.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace slipway {
class Document;
}

namespace slipway::ui {

// Records one deployment by the acting user. What the lifecycle would refuse is listed
// before OK is pressed, and OK stays disabled while anything is.
class RecordDeploymentDialog : public QDialog {
    Q_OBJECT
public:
    RecordDeploymentDialog(Document& document, qint64 releaseId, QWidget* parent = nullptr);
    Deployment deployment() const;
    ReleaseStatus statusBefore() const;

private:
    void refresh();

    Document& m_document;
    QList<Release> m_releases;
    QComboBox* m_release = nullptr;
    QComboBox* m_environment = nullptr;
    QComboBox* m_outcome = nullptr;
    QDateTimeEdit* m_at = nullptr;
    QLineEdit* m_ticket = nullptr;
    QLineEdit* m_notes = nullptr;
    QLineEdit* m_digests = nullptr;
    QLabel* m_refusals = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace slipway::ui
