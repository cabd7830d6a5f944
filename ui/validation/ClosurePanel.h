// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PostReview.h"
#include "domain/Release.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace slipway {
class Document;
}

namespace slipway::ui {

class MessageBar;

// The After release screen's Closure tab: the five checklist items (runbooks, monitoring,
// alerts, backup, documentation) each ticked with a reference, marked not applicable with a
// reason, or reopened; what closing the release still needs; "Close release", which moves the
// status the way the Releases screen does and stays disabled, with the reason, while anything
// blocks it; and once closed, the configuration-management record with its export.
class ClosurePanel : public QWidget {
    Q_OBJECT
public:
    ClosurePanel(Document& document, QWidget* parent = nullptr);

    void setRelease(qint64 releaseId);
    void setEditable(bool editable);
    qint64 releaseId() const { return m_releaseId; }

    // What closing still needs, one line each, as shown.
    QStringList blockers() const { return m_blockers; }
    // Writes the CMDB record as CSV or JSON (by the extension; what "Export CMDB record…" does
    // once a file is chosen); a failure is shown in the message bar.
    bool exportRecord(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void fillChecklist();
    void fillBlockers();
    void fillRecord();
    void fitRecordHeight();
    void settle(ChecklistKey key, ChecklistItem::State to);
    void closeRelease();
    void chooseExportFile();
    void fail(const QString& message);

    Document& m_document;
    qint64 m_releaseId = 0;
    bool m_editable = true;
    bool m_stale = false; // a change came while hidden: reloaded when shown
    std::optional<Release> m_release;
    QList<ChecklistItem> m_items;
    QStringList m_blockers;
    MessageBar* m_messages = nullptr;
    QLabel* m_status = nullptr;
    QGridLayout* m_grid = nullptr;
    QWidget* m_closeBox = nullptr;
    QLabel* m_blockerList = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_closeReason = nullptr;
    QWidget* m_recordBox = nullptr;
    QLabel* m_recordNote = nullptr;
    QTableWidget* m_record = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace slipway::ui
