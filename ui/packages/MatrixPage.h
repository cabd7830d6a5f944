// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTableView;

namespace slipway {
class Document;
class EnvironmentMatrixModel;
} // namespace slipway

namespace slipway::ui {

class EmptyState;

// The Packages screen's Environment matrix tab: what runs where, components × environments,
// each cell the versions running there. Drift — staging ahead of production with no planned
// release to close the gap, or production running what was never verified — is highlighted,
// its tooltip naming why, and listed underneath. Across all releases; reading only.
class MatrixPage : public QWidget {
    Q_OBJECT
public:
    explicit MatrixPage(Document& document, QWidget* parent = nullptr);
    void reload();
    EnvironmentMatrixModel* model() const { return m_model; }

private:
    Document& m_document;
    EnvironmentMatrixModel* m_model = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTableView* m_table = nullptr;
    EmptyState* m_empty = nullptr;
    QListWidget* m_drift = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace slipway::ui
