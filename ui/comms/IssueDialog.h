// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MessageTemplate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace slipway {
class Document;
}

namespace slipway::ui {

// Issues a saved template for a release to a distribution list: archives it (it cannot be
// changed or withdrawn afterwards) and writes the chosen formats into a folder.
class IssueDialog : public QDialog {
    Q_OBJECT
public:
    IssueDialog(Document& document, const MessageTemplate& tmpl, qint64 releaseId, qint64 listId,
                QWidget* parent = nullptr);

    qint64 issuedId() const { return m_issuedId; }
    QString summary() const { return m_summary; }
    void accept() override;

    QLineEdit* folderEdit() const { return m_folder; }

private:
    Document& m_document;
    MessageTemplate m_template;
    qint64 m_releaseId = 0;
    qint64 m_issuedId = 0;
    QString m_summary;
    QComboBox* m_list = nullptr;
    QLineEdit* m_reason = nullptr;
    QCheckBox* m_pdf = nullptr;
    QCheckBox* m_eml = nullptr;
    QCheckBox* m_md = nullptr;
    QCheckBox* m_clipboard = nullptr;
    QLineEdit* m_folder = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace slipway::ui
