// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommsScreen.h"

#include "ArchivePage.h"
#include "DistributionListsPage.h"
#include "KnownIssuesPage.h"
#include "TemplatesPage.h"
#include "Theme.h"
#include "services/Document.h"
#include "services/ReleaseService.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace slipway::ui {

CommsScreen::CommsScreen(Document& document, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("commsScreen"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(2), Theme::space(2), Theme::space(2), Theme::space(1));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("commsTabs"));
    m_tabs->setDocumentMode(true);
    m_templates = new TemplatesPage(document, m_tabs);
    m_issues = new KnownIssuesPage(document, m_tabs);
    m_lists = new DistributionListsPage(document, m_tabs);
    m_archive = new ArchivePage(document, m_tabs);
    m_tabs->addTab(m_templates, tr("Templates"));
    m_tabs->addTab(m_issues, tr("Known Issues"));
    m_tabs->addTab(m_lists, tr("Distribution Lists"));
    m_tabs->addTab(m_archive, tr("Archive"));
    layout->addWidget(m_tabs);
    connect(m_templates, &TemplatesPage::issued, this, [this](qint64 id) {
        m_archive->reload();
        m_archive->selectMessage(id);
    });
    // Releases come and go on other screens: the pickers follow.
    const auto releasesMoved = [this] {
        m_templates->reload();
        m_issues->reload();
    };
    connect(&document.releases(), &ReleaseService::releaseAdded, this, releasesMoved);
    connect(&document.releases(), &ReleaseService::releaseRemoved, this, releasesMoved);
    // Imported acknowledgements (and their undo), and other programs' edits.
    connect(&document, &Document::changedElsewhere, m_archive, &ArchivePage::reload);
}

void CommsScreen::setEditable(bool editable) {
    m_templates->setEditable(editable);
    m_issues->setEditable(editable);
    m_lists->setEditable(editable);
    m_archive->setEditable(editable);
}

void CommsScreen::showTab(const QString& name) {
    const QStringList names{QStringLiteral("templates"), QStringLiteral("issues"),
                            QStringLiteral("lists"), QStringLiteral("archive")};
    const int index = int(names.indexOf(name));
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

} // namespace slipway::ui
