// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileTransferActions.h"

#include "AcknowledgementImportDialog.h"
#include "CalendarImportDialog.h"
#include "ExportDialog.h"
#include "IconProvider.h"
#include "ScopeImportDialog.h"
#include "services/Document.h"

#include <QAction>

namespace slipway::ui {

FileTransferActions::FileTransferActions(Document& document, QWidget* dialogParent, Report report)
    : QObject(dialogParent)
    , m_document(document)
    , m_parent(dialogParent)
    , m_report(std::move(report)) {
    const auto make = [this](const QString& icon, const QString& text, const QString& name,
                             void (FileTransferActions::*slot)()) {
        auto* action = new QAction(IconProvider::icon(icon), text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_importScope = make(QStringLiteral("scope"), tr("&Scope Items (CSV)…"),
                         QStringLiteral("importScopeAction"), &FileTransferActions::importScope);
    m_importScope->setToolTip(tr("Jira or Azure DevOps exports, or any CSV with mapped columns"));
    m_importCalendar =
        make(QStringLiteral("calendar"), tr("&Blackouts or Freezes (iCalendar)…"),
             QStringLiteral("importCalendarAction"), &FileTransferActions::importCalendar);
    m_importAcks =
        make(QStringLiteral("comms"), tr("&Acknowledgements (CSV)…"),
             QStringLiteral("importAcksAction"), &FileTransferActions::importAcknowledgements);
    const bool editable = !m_document.isReadOnly();
    for (QAction* action : importActions()) {
        action->setEnabled(editable);
        if (!editable)
            action->setToolTip(m_document.readOnlyReason());
    }
}

QList<QAction*> FileTransferActions::importActions() const {
    return {m_importScope, m_importCalendar, m_importAcks};
}

namespace {

// Opens `dialog` and reports what it did once accepted.
template <typename Dialog>
void runDialog(Dialog& dialog, const FileTransferActions::Report& report) {
    if (dialog.exec() == QDialog::Accepted && report)
        report(false, dialog.outcomeSummary());
}

} // namespace

void FileTransferActions::importScope() {
    ScopeImportDialog dialog(
        m_document, [this](const QString& why) { m_report(true, why); }, m_parent);
    runDialog(dialog, m_report);
}

void FileTransferActions::importCalendar() {
    CalendarImportDialog dialog(
        m_document, [this](const QString& why) { m_report(true, why); }, m_parent);
    runDialog(dialog, m_report);
}

void FileTransferActions::importAcknowledgements() {
    AcknowledgementImportDialog dialog(
        m_document, [this](const QString& why) { m_report(true, why); }, m_parent);
    runDialog(dialog, m_report);
}

void FileTransferActions::exportFile() {
    ExportDialog dialog(m_document, m_parent);
    runDialog(dialog, m_report);
}

} // namespace slipway::ui
