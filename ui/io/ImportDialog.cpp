// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "FilePathField.h"
#include "ImportDialogParts.h"
#include "services/Document.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

ImportDialog::ImportDialog(Document& document, UndoCommand::ErrorSink onError,
                           const QString& prefix, const QString& fileFilter, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_onError(std::move(onError)) {
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_file = new FilePathField(FilePathField::Purpose::Open, fileFilter, prefix + u"File", this);
    m_form->addRow(tr("&File:"), m_file);
    layout->addLayout(m_form);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(prefix + u"Tabs");
    layout->addWidget(m_tabs, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(prefix + u"Summary");
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(prefix + u"Confirm");
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_file, &FilePathField::pathChosen, this, &ImportDialog::load);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::load(const QString& path) {
    if (m_file->path() != path) {
        m_file->setPath(path); // announces the choice, which comes back here
        return;
    }
    m_path = path;
    m_problem.clear();
    read();
}

bool ImportDialog::runImport(RecordedImport::Kind kind, ImportCommand::Run run) {
    // The first failure is shown here too; later ones (undo, redo) only where the window says.
    auto failure = std::make_shared<QString>();
    auto* command = new ImportCommand(m_document, kind, m_path, std::move(run),
                                      recordingSink(m_onError, failure));
    if (pushCommand(m_document.undoStack(), command)) {
        if (!command->warning().isEmpty() && m_onError)
            m_onError(tr("Imported, but this import cannot be undone: %1").arg(command->warning()));
        return true;
    }
    m_problem = tr("Nothing was imported: %1").arg(*failure);
    return false;
}

void ImportDialog::showState(const QString& text, bool problem, bool ready) {
    setSummary(m_summary, text, problem);
    m_import->setEnabled(ready && !m_document.isReadOnly());
    m_import->setToolTip(m_document.isReadOnly() ? m_document.readOnlyReason() : QString());
}

bool ImportDialog::canImport() const {
    return m_import->isEnabled();
}

} // namespace slipway::ui
