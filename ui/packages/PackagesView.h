// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Release.h"

#include <QWidget>

#include <atomic>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace slipway {
class Document;
class ArtifactTableModel;
class ComponentService;
class ConfigService;
class PinService;
} // namespace slipway

namespace slipway::ui {

class ComponentsPage;
class ConfigurationPage;
class EmptyState;
class MatrixPage;
class MessageBar;

// What a release ships: its artifacts with their digests, where each stands after its latest
// check and who signed it, added from files (the file dialog or a drop), removed, verified,
// and the keys signatures are checked against; its component list from the SBOM and its pins;
// what runs where; its configuration per environment. One tab each, one release picker above.
class PackagesView : public QWidget {
    Q_OBJECT
public:
    explicit PackagesView(Document& document, QWidget* parent = nullptr);
    void setEditable(bool editable);
    void showRelease(qint64 releaseId);
    // The release with the most to show on `tab` (screenshots): artifacts, components and
    // pins, or configuration (then in the environment with the most keys).
    void showBusiestRelease(const QString& tab = QStringLiteral("artifacts"));
    qint64 currentReleaseId() const;
    void reload();

    // "artifacts", "components", "matrix", "configuration": the tabs, in order.
    static QStringList tabNames();
    bool showTab(const QString& name);
    QString currentTab() const;
    ComponentsPage* componentsPage() const;
    ConfigurationPage* configurationPage() const;
    MatrixPage* matrixPage() const;

    // Registers the files as artifacts of the shown release, undoably; what the file dialog
    // and a drop of files both end in. Whether they were added.
    bool addFiles(const QStringList& paths);
    // Removes the selected artifacts, undoably.
    bool removeSelected();
    // Checks every artifact of the shown release against its file: in `dir` when given, else
    // at its recorded location, with a progress dialog whose Cancel records nothing. Recorded
    // as history, so not an edit that undo takes back. Whether every artifact verified.
    bool verify(const QString& dir = {});
    // Why the shown release's artifacts cannot change now; empty when they can.
    QString lockedReason() const;

Q_SIGNALS:
    // While verify() reads the files: bytes checked so far and the total.
    void verifyProgressed(qint64 done, qint64 total);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillReleases();
    void chooseFiles();
    void chooseVerifyFolder();
    void openTrustedKeys();
    void updateButtons();
    void showError(const QString& message);

    Document& m_document;
    ArtifactTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QComboBox* m_release = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_keys = nullptr;
    QWidget* m_lockBox = nullptr;
    QLabel* m_lockNote = nullptr;
    QTabWidget* m_tabs = nullptr;
    ComponentService* m_components = nullptr;
    ConfigService* m_config = nullptr;
    PinService* m_pins = nullptr;
    MatrixPage* m_matrixPage = nullptr;
    ComponentsPage* m_componentsPage = nullptr;
    ConfigurationPage* m_configPage = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTableView* m_table = nullptr;
    EmptyState* m_empty = nullptr;
    MessageBar* m_messages = nullptr;
    QList<Release> m_releases;
    std::atomic_bool m_cancel{false};
    bool m_editable = true;
    bool m_filling = false;
};

} // namespace slipway::ui
