// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportDialog.h"
#include "io/IcsReader.h"

#include <optional>

class QCheckBox;
class QRadioButton;
class QTableWidget;

namespace slipway::ui {

// File ▸ Import ▸ Calendar: an iCalendar file (Outlook, Google Calendar, Thunderbird,
// iCloud) as blackouts or incident freezes. Shows every event it will bring in and every one
// it leaves out, with its line and why; importing is one transaction and one undo step, and
// importing the same calendar again updates instead of duplicating.
class CalendarImportDialog : public ImportDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarImportDialog)
public:
    CalendarImportDialog(Document& document, UndoCommand::ErrorSink onError,
                         QWidget* parent = nullptr);
    ~CalendarImportDialog() override;

    void accept() override;

private:
    void read() override;
    void showCalendar();

    QRadioButton* m_asBlackouts = nullptr;
    QRadioButton* m_asFreezes = nullptr;
    QCheckBox* m_hard = nullptr;
    QTableWidget* m_events = nullptr;
    QTableWidget* m_skipped = nullptr;
    std::optional<IcsCalendar> m_calendar;
};

} // namespace slipway::ui
