// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Release.h"

#include <QWidget>

class QComboBox;
class QTabWidget;

namespace slipway {
class Document;
}

namespace slipway::ui {

class RunPanel;
class RunbookEditor;

// The Deploy screen: one release picker above two tabs, the runbook (its plan, edited until it
// is ready) and the run (its live execution in the window).
class DeployScreen : public QWidget {
    Q_OBJECT
public:
    explicit DeployScreen(Document& document, QWidget* parent = nullptr);
    void setEditable(bool editable);

    void showRelease(qint64 releaseId);
    qint64 currentReleaseId() const;
    // "runbook", "run": the tabs, in order.
    static QStringList tabNames();
    bool showTab(const QString& key);
    QString currentTab() const;
    // The release with the most to show (screenshots): a running runbook, else a ready one,
    // else the one with the most steps.
    void showBusiestRelease();

    RunbookEditor* runbookEditor() const { return m_editor; }
    RunPanel* runPanel() const { return m_run; }

private:
    void fillReleases();
    void releaseChosen();

    Document& m_document;
    QComboBox* m_release = nullptr;
    QTabWidget* m_tabs = nullptr;
    RunbookEditor* m_editor = nullptr;
    RunPanel* m_run = nullptr;
    QList<Release> m_releases;
    bool m_filling = false;
};

} // namespace slipway::ui
