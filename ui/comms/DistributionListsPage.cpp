// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistributionListsPage.h"

#include "IconProvider.h"
#include "MessageBar.h"
#include "Theme.h"
#include "services/DistributionListService.h"
#include "services/Document.h"
#include "undo/ChangeRecordCommand.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

using ListCommand = ChangeRecordCommand<DistributionList>;

DistributionListsPage::DistributionListsPage(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("distributionListsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    m_message = new MessageBar(QStringLiteral("listsMessage"), this);
    m_message->hide();
    layout->addWidget(m_message);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("distributionLists"));
    splitter->addWidget(m_list);

    auto* editor = new QWidget(splitter);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(Theme::space(1), 0, 0, 0);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("listName"));
    m_zone = new QComboBox(editor);
    m_zone->setObjectName(QStringLiteral("listZone"));
    m_zone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_description = new QLineEdit(editor);
    m_description->setObjectName(QStringLiteral("listDescription"));
    m_members = new QPlainTextEdit(editor);
    m_members->setObjectName(QStringLiteral("listMembers"));
    m_members->setPlaceholderText(tr("One per line: Ops desk <ops@example.com>"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Audience's time zone"), m_zone);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Members"), m_members);
    editorLayout->addLayout(form, 1);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(IconProvider::icon(QStringLiteral("new")), tr("New"), editor);
    m_new->setObjectName(QStringLiteral("newListButton"));
    m_remove = new QPushButton(IconProvider::icon(QStringLiteral("delete")), tr("Remove"), editor);
    m_remove->setObjectName(QStringLiteral("removeListButton"));
    m_save = new QPushButton(IconProvider::icon(QStringLiteral("save")), tr("Save"), editor);
    m_save->setObjectName(QStringLiteral("saveListButton"));
    m_save->setStyleSheet(Theme::primaryButtonStyleSheet());
    buttons->addWidget(m_new);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_save);
    editorLayout->addLayout(buttons);
    splitter->addWidget(editor);
    splitter->setSizes({260, 600});

    connect(m_list, &QListWidget::currentRowChanged, this, &DistributionListsPage::showSelected);
    connect(m_new, &QPushButton::clicked, this, [this] {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
        m_name->clear();
        m_description->clear();
        m_members->clear();
        m_zone->setCurrentText(QStringLiteral("UTC"));
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &DistributionListsPage::saveList);
    connect(m_remove, &QPushButton::clicked, this, &DistributionListsPage::removeList);
    connect(&document.distributionLists(), &DistributionListService::listsChanged, this,
            &DistributionListsPage::reload);
    reload();
}

QList<Recipient> DistributionListsPage::parseMembers(const QString& text) {
    static const QRegularExpression kNamed(QStringLiteral("^(.*?)\\s*<([^<>]*)>$"));
    QList<Recipient> out;
    for (const QString& raw : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const auto m = kNamed.match(line);
        if (m.hasMatch())
            out.append({m.captured(1).remove(u'"').trimmed(), m.captured(2).trimmed()});
        else
            out.append({QString(), line});
    }
    return out;
}

QString DistributionListsPage::formatMembers(const QList<Recipient>& members) {
    QStringList lines;
    for (const Recipient& r : members)
        lines << (r.name.isEmpty() ? r.address : QStringLiteral("%1 <%2>").arg(r.name, r.address));
    return lines.join(u'\n');
}

void DistributionListsPage::reload() {
    const auto was = selected();
    m_lists.clear();
    if (auto lists = m_document.distributionLists().all())
        m_lists = lists.value();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const DistributionList& l : std::as_const(m_lists)) {
        auto* item = new QListWidgetItem(
            tr("%1\n%n member(s) · %2", nullptr, int(l.members.size())).arg(l.name, l.zone),
            m_list);
        item->setToolTip(l.description);
        if (was && was->id == l.id)
            m_list->setCurrentItem(item);
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showSelected();
}

std::optional<DistributionList> DistributionListsPage::selected() const {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_lists.size())
        return std::nullopt;
    return m_lists[row];
}

void DistributionListsPage::showSelected() {
    const auto list = selected();
    if (!list)
        return;
    m_name->setText(list->name);
    m_zone->setCurrentText(list->zone);
    m_description->setText(list->description);
    m_members->setPlainText(formatMembers(list->members));
}

void DistributionListsPage::saveList() {
    const auto before = selected();
    DistributionList after;
    after.name = m_name->text().trimmed();
    after.zone = m_zone->currentText().trimmed();
    after.description = m_description->text().trimmed();
    after.members = parseMembers(m_members->toPlainText());
    if (before)
        after.id = before->id;
    auto* command = new ListCommand(
        serviceOps<DistributionList>(m_document.distributionLists()), before, after,
        before ? tr("Edit list “%1”").arg(after.name) : tr("Add list “%1”").arg(after.name),
        [this](const QString& message) {
            m_message->showMessage(MessageBar::Kind::Error, message);
            m_message->show();
        });
    if (pushCommand(m_document.undoStack(), command))
        m_message->hide();
}

void DistributionListsPage::removeList() {
    const auto before = selected();
    if (!before)
        return;
    m_document.undoStack()->push(new ListCommand(
        serviceOps<DistributionList>(m_document.distributionLists()), before, std::nullopt,
        tr("Remove list “%1”").arg(before->name), [this](const QString& message) {
            m_message->showMessage(MessageBar::Kind::Error, message);
            m_message->show();
        }));
}

void DistributionListsPage::setEditable(bool editable) {
    m_new->setEnabled(editable);
    m_save->setEnabled(editable);
    m_remove->setEnabled(editable);
}

} // namespace slipway::ui
