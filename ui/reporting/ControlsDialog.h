// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RegulatoryControl.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace slipway {
class ControlService;
class Document;
} // namespace slipway

namespace slipway::ui {

class UndoCommand;

// The regulatory controls: the control set each tag brings (added, edited, switched off and
// removed), and, for one release, its tags and the state of each of its controls, with the
// reference an attestation control asks for. Every change is an undo command on `stack`.
class ControlsDialog : public QDialog {
    Q_OBJECT
public:
    // `releaseId` 0: the control sets only.
    ControlsDialog(ControlService& service, QUndoStack* stack, qint64 releaseId,
                   const QString& releaseLabel, QWidget* parent = nullptr);

    // Opens the dialog over `document` (for a release when `releaseId` > 0). The controls'
    // service lives with the document, so the commands on its undo stack outlive the dialog;
    // its changes are the document's modifications.
    static void openFor(Document& document, qint64 releaseId, const QString& releaseLabel,
                        QWidget* parent);

    // What the buttons do once their questions are answered; each pushes one command and says
    // whether its change stands (a refusal is shown in the dialog).
    bool addControl(const RegulatoryControl& control);
    bool editControl(const RegulatoryControl& before, const RegulatoryControl& after);
    bool removeControl(const RegulatoryControl& control);
    bool setTagged(const QString& tag, bool tagged);
    bool attest(qint64 controlId, ControlOutcome outcome, const QString& reference);

    QTableWidget* controlsTable() const { return m_controls; }
    QTableWidget* checksTable() const { return m_checks; }
    QCheckBox* tagBox(const QString& tag) const { return m_tagBoxes.value(tag); }
    QString lastError() const;

public Q_SLOTS:
    void reload();

private:
    bool push(UndoCommand* command);
    void reloadControls();
    void reloadRelease();
    const RegulatoryControl* selectedControl() const;
    void onAdd();
    void onEdit();
    void onRemove();
    void onAttest();
    void onClear();
    void updateButtons();

    ControlService& m_service;
    QUndoStack* m_stack;
    qint64 m_releaseId;
    QList<RegulatoryControl> m_list;
    QTableWidget* m_controls = nullptr;
    QTableWidget* m_checks = nullptr;
    QHash<QString, QCheckBox*> m_tagBoxes;
    QLabel* m_error = nullptr;
    QLabel* m_inherited = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_attest = nullptr;
    QPushButton* m_clear = nullptr;
    QList<qint64> m_checkControlIds; // the checks table's rows
};

} // namespace slipway::ui
