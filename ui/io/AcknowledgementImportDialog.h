// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportDialog.h"
#include "domain/Communication.h"

class QTableWidget;

namespace slipway::ui {

// File ▸ Import ▸ Acknowledgements: a CSV of who acknowledged which issued message
// (communication_id, address, acknowledged_at, note). Every row is checked against the
// archive first; a file with any refused row is refused whole, each row named with its
// line and why. One undo step.
class AcknowledgementImportDialog : public ImportDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcknowledgementImportDialog)
public:
    AcknowledgementImportDialog(Document& document, UndoCommand::ErrorSink onError,
                                QWidget* parent = nullptr);
    ~AcknowledgementImportDialog() override;

    void accept() override;

private:
    void read() override;
    void showRows();

    QTableWidget* m_rows = nullptr;
    QTableWidget* m_refused = nullptr;
    bool m_read = false;
    QList<Acknowledgement> m_acks;
    QStringList m_problems;
};

} // namespace slipway::ui
