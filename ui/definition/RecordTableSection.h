// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QUndoCommand;

namespace slipway::ui {

struct DefinitionContext;

// A definition section that lists a release's records in a table edited in place, with a
// line to add one by its text and a button to remove the selected one. Subclasses read and
// draw their records and turn edits into undo commands; this keeps the frame, the buttons'
// state and the rule that a table is rebuilt only after the edit that asked for it.
class RecordTableSection : public QWidget {
    Q_OBJECT
public:
    struct Texts {
        QString objectName; // the section's; the table and controls get theirs below
        QString title;
        QStringList headers;
        QString tableName;
        QString tableTip;
        QString newEditName;
        QString placeholder;
        QString addName;
        QString removeName;
        QString removeTip;
    };

    void load(qint64 releaseId);
    void setEditable(bool editable);

protected:
    RecordTableSection(DefinitionContext& context, const Texts& texts, QWidget* parent);

    // Reads the release's records (none for release 0); returns how many there are.
    virtual int fetch(qint64 releaseId) = 0;
    // Fills one table row; `flags` are those of an editable cell (without ItemIsEditable on a
    // read-only file).
    virtual void fillRow(int row, Qt::ItemFlags flags) = 0;
    virtual void filled() {}
    // Adds a record named by the text in the add line; true when it was stored.
    virtual bool add(const QString& text) = 0;
    virtual void remove(int row) = 0;
    // A cell's new text (trimmed) for the record at `row`.
    virtual void cellEdited(int row, int column, const QString& text) = 0;

    // Pushes the command `make` gives once the table's own signal has returned, then reloads:
    // the editor or combo box that asked for it is rebuilt by load().
    void pushLater(std::function<QUndoCommand*()> make);
    // Tells the user why an edit was refused and shows the stored values again.
    void refuse(const QString& message);

    DefinitionContext& context() const { return m_context; }
    QTableWidget* table() const { return m_table; }
    qint64 releaseId() const { return m_releaseId; }
    bool isLoading() const { return m_loading; }

private:
    void itemChanged(QTableWidgetItem* item);
    void updateButtons();

    DefinitionContext& m_context;
    qint64 m_releaseId = 0;
    int m_count = 0;
    bool m_loading = false;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_new = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace slipway::ui
