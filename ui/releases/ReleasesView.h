// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace slipway {
class Document;
class ReleaseFilterModel;
class ReleaseTableModel;
struct Release;
} // namespace slipway

namespace slipway::ui {

class EmptyState;
class MessageBar;
class ReleaseDefinitionPanel;
class ReleaseEditor;

// The Releases screen: a sortable, filterable table beside an editor panel. Every change
// goes through an undo command on the document's stack.
class ReleasesView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleasesView)
public:
    explicit ReleasesView(Document& document, QWidget* parent = nullptr);
    ~ReleasesView() override;

    void setEditable(bool editable);
    void newRelease();
    void deleteSelected();
    void selectRelease(qint64 id);
    void selectFirst();              // the top row as sorted
    qint64 currentReleaseId() const; // the release in the editor, 0 when none

    ReleaseTableModel* model() const { return m_model; }
    ReleaseDefinitionPanel* definitionPanel() const { return m_definition; }
    // Brings the selected release's definition (objectives, exit criteria, risk …) forward.
    void showDefinition();
    void saveLayout() const;
    void restoreLayout();

    // Asked when another row is picked while the editor holds unsaved changes.
    enum class UnsavedChoice { Save, Discard, Stay };
    using UnsavedPrompt = std::function<UnsavedChoice(const QString& name)>;
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_unsavedPrompt = std::move(prompt); }

Q_SIGNALS:
    // A screen that settles a lifecycle guard of `releaseId`: "calendar", "cab", "gates",
    // "deployments" (the Definition tab is this view's own).
    void openScreen(const QString& screen, qint64 releaseId);

private:
    QWidget* buildHeader();
    QWidget* buildTablePage();
    void createRelease(const Release& release);
    void saveRelease(const Release& before, const Release& after);
    void showStatusGuard(const Release& before, const Release& after);
    void openGuardScreen();
    void commandFailed(const QString& message);
    void selectionChanged();
    // Settles unsaved edits before the editor shows another release; false: stay.
    bool settleUnsavedEdits();
    void syncEditor();
    void updatePage();
    void applyFilters();
    void fitColumns();
    void chooseColumns(const QPoint& pos);

    Document& m_document;
    ReleaseTableModel* m_model = nullptr;
    ReleaseFilterModel* m_proxy = nullptr;
    bool m_editable = true;
    QString m_guardScreen; // where the editor's status guard button leads
    bool m_commandFailed = false;
    bool m_fitted = false;
    bool m_restoringSelection = false;
    UnsavedPrompt m_unsavedPrompt;

    QLabel* m_count = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_delete = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_typeFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    MessageBar* m_messages = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyState* m_empty = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_noMatch = nullptr;
    QTableView* m_table = nullptr;
    ReleaseEditor* m_editor = nullptr;
    QTabWidget* m_tabs = nullptr;
    ReleaseDefinitionPanel* m_definition = nullptr;
};

} // namespace slipway::ui
