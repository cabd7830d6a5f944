// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace slipway {
class ComponentService;
class ComponentTableModel;
} // namespace slipway

namespace slipway::ui {

class EmptyState;

// The Packages screen's Components tab: what a release's software is made of, as the SBOM
// imported for it says — each component's version, type, licences, package URL and what it
// depends on. Reading only: an SBOM import replaces the list.
class ComponentsPage : public QWidget {
    Q_OBJECT
public:
    ComponentsPage(ComponentService& service, QWidget* parent = nullptr);
    void setRelease(qint64 releaseId);
    void reload();
    ComponentTableModel* model() const { return m_model; }

private:
    ComponentService& m_service;
    qint64 m_releaseId = 0;
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
