// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplatesPage.h"

#include "IconProvider.h"
#include "IssueDialog.h"
#include "MessageBar.h"
#include "SaveTemplateCommand.h"
#include "Theme.h"
#include "io/MessageDocument.h"
#include "io/MessageExporter.h"
#include "io/PlaceholderCatalogue.h"
#include "services/CommunicationService.h"
#include "services/DistributionListService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/TemplateService.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

QLabel* sectionLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setFont(Theme::sectionFont());
    return label;
}

} // namespace

TemplatesPage::TemplatesPage(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("templatesPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    m_message = new MessageBar(QStringLiteral("templatesMessage"), this);
    m_message->hide();
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("templatesSplitter"));
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    // Left: templates, and the palette of placeholders below them.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(sectionLabel(tr("Templates"), left));
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setMaximumHeight(150);
    leftLayout->addWidget(m_list);
    leftLayout->addWidget(sectionLabel(tr("Placeholders"), left));
    m_palette = new QTreeWidget(left);
    m_palette->setObjectName(QStringLiteral("placeholderPalette"));
    m_palette->setHeaderHidden(true);
    m_palette->setToolTip(tr("Double-click to insert at the cursor"));
    QHash<QString, QTreeWidgetItem*> lists;
    for (const Placeholder& p : PlaceholderCatalogue::all()) {
        QTreeWidgetItem* parentItem = p.list.isEmpty() ? nullptr : lists.value(p.list);
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_palette);
        item->setText(0, p.name);
        item->setToolTip(0, p.description);
        item->setData(0, Qt::UserRole,
                      p.list.isEmpty() ? p.snippet() : QStringLiteral("{{%1}}").arg(p.name));
        if (p.isList)
            lists.insert(p.name, item);
    }
    leftLayout->addWidget(m_palette, 1);
    auto* insert = new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("Insert"), left);
    insert->setObjectName(QStringLiteral("insertPlaceholderButton"));
    leftLayout->addWidget(insert);
    splitter->addWidget(left);

    // Middle: the editor.
    auto* editor = new QWidget(splitter);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(sectionLabel(tr("Subject"), editor));
    m_subject = new QLineEdit(editor);
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    editorLayout->addWidget(m_subject);
    editorLayout->addWidget(sectionLabel(tr("Body (Markdown)"), editor));
    m_body = new QPlainTextEdit(editor);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    editorLayout->addWidget(m_body, 1);
    m_problems = new QLabel(editor);
    m_problems->setObjectName(QStringLiteral("templateProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    editorLayout->addWidget(m_problems);
    auto* versionRow = new QHBoxLayout;
    versionRow->addWidget(new QLabel(tr("Version"), editor));
    m_versions = new QComboBox(editor);
    m_versions->setObjectName(QStringLiteral("templateVersions"));
    versionRow->addWidget(m_versions, 1);
    m_restore = new QPushButton(IconProvider::icon(QStringLiteral("revert")), tr("Load"), editor);
    m_restore->setObjectName(QStringLiteral("loadVersionButton"));
    m_restore->setToolTip(tr("Put this version's text in the editor; Save makes it current"));
    versionRow->addWidget(m_restore);
    m_save =
        new QPushButton(IconProvider::icon(QStringLiteral("save")), tr("Save Version"), editor);
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setStyleSheet(Theme::primaryButtonStyleSheet());
    versionRow->addWidget(m_save);
    editorLayout->addLayout(versionRow);
    splitter->addWidget(editor);

    // Right: the live preview for a release and an audience.
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_release = new QComboBox(right);
    m_release->setObjectName(QStringLiteral("previewRelease"));
    m_release->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_release->setMinimumContentsLength(20);
    m_audience = new QComboBox(right);
    m_audience->setObjectName(QStringLiteral("previewList"));
    form->addRow(tr("Release"), m_release);
    form->addRow(tr("Audience"), m_audience);
    rightLayout->addLayout(form);
    m_preview = new QTextBrowser(right);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setOpenLinks(false);
    m_previewDoc = new MessageDocument(m_preview);
    m_preview->setDocument(m_previewDoc);
    rightLayout->addWidget(m_preview, 1);
    auto* actions = new QHBoxLayout;
    auto* copy = new QPushButton(tr("Copy"), right);
    copy->setObjectName(QStringLiteral("copyMessageButton"));
    copy->setToolTip(tr("Copy the message as rich text and plain text"));
    auto* exportButton =
        new QPushButton(IconProvider::icon(QStringLiteral("file")), tr("Export…"), right);
    exportButton->setObjectName(QStringLiteral("exportMessageButton"));
    m_issue = new QPushButton(IconProvider::icon(QStringLiteral("comms")), tr("Issue…"), right);
    m_issue->setObjectName(QStringLiteral("issueButton"));
    m_issue->setStyleSheet(Theme::primaryButtonStyleSheet());
    actions->addWidget(copy);
    actions->addWidget(exportButton);
    actions->addStretch();
    actions->addWidget(m_issue);
    rightLayout->addLayout(actions);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({220, 480, 480});

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplatesPage::updatePreview);
    connect(m_subject, &QLineEdit::textChanged, this, [this] {
        m_lastEdited = m_subject;
        schedulePreview();
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        m_lastEdited = m_body;
        schedulePreview();
    });
    connect(m_release, &QComboBox::currentIndexChanged, this, &TemplatesPage::schedulePreview);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &TemplatesPage::schedulePreview);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_loading)
            loadTemplate(currentTemplateId());
    });
    connect(m_palette, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        insertPlaceholder(item->data(0, Qt::UserRole).toString());
    });
    connect(insert, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_palette->currentItem())
            insertPlaceholder(item->data(0, Qt::UserRole).toString());
    });
    connect(m_save, &QPushButton::clicked, this, &TemplatesPage::save);
    connect(m_restore, &QPushButton::clicked, this, &TemplatesPage::restoreVersion);
    connect(copy, &QPushButton::clicked, this, &TemplatesPage::copyToClipboard);
    connect(exportButton, &QPushButton::clicked, this, &TemplatesPage::exportMessage);
    connect(m_issue, &QPushButton::clicked, this, &TemplatesPage::issue);
    connect(&document.templates(), &TemplateService::templateChanged, this, [this](qint64 id) {
        reload();
        if (id == m_current.id && !isDirty())
            loadTemplate(id);
        fillVersions();
    });
    connect(&document.distributionLists(), &DistributionListService::listsChanged, this,
            &TemplatesPage::fillLists);
    reload();
}

qint64 TemplatesPage::currentTemplateId() const {
    QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void TemplatesPage::reload() {
    m_loading = true;
    const qint64 selected = currentTemplateId();
    m_list->clear();
    auto all = m_document.templates().all();
    if (all) {
        for (const MessageTemplate& t : std::as_const(all.value())) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1  ·  v%2").arg(t.name).arg(t.version), m_list);
            item->setToolTip(displayName(t.kind));
            item->setData(Qt::UserRole, t.id);
            if (t.id == selected)
                m_list->setCurrentItem(item);
        }
    }
    m_loading = false;
    if (!m_list->currentItem() && m_list->count() > 0) {
        m_list->setCurrentRow(0);
        loadTemplate(currentTemplateId());
    }
    fillReleases();
    fillLists();
}

void TemplatesPage::fillReleases() {
    const qint64 selected = m_release->currentData().toLongLong();
    const QSignalBlocker block(m_release);
    m_release->clear();
    auto releases = m_document.releases().all();
    if (!releases)
        return;
    // Upcoming releases first: those are the ones messages are written about.
    QList<Release> list = releases.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::stable_sort(list.begin(), list.end(), [&](const Release& a, const Release& b) {
        const bool aNext = a.windowStart.isValid() && a.windowStart >= now.addDays(-7);
        const bool bNext = b.windowStart.isValid() && b.windowStart >= now.addDays(-7);
        if (aNext != bNext)
            return aNext;
        return aNext ? a.windowStart < b.windowStart : a.windowStart > b.windowStart;
    });
    for (const Release& r : std::as_const(list))
        m_release->addItem(releaseLabel(r.name, r.version), r.id);
    const int index = m_release->findData(selected);
    m_release->setCurrentIndex(index >= 0 ? index : 0);
    schedulePreview();
}

void TemplatesPage::fillLists() {
    const bool first = m_audience->count() == 0;
    const qint64 selected = m_audience->currentData().toLongLong();
    const QSignalBlocker block(m_audience);
    m_audience->clear();
    m_audience->addItem(tr("Everyone (the release's zone)"), 0);
    if (auto lists = m_document.distributionLists().all())
        for (const DistributionList& l : std::as_const(lists.value()))
            m_audience->addItem(QStringLiteral("%1 (%2)").arg(l.name, l.zone), l.id);
    // At first the first list: messages are written for an audience.
    const int index = first ? -1 : m_audience->findData(selected);
    m_audience->setCurrentIndex(index >= 0 ? index : (m_audience->count() > 1 ? 1 : 0));
    schedulePreview();
}

void TemplatesPage::selectTemplate(const QString& name) {
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->text().startsWith(name + u' '))
            m_list->setCurrentRow(i);
}

void TemplatesPage::selectRelease(qint64 releaseId) {
    const int index = m_release->findData(releaseId);
    if (index >= 0)
        m_release->setCurrentIndex(index);
}

void TemplatesPage::loadTemplate(qint64 id) {
    auto found = m_document.templates().find(id);
    if (!found)
        return;
    m_current = found.value();
    {
        const QSignalBlocker a(m_subject), b(m_body);
        m_subject->setText(m_current.subject);
        m_body->setPlainText(m_current.body);
    }
    fillVersions();
    schedulePreview();
}

void TemplatesPage::fillVersions() {
    const QSignalBlocker block(m_versions);
    m_versions->clear();
    auto versions = m_document.templates().versions(m_current.id);
    if (!versions)
        return;
    for (const TemplateVersion& v : std::as_const(versions.value())) {
        const QString when =
            v.createdAt > 0
                ? QLocale().toString(QDateTime::fromSecsSinceEpoch(v.createdAt).toLocalTime(),
                                     QLocale::ShortFormat)
                : tr("shipped with Slipway");
        m_versions->addItem(tr("v%1 — %2, %3").arg(v.version).arg(v.createdBy, when), v.version);
    }
}

bool TemplatesPage::isDirty() const {
    return m_subject->text() != m_current.subject || m_body->toPlainText() != m_current.body;
}

void TemplatesPage::setEditable(bool editable) {
    m_editable = editable;
    m_subject->setReadOnly(!editable);
    m_body->setReadOnly(!editable);
    m_save->setEnabled(editable);
    m_restore->setEnabled(editable);
    m_issue->setEnabled(editable);
}

void TemplatesPage::schedulePreview() {
    m_previewTimer->start();
}

void TemplatesPage::updatePreview() {
    const qint64 release = m_release->currentData().toLongLong();
    const QString subject = m_subject->text();
    const QString body = m_body->toPlainText();
    const QList<TemplateProblem> problems = PlaceholderCatalogue::check(subject, body);
    if (release <= 0) {
        m_rendered = {};
        m_previewDoc->setMessage(tr("No release to preview"),
                                 tr("Create a release on the Releases screen to see the "
                                    "message filled in."));
    } else {
        CommunicationService::Request request;
        request.templateId = m_current.id;
        request.releaseId = release;
        request.listId = m_audience->currentData().toLongLong();
        auto rendered = m_document.communications().render(subject, body, request);
        if (rendered) {
            m_rendered = rendered.value();
            m_previewDoc->setMessage(m_rendered.subject, m_rendered.markdown);
        }
    }
    const QStringList lines = PlaceholderCatalogue::describe(problems);
    if (lines.isEmpty()) {
        m_problems->setText(isDirty() ? tr("Unsaved changes. Every placeholder is known.")
                                      : tr("Every placeholder is known."));
        m_problems->setStyleSheet(QStringLiteral("color: %1").arg(Theme::muted().name()));
    } else {
        m_problems->setText(tr("⚠ Cannot be issued until fixed:\n") + lines.join(u'\n'));
        m_problems->setStyleSheet(QStringLiteral("color: %1").arg(Theme::danger().name()));
    }
}

QString TemplatesPage::previewText() const {
    return m_previewDoc->toPlainText();
}

void TemplatesPage::insertPlaceholder(const QString& snippet) {
    if (!m_editable || snippet.isEmpty())
        return;
    if (m_lastEdited == m_subject && !snippet.contains(u'\n')) {
        m_subject->insert(snippet);
        m_subject->setFocus();
    } else {
        m_body->insertPlainText(snippet);
        m_body->setFocus();
    }
}

void TemplatesPage::save() {
    if (!m_editable || m_current.id <= 0 || !isDirty())
        return;
    auto* command =
        new SaveTemplateCommand(m_document.templates(), m_current, m_subject->text(),
                                m_body->toPlainText(), [this](const QString& message) {
                                    m_message->showMessage(MessageBar::Kind::Error, message);
                                    m_message->show();
                                });
    if (pushCommand(m_document.undoStack(), command)) {
        m_message->hide();
        loadTemplate(m_current.id);
    }
}

void TemplatesPage::restoreVersion() {
    const int version = m_versions->currentData().toInt();
    auto versions = m_document.templates().versions(m_current.id);
    if (!versions)
        return;
    for (const TemplateVersion& v : std::as_const(versions.value()))
        if (v.version == version) {
            m_subject->setText(v.subject);
            m_body->setPlainText(v.body);
        }
}

void TemplatesPage::copyToClipboard() {
    updatePreview();
    auto* mime = new QMimeData;
    mime->setHtml(MessageDocument::bodyHtml(m_rendered.markdown));
    mime->setText(m_rendered.subject + QStringLiteral("\n\n") +
                  MessageDocument::bodyPlainText(m_rendered.markdown));
    QApplication::clipboard()->setMimeData(mime);
    m_message->showMessage(MessageBar::Kind::Success,
                           tr("Copied “%1” as rich text and plain text.").arg(m_rendered.subject));
    m_message->show();
}

void TemplatesPage::exportMessage() {
    updatePreview();
    if (!m_rendered.issuable()) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("Fix the flagged placeholders before exporting."));
        m_message->show();
        return;
    }
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Message"), m_current.name + QStringLiteral(".pdf"),
        tr("PDF (*.pdf);;E-mail draft (*.eml);;Markdown (*.md)"), &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto format =
        MessageExporter::formatFromKey(suffix).value_or(MessageExporter::Format::Pdf);
    QList<Recipient> to;
    if (const qint64 list = m_audience->currentData().toLongLong(); list > 0)
        if (auto found = m_document.distributionLists().find(list))
            to = found->members;
    auto written = MessageExporter::write(format, path, m_rendered, to);
    m_message->showMessage(written ? MessageBar::Kind::Success : MessageBar::Kind::Error,
                           written ? tr("Wrote %1.").arg(QDir::toNativeSeparators(path))
                                   : written.error().message);
    m_message->show();
}

void TemplatesPage::issue() {
    if (isDirty()) {
        m_message->showMessage(MessageBar::Kind::Warning,
                               tr("Save the template first: a message is issued from a saved "
                                  "version."));
        m_message->show();
        return;
    }
    IssueDialog dialog(m_document, m_current, m_release->currentData().toLongLong(),
                       m_audience->currentData().toLongLong(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.issuedId() > 0) {
        m_message->showMessage(MessageBar::Kind::Success, dialog.summary());
        m_message->show();
        Q_EMIT issued(dialog.issuedId());
    }
}

} // namespace slipway::ui
