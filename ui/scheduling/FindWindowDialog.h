// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/WindowFinder.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace slipway {
class Document;
}

namespace slipway::ui {

// The window finder in the GUI: pick a release, the earliest start and the length, see the
// earliest window that breaks no hard rule (with its warnings and why every earlier
// candidate failed), and apply it as an undoable edit of the release.
class FindWindowDialog : public QDialog {
    Q_OBJECT
public:
    FindWindowDialog(Document& document, qint64 releaseId, QWidget* parent = nullptr);

    // The last proposal, for tests and for Apply.
    const std::optional<WindowProposal>& proposal() const { return m_proposal; }

public Q_SLOTS:
    void find();
    void apply();

private:
    void showProposal();

    Document& m_document;
    QComboBox* m_release = nullptr;
    QDateTimeEdit* m_after = nullptr;
    QSpinBox* m_hours = nullptr;
    QSpinBox* m_minutes = nullptr;
    QSpinBox* m_horizonDays = nullptr;
    QLabel* m_result = nullptr;
    QTreeWidget* m_reasons = nullptr;
    QPushButton* m_apply = nullptr;
    std::optional<WindowProposal> m_proposal;
};

} // namespace slipway::ui
