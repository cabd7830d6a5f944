// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchivePage.h"

#include "IconProvider.h"
#include "MessageBar.h"
#include "RecordAcknowledgementCommand.h"
#include "Theme.h"
#include "io/AcknowledgementCsv.h"
#include "io/CommunicationCsvExporter.h"
#include "io/MessageDocument.h"
#include "io/MessageExporter.h"
#include "io/MessageRenderer.h"
#include "services/CommunicationService.h"
#include "services/Document.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

QString localTime(qint64 secs) {
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(),
                              QLocale::ShortFormat);
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

ArchivePage::ArchivePage(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("archivePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    m_message = new MessageBar(QStringLiteral("archiveMessage"), this);
    m_message->hide();
    layout->addWidget(m_message);
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("archiveSearch"));
    m_search->setPlaceholderText(tr("Search subject, release, template, list or recipient"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(IconProvider::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    top->addWidget(m_search, 1);
    m_import = new QPushButton(tr("Import Acknowledgements…"), this);
    m_import->setObjectName(QStringLiteral("importAcksButton"));
    auto* exportCsv =
        new QPushButton(IconProvider::icon(QStringLiteral("file")), tr("Export CSV…"), this);
    exportCsv->setObjectName(QStringLiteral("exportArchiveButton"));
    top->addWidget(m_import);
    top->addWidget(exportCsv);
    layout->addLayout(top);

    m_stack = new QStackedWidget(this);
    auto* empty = new QLabel(tr("Nothing has been issued yet.\nWrite or pick a template on the "
                                "Templates tab and choose Issue…; every issued message is kept "
                                "here, unchangeable, with who received and acknowledged it."),
                             m_stack);
    empty->setObjectName(QStringLiteral("archiveEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);

    auto* splitter = new QSplitter(Qt::Vertical, m_stack);
    splitter->setChildrenCollapsible(false);
    m_table = new QTableWidget(0, 6, splitter);
    m_table->setObjectName(QStringLiteral("archiveTable"));
    m_table->setHorizontalHeaderLabels({tr("Issued"), tr("Subject"), tr("Release"), tr("Template"),
                                        tr("List"), tr("Acknowledged")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    splitter->addWidget(m_table);

    auto* detail = new QSplitter(Qt::Horizontal, splitter);
    detail->setChildrenCollapsible(false);
    auto* left = new QWidget(detail);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_preview = new QTextBrowser(left);
    m_preview->setObjectName(QStringLiteral("archivePreview"));
    m_preview->setOpenLinks(false);
    m_previewDoc = new MessageDocument(m_preview);
    m_preview->setDocument(m_previewDoc);
    leftLayout->addWidget(m_preview, 1);
    auto* row = new QHBoxLayout;
    m_integrity = new QLabel(left);
    m_integrity->setObjectName(QStringLiteral("archiveIntegrity"));
    m_integrity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_integrity, 1);
    auto* exportMessage = new QPushButton(tr("Export…"), left);
    exportMessage->setObjectName(QStringLiteral("exportArchivedButton"));
    row->addWidget(exportMessage);
    leftLayout->addLayout(row);
    detail->addWidget(left);

    auto* right = new QWidget(detail);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_recipients = new QTableWidget(0, 3, right);
    m_recipients->setObjectName(QStringLiteral("recipientTable"));
    m_recipients->setHorizontalHeaderLabels({tr("Recipient"), tr("Address"), tr("Acknowledged")});
    m_recipients->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_recipients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recipients->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recipients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recipients->verticalHeader()->hide();
    rightLayout->addWidget(m_recipients, 1);
    m_record = new QPushButton(IconProvider::icon(QStringLiteral("verify")),
                               tr("Record Acknowledgement"), right);
    m_record->setObjectName(QStringLiteral("recordAckButton"));
    rightLayout->addWidget(m_record);
    detail->addWidget(right);
    detail->setSizes({560, 420});
    splitter->addWidget(detail);
    splitter->setSizes({200, 420});
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ArchivePage::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ArchivePage::showSelected);
    connect(m_record, &QPushButton::clicked, this, &ArchivePage::recordAcknowledgement);
    connect(m_import, &QPushButton::clicked, this, &ArchivePage::importAcknowledgements);
    connect(exportCsv, &QPushButton::clicked, this, &ArchivePage::exportCsv);
    connect(exportMessage, &QPushButton::clicked, this, &ArchivePage::exportMessage);
    connect(&document.communications(), &CommunicationService::archiveChanged, this,
            &ArchivePage::reload);
    reload();
}

void ArchivePage::reload() {
    const auto was = selected();
    m_messages.clear();
    if (auto all = m_document.communications().all(m_search->text()))
        m_messages = all.value();
    QHash<qint64, int> acknowledged;
    if (auto acks = m_document.communications().allAcknowledgements())
        for (const Acknowledgement& a : std::as_const(acks.value()))
            acknowledged[a.communicationId] += 1;
    const bool nothingAtAll = m_messages.isEmpty() && m_search->text().isEmpty();
    m_stack->setCurrentIndex(nothingAtAll ? 0 : 1);
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_messages.size()));
    int select = m_messages.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_messages.size(); ++row) {
        const Communication& m = m_messages[row];
        const int acks = acknowledged.value(m.id);
        m_table->setItem(row, 0, cell(localTime(m.issuedAt)));
        m_table->setItem(row, 1, cell(m.subject));
        m_table->setItem(row, 2, cell(m.releaseLabel));
        m_table->setItem(row, 3, cell(tr("%1 v%2").arg(m.templateName).arg(m.templateVersion)));
        m_table->setItem(row, 4, cell(m.listName));
        auto* ackItem = cell(tr("%1 of %2").arg(acks).arg(m.recipients.size()));
        ackItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (acks == m.recipients.size() && acks > 0)
            ackItem->setIcon(IconProvider::icon(QStringLiteral("verify"), Theme::success()));
        m_table->setItem(row, 5, ackItem);
        if (was && was->id == m.id)
            select = row;
    }
    if (select >= 0)
        m_table->selectRow(select);
    showSelected();
}

std::optional<Communication> ArchivePage::selected() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_messages.size())
        return std::nullopt;
    return m_messages[row];
}

void ArchivePage::selectMessage(qint64 id) {
    for (int row = 0; row < m_messages.size(); ++row)
        if (m_messages[row].id == id)
            m_table->selectRow(row);
}

void ArchivePage::showSelected() {
    const auto m = selected();
    m_recipients->setRowCount(0);
    if (!m) {
        m_previewDoc->setMessage(QString(), QString());
        m_integrity->clear();
        return;
    }
    m_previewDoc->setMessage(m->subject, m->body);
    m_integrity->setText(m->intact()
                             ? tr("✔ Issued by %1 · SHA-256 %2 matches the content")
                                   .arg(m->issuedBy, m->sha256.left(16) + QStringLiteral("…"))
                             : tr("✘ SHA-256 does not match the archived content"));
    m_integrity->setToolTip(m->sha256);
    m_integrity->setStyleSheet(
        QStringLiteral("color: %1").arg((m->intact() ? Theme::success() : Theme::danger()).name()));
    QHash<QString, Acknowledgement> acks;
    if (auto list = m_document.communications().acknowledgements(m->id))
        for (const Acknowledgement& a : std::as_const(list.value()))
            acks.insert(a.address.toLower(), a);
    m_recipients->setRowCount(int(m->recipients.size()));
    for (int row = 0; row < m->recipients.size(); ++row) {
        const Recipient& r = m->recipients[row];
        m_recipients->setItem(row, 0, cell(r.name));
        m_recipients->setItem(row, 1, cell(r.address));
        const auto it = acks.constFind(r.address.toLower());
        auto* item = cell(it == acks.cend()
                              ? tr("not yet")
                              : tr("%1 (%2)").arg(localTime(it->acknowledgedAt),
                                                  it->source == Acknowledgement::Source::Imported
                                                      ? tr("imported")
                                                      : tr("entered")));
        if (it != acks.cend())
            item->setIcon(IconProvider::icon(QStringLiteral("verify"), Theme::success()));
        m_recipients->setItem(row, 2, item);
    }
}

void ArchivePage::recordAcknowledgement() {
    const auto m = selected();
    const int row = m_recipients->currentRow();
    if (!m || row < 0 || row >= m->recipients.size()) {
        m_message->showMessage(MessageBar::Kind::Info,
                               tr("Select the recipient who acknowledged the message."));
        m_message->show();
        return;
    }
    Acknowledgement ack;
    ack.communicationId = m->id;
    ack.address = m->recipients[row].address;
    ack.acknowledgedAt = QDateTime::currentSecsSinceEpoch();
    auto* command = new RecordAcknowledgementCommand(
        m_document.communications(), ack, [this](const QString& message) {
            m_message->showMessage(MessageBar::Kind::Error, message);
            m_message->show();
        });
    if (pushCommand(m_document.undoStack(), command))
        m_message->hide();
}

void ArchivePage::importAcknowledgements() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Acknowledgements"),
                                                      QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto parsed = AcknowledgementCsv::read(m_document.database(), path);
    if (!parsed) {
        m_message->showMessage(MessageBar::Kind::Error, parsed.error().message);
    } else if (!parsed->problems.isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("Nothing was imported:\n") + parsed->problems.join(u'\n'));
    } else {
        auto written = m_document.communications().importAcknowledgements(parsed->rows);
        m_message->showMessage(
            written ? MessageBar::Kind::Success : MessageBar::Kind::Error,
            written ? tr("Imported %n acknowledgement(s).", nullptr, int(written.value()))
                    : written.error().message);
    }
    m_message->show();
}

void ArchivePage::exportCsv() {
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Archive"), QStringLiteral("communications.csv"),
        tr("Issued messages (*.csv);;Recipients and acknowledgements (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const bool acks = filter.startsWith(tr("Recipients"));
    auto written =
        acks ? CommunicationCsvExporter::exportAcknowledgements(m_document.database(), path)
             : CommunicationCsvExporter::exportCommunications(m_document.database(), path);
    m_message->showMessage(written ? MessageBar::Kind::Success : MessageBar::Kind::Error,
                           written ? tr("Wrote %1.").arg(QDir::toNativeSeparators(path))
                                   : written.error().message);
    m_message->show();
}

void ArchivePage::exportMessage() {
    const auto m = selected();
    if (!m)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Message"), QStringLiteral("%1-%2.pdf").arg(m->id).arg(m->templateName),
        tr("PDF (*.pdf);;E-mail draft (*.eml);;Markdown (*.md)"));
    if (path.isEmpty())
        return;
    RenderedMessage archived;
    archived.subject = m->subject;
    archived.markdown = m->body;
    const auto format = MessageExporter::formatFromKey(QFileInfo(path).suffix().toLower())
                            .value_or(MessageExporter::Format::Pdf);
    auto written = MessageExporter::write(format, path, archived, m->recipients);
    m_message->showMessage(written ? MessageBar::Kind::Success : MessageBar::Kind::Error,
                           written ? tr("Wrote %1.").arg(QDir::toNativeSeparators(path))
                                   : written.error().message);
    m_message->show();
}

void ArchivePage::setEditable(bool editable) {
    m_record->setEnabled(editable);
    m_import->setEnabled(editable);
}

} // namespace slipway::ui
