// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeItem.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace slipway {
class Document;
class ScopeBoardModel;
class ScopeTradeoffModel;
} // namespace slipway

namespace slipway::ui {

class EmptyState;
class MessageBar;
class ScopeBoardPane;

// The Scope screen: filters, a release's kanban board (and optionally a second one beside
// it to move cards between releases), the trade-off log, and an empty state. Every move
// goes through an undoable command; trade-offs ask for a rationale first.
class ScopeScreen : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeScreen)
public:
    // Asked for the reason of a trade-off; nothing means the user cancelled the move.
    using RationaleProvider = std::function<std::optional<QString>(
        const ScopeItem& item, const QString& from, const QString& to)>;

    explicit ScopeScreen(Document& document, QWidget* parent = nullptr);
    ~ScopeScreen() override;

    ScopeBoardModel* model() const { return m_model; }
    ScopeBoardPane* primaryBoard() const { return m_primary; }
    ScopeBoardPane* secondaryBoard() const { return m_secondary; }
    void setEditable(bool editable);
    void setRationaleProvider(RationaleProvider provider) { m_rationale = std::move(provider); }

    // Loads the file now (it is otherwise read the first time the screen is shown).
    void load();
    // Shows the release with the most items (screenshots).
    void showBusiestRelease();
    void setComparing(bool comparing);

    // Moves an item as a drag or a shortcut would: asks for a rationale when the move is a
    // trade-off, then pushes the command. False when nothing was done.
    bool requestMove(qint64 itemId, ScopeStatus toStatus, qint64 toReleaseId);

Q_SIGNALS:
    void createRelease();

protected:
    void showEvent(QShowEvent* event) override;

private:
    static const QString kLogKey;
    static const QString kBoardsKey;
    static void rememberSizes(const QSplitter* splitter, const QString& key);
    static void restoreSizes(QSplitter* splitter, const QString& key);
    void buildToolbar(QWidget* bar);
    void applyFilter();
    void refreshChoices();
    void updateEmptyState();
    void showContextMenu(qint64 itemId, const QPoint& globalPos);
    void editCapacity(qint64 releaseId);
    void addDependency(qint64 itemId);
    void removeDependency(qint64 itemId, qint64 needsId);
    QString placeText(qint64 releaseId, ScopeStatus status) const;
    void showError(const QString& message);

    Document& m_document;
    ScopeBoardModel* m_model = nullptr;
    ScopeTradeoffModel* m_tradeoffs = nullptr;
    QStackedWidget* m_stack = nullptr;
    EmptyState* m_empty = nullptr;
    MessageBar* m_message = nullptr;
    QSplitter* m_vertical = nullptr;
    QSplitter* m_boards = nullptr;
    ScopeBoardPane* m_primary = nullptr;
    ScopeBoardPane* m_secondary = nullptr;
    QWidget* m_logPanel = nullptr;
    QTableView* m_log = nullptr;
    QLabel* m_logEmpty = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_stakeholder = nullptr;
    QCheckBox* m_regulatory = nullptr;
    QToolButton* m_compare = nullptr;
    QToolButton* m_logButton = nullptr;
    RationaleProvider m_rationale;
    bool m_loaded = false;
    bool m_editable = true;
};

} // namespace slipway::ui
