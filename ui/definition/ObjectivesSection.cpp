// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObjectivesSection.h"

#include "DefinitionContext.h"
#include "IconProvider.h"
#include "SetObjectivesCommand.h"
#include "Theme.h"
#include "services/Document.h"
#include "services/ObjectivesService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {

ObjectivesSection::ObjectivesSection(DefinitionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("objectivesSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::space(1));
    auto* title = new QLabel(tr("Objectives"), this);
    title->setFont(Theme::sectionFont());
    layout->addWidget(title);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("objectivesList"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setToolTip(tr("What this release must achieve. Double-click to edit."));
    layout->addWidget(m_list);

    auto* addRow = new QHBoxLayout;
    addRow->setSpacing(Theme::space(1));
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newObjectiveEdit"));
    m_new->setPlaceholderText(tr("Add an objective, e.g. “Cut checkout latency by 20 %”"));
    addRow->addWidget(m_new, 1);
    m_add = new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addObjectiveButton"));
    addRow->addWidget(m_add);
    m_remove = new QPushButton(IconProvider::icon(QStringLiteral("delete")), QString(), this);
    m_remove->setObjectName(QStringLiteral("removeObjectiveButton"));
    m_remove->setToolTip(tr("Remove the selected objective"));
    addRow->addWidget(m_remove);
    layout->addLayout(addRow);

    const auto add = [this] {
        if (m_new->text().trimmed().isEmpty())
            return;
        QStringList after = m_objectives;
        after << m_new->text().trimmed();
        commit(after);
        m_new->clear();
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_new, &QLineEdit::returnPressed, this, add);
    connect(m_new, &QLineEdit::textChanged, this, &ObjectivesSection::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_objectives.size())
            return;
        QStringList after = m_objectives;
        after.removeAt(row);
        commit(after);
    });
    connect(m_list, &QListWidget::itemChanged, this, &ObjectivesSection::itemEdited);
    connect(m_list, &QListWidget::currentRowChanged, this, &ObjectivesSection::updateButtons);
    updateButtons();
}

void ObjectivesSection::load(qint64 releaseId) {
    m_releaseId = releaseId;
    m_loading = true;
    m_list->clear();
    m_objectives.clear();
    if (releaseId > 0) {
        auto release = m_context.document.objectives().release(releaseId);
        if (release) {
            m_rowVersion = release->rowVersion;
            m_objectives = ObjectivesService::split(release->objectives);
        }
    }
    for (const QString& o : std::as_const(m_objectives)) {
        auto* item = new QListWidgetItem(o, m_list);
        item->setFlags(item->flags() | (m_context.editable ? Qt::ItemIsEditable : Qt::NoItemFlags));
    }
    if (m_objectives.isEmpty()) {
        auto* hint = new QListWidgetItem(tr("No objectives yet: add what this release must "
                                            "achieve, one a line."),
                                         m_list);
        hint->setFlags(Qt::NoItemFlags);
        hint->setForeground(Theme::muted());
    }
    m_loading = false;
    // As tall as the objectives (five lines at most), so one objective takes one line.
    const int lines = std::clamp(int(m_list->count()), 1, 5);
    m_list->setFixedHeight(lines * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() +
                           Theme::space(1) / 2);
    updateButtons();
}

void ObjectivesSection::setEditable(bool editable) {
    m_list->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    m_new->setEnabled(editable);
    updateButtons();
}

void ObjectivesSection::itemEdited(QListWidgetItem* item) {
    if (m_loading)
        return;
    const int row = m_list->row(item);
    if (row < 0 || row >= m_objectives.size() || item->text() == m_objectives.at(row))
        return;
    QStringList after = m_objectives;
    after[row] = item->text();
    commit(after);
}

void ObjectivesSection::commit(const QStringList& after) {
    if (m_releaseId <= 0 || !m_context.editable)
        return;
    m_context.push(new SetObjectivesCommand(m_context.document.objectives(), m_releaseId,
                                            m_rowVersion, m_objectives, after, m_context.fail));
    load(m_releaseId);
}

void ObjectivesSection::updateButtons() {
    const bool editable = m_context.editable && m_releaseId > 0;
    m_add->setEnabled(editable && !m_new->text().trimmed().isEmpty());
    m_remove->setEnabled(editable && m_list->currentRow() >= 0 &&
                         m_list->currentRow() < m_objectives.size());
}

} // namespace slipway::ui
