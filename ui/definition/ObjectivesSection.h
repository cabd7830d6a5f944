// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace slipway::ui {

struct DefinitionContext;

// A release's objectives as a list: add, edit in place, remove; each change undoable.
class ObjectivesSection : public QWidget {
    Q_OBJECT
public:
    ObjectivesSection(DefinitionContext& context, QWidget* parent = nullptr);

    void load(qint64 releaseId);
    void setEditable(bool editable);

private:
    void commit(const QStringList& after);
    void itemEdited(QListWidgetItem* item);
    void updateButtons();

    DefinitionContext& m_context;
    qint64 m_releaseId = 0;
    qint64 m_rowVersion = 0;
    QStringList m_objectives;
    bool m_loading = false;
    QListWidget* m_list = nullptr;
    QLineEdit* m_new = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace slipway::ui
