// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace slipway {
class ComponentService;
class ComponentTableModel;
class Document;
class PinService;
class PinTableModel;
} // namespace slipway

namespace slipway::ui {

class EmptyState;
class MessageBar;
class PinDialog;

// The Packages screen's Components tab: what a release's software is made of, as the SBOM
// imported for it says — each component's version, type, licences, package URL and what it
// depends on (reading only: an SBOM import replaces the list) — and below it the release's
// pins, each with how it holds where the release runs; Pin… and Unpin are undoable.
class ComponentsPage : public QWidget {
    Q_OBJECT
public:
    ComponentsPage(Document& document, ComponentService& service, PinService& pins,
                   QWidget* parent = nullptr);
    void setRelease(qint64 releaseId);
    void setEditable(bool editable);
    void reload();
    ComponentTableModel* model() const { return m_model; }
    PinTableModel* pinModel() const { return m_pinModel; }

    // Pins undoably; the service's message when refused (nothing written or pushed), empty
    // when the pin stands.
    QString pin(const QString& component, const QString& target, const QString& constraint);
    // Removes the selected hand-set pin, undoably.
    bool unpinSelected();
    // Not yet shown (tests drive it; the button execs it).
    PinDialog* createPinDialog();

private:
    void reloadPins();
    void updateButtons();

    Document& m_document;
    ComponentService& m_service;
    PinService& m_pins;
    qint64 m_releaseId = 0;
    bool m_editable = true;
    PinTableModel* m_pinModel = nullptr;
    QTableView* m_pinTable = nullptr;
    QStackedWidget* m_pinPages = nullptr;
    QLabel* m_pinCount = nullptr;
    QPushButton* m_pin = nullptr;
    QPushButton* m_unpin = nullptr;
    MessageBar* m_messages = nullptr;
    ComponentTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_filtered = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_source = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTableView* m_table = nullptr;
    EmptyState* m_empty = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace slipway::ui
