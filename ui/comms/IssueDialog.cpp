// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssueDialog.h"

#include "Theme.h"
#include "io/MessageDocument.h"
#include "io/MessageExporter.h"
#include "io/MessageRenderer.h"
#include "services/CommunicationService.h"
#include "services/DistributionListService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace slipway::ui {

IssueDialog::IssueDialog(Document& document, const MessageTemplate& tmpl, qint64 releaseId,
                         qint64 listId, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_template(tmpl)
    , m_releaseId(releaseId) {
    setObjectName(QStringLiteral("issueDialog"));
    setWindowTitle(tr("Issue “%1”").arg(tmpl.name));
    auto* layout = new QVBoxLayout(this);
    auto release = document.releases().find(releaseId);
    auto* intro = new QLabel(
        tr("Issue version %1 of %2 for %3. The message is archived with its recipients and "
           "cannot be changed afterwards.")
            .arg(tmpl.version)
            .arg(tmpl.name,
                 release ? releaseLabel(release->name, release->version) : tr("no release")),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("issueList"));
    if (auto lists = document.distributionLists().all())
        for (const DistributionList& l : std::as_const(lists.value()))
            m_list->addItem(
                tr("%1 — %n recipient(s), %2", nullptr, int(l.members.size())).arg(l.name, l.zone),
                l.id);
    m_list->setCurrentIndex(qMax(0, m_list->findData(listId)));
    form->addRow(tr("Distribution list"), m_list);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("issueReason"));
    m_reason->setPlaceholderText(tr("Why the release moved (delay notices)"));
    form->addRow(tr("Reason"), m_reason);
    auto* formats = new QHBoxLayout;
    m_pdf = new QCheckBox(tr("PDF"), this);
    m_pdf->setObjectName(QStringLiteral("issuePdf"));
    m_eml = new QCheckBox(tr("E-mail draft (.eml)"), this);
    m_eml->setObjectName(QStringLiteral("issueEml"));
    m_eml->setChecked(true);
    m_md = new QCheckBox(tr("Markdown"), this);
    m_md->setObjectName(QStringLiteral("issueMarkdown"));
    m_clipboard = new QCheckBox(tr("Copy to clipboard"), this);
    m_clipboard->setObjectName(QStringLiteral("issueClipboard"));
    formats->addWidget(m_pdf);
    formats->addWidget(m_eml);
    formats->addWidget(m_md);
    formats->addWidget(m_clipboard);
    form->addRow(tr("Formats"), formats);
    auto* folderRow = new QHBoxLayout;
    m_folder =
        new QLineEdit(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), this);
    m_folder->setObjectName(QStringLiteral("issueFolder"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Save files in"), folderRow);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("issueError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(Theme::danger().name()));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* ok = buttons->addButton(tr("Issue"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("issueConfirmButton"));
    if (m_list->count() == 0) {
        ok->setEnabled(false);
        m_error->setText(tr("Create a distribution list first (Distribution lists tab)."));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &IssueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IssueDialog::reject);
    layout->addWidget(buttons);
}

void IssueDialog::accept() {
    CommunicationService::Request request;
    request.templateId = m_template.id;
    request.releaseId = m_releaseId;
    request.listId = m_list->currentData().toLongLong();
    request.delayReason = m_reason->text();
    const bool files = m_pdf->isChecked() || m_eml->isChecked() || m_md->isChecked();
    if (files && !QFileInfo(m_folder->text()).isDir()) {
        m_error->setText(tr("The folder %1 does not exist.").arg(m_folder->text()));
        return;
    }
    // The files are written inside the archiving transaction: a message is archived only when
    // every file asked for was written, and a failed one leaves none behind.
    QStringList written;
    const std::pair<QCheckBox*, MessageExporter::Format> choices[] = {
        {m_pdf, MessageExporter::Format::Pdf},
        {m_eml, MessageExporter::Format::Eml},
        {m_md, MessageExporter::Format::Markdown}};
    auto issued = m_document.communications().issue(
        request, [&](const Communication& message) -> Result<void> {
            RenderedMessage sent;
            sent.subject = message.subject;
            sent.markdown = message.body;
            const QString base =
                QDir(m_folder->text())
                    .filePath(QStringLiteral("%1-%2").arg(message.id).arg(m_template.name));
            for (const auto& [box, format] : choices) {
                if (!box->isChecked())
                    continue;
                const QString path = base + u'.' + MessageExporter::suffix(format);
                if (auto ok = MessageExporter::write(format, path, sent, message.recipients); !ok) {
                    for (const QString& done : std::as_const(written))
                        QFile::remove(done);
                    written.clear();
                    return ok;
                }
                written << path;
            }
            return {};
        });
    if (!issued) {
        for (const QString& done : std::as_const(written))
            QFile::remove(done); // written, but the archive refused the message
        m_error->setText(issued.error().message);
        return;
    }
    m_issuedId = issued->id;
    RenderedMessage archived;
    archived.subject = issued->subject;
    archived.markdown = issued->body;
    for (QString& path : written)
        path = QDir::toNativeSeparators(path);
    if (m_clipboard->isChecked()) {
        auto* mime = new QMimeData;
        mime->setHtml(MessageDocument::bodyHtml(archived.markdown));
        mime->setText(archived.subject + QStringLiteral("\n\n") +
                      MessageDocument::bodyPlainText(archived.markdown));
        QApplication::clipboard()->setMimeData(mime);
    }
    m_summary = tr("Issued message %1 to %n recipient(s).", nullptr, int(issued->recipients.size()))
                    .arg(issued->id);
    if (!written.isEmpty())
        m_summary += u' ' + tr("Wrote %1.").arg(written.join(QStringLiteral(", ")));
    QDialog::accept();
}

} // namespace slipway::ui
