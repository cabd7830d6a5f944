// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Environment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableView;

namespace slipway {
class ConfigService;
class ConfigDiffModel;
} // namespace slipway

namespace slipway::ui {

// How a release's configuration differs between two environments: keys added, removed and
// changed, with secrets never shown (only that they changed, or that both name the same
// reference). Reading only.
class ConfigDiffDialog : public QDialog {
    Q_OBJECT
public:
    ConfigDiffDialog(ConfigService& service, qint64 releaseId, QList<Environment> environments,
                     QWidget* parent = nullptr);
    void compare(qint64 fromEnvironmentId, qint64 toEnvironmentId);
    ConfigDiffModel* model() const { return m_model; }
    QString summary() const;

private:
    void refresh();

    ConfigService& m_service;
    qint64 m_releaseId;
    QList<Environment> m_environments;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    ConfigDiffModel* m_model = nullptr;
};

} // namespace slipway::ui
