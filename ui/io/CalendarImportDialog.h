// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/IcsReader.h"
#include "undo/UndoCommand.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableWidget;

namespace slipway {
class Document;
}

namespace slipway::ui {

class FilePathField;

// File ▸ Import ▸ Calendar: an iCalendar file (Outlook, Google Calendar, Thunderbird,
// iCloud) as blackouts or incident freezes. Shows every event it will bring in and every one
// it leaves out, with its line and why; importing is one transaction and one undo step, and
// importing the same calendar again updates instead of duplicating.
class CalendarImportDialog : public QDialog {
    Q_OBJECT
public:
    CalendarImportDialog(Document& document, UndoCommand::ErrorSink onError,
                         QWidget* parent = nullptr);

    void load(const QString& path);
    QString outcomeSummary() const { return m_outcomeSummary; }
    void accept() override;

private:
    void showCalendar();

    Document& m_document;
    UndoCommand::ErrorSink m_onError;
    FilePathField* m_file = nullptr;
    QRadioButton* m_asBlackouts = nullptr;
    QRadioButton* m_asFreezes = nullptr;
    QCheckBox* m_hard = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_events = nullptr;
    QTableWidget* m_skipped = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;

    QString m_path;
    std::optional<IcsCalendar> m_calendar;
    QString m_problem;
    QString m_outcomeSummary;
};

} // namespace slipway::ui
