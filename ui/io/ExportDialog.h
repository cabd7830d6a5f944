// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace slipway {
class Document;
}

namespace slipway::ui {

class FilePathField;

// File ▸ Export: any of the tables `slipway export csv` writes (releases, scope items,
// assumptions, success metrics, trade-offs, communications, acknowledgements, a CAB
// meeting's agenda or decisions), or the calendar as iCalendar. The file written is complete
// or absent.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(Document& document, QWidget* parent = nullptr);

    // Picks what to export by its `slipway export` name ("releases", "cab-agenda", "ics").
    bool choose(const QString& key);
    FilePathField* target() const { return m_file; }
    QString outcomeSummary() const { return m_outcomeSummary; }
    void accept() override;

private:
    void updateState();

    Document& m_document;
    QComboBox* m_what = nullptr;
    QComboBox* m_meeting = nullptr;
    QCheckBox* m_range = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    FilePathField* m_file = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_export = nullptr;
    QString m_outcomeSummary;
};

} // namespace slipway::ui
