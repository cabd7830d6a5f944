// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditView.h"

#include "IconProvider.h"
#include "JsonDiff.h"
#include "MessageBar.h"
#include "Theme.h"
#include "itemmodels/AuditLogModel.h"
#include "services/AuditService.h"
#include "services/Document.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace slipway::ui {

AuditView::AuditView(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("auditView"));
    m_model = new AuditLogModel(document.database(), this);
    // New entries land on top: start again from the newest page after every change.
    connect(&document, &Document::modified, m_model, &AuditLogModel::reload);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(2), Theme::space(2), Theme::space(2), Theme::space(1));
    layout->setSpacing(Theme::space(1));
    layout->addWidget(buildHeader());
    m_messages = new MessageBar(QStringLiteral("auditMessages"), this);
    layout->addWidget(m_messages);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("auditSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(Theme::space(1));
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + Theme::space(1) + 4);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents(); // the first page only: cheap, and wide enough
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditView::updateCount);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(buildDetail());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    updateCount();
    showSelected();
}

QWidget* AuditView::buildHeader() {
    auto* header = new QWidget(this);
    auto* column = new QVBoxLayout(header);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(Theme::space(1));

    auto* top = new QHBoxLayout;
    top->setSpacing(Theme::space(1));
    auto* title = new QLabel(tr("Audit trail"), header);
    title->setFont(Theme::titleFont());
    top->addWidget(title);
    m_count = new QLabel(header);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_count->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    top->addWidget(m_count, 0, Qt::AlignBottom);
    top->addStretch(1);
    m_verify = new QPushButton(IconProvider::icon(QStringLiteral("verify"), Theme::onAccent()),
                               tr("Verify chain"), header);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Recompute every entry's hash and check that none was altered"));
    m_verify->setStyleSheet(Theme::primaryButtonStyleSheet());
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verify);
    top->addWidget(m_verify);
    column->addLayout(top);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(Theme::space(1));
    m_search = new QLineEdit(header);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Filter by actor, action, entity or change ticket…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(IconProvider::icon(QStringLiteral("search"), Theme::muted()),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(Theme::space(32));
    filters->addWidget(m_search, 2);
    m_entity = new QComboBox(header);
    m_entity->setObjectName(QStringLiteral("auditEntityFilter"));
    m_entity->addItem(tr("All entities"), QString());
    const std::pair<QString, QString> entities[] = {
        {tr("Releases"), QStringLiteral("release")},
        {tr("Scope items"), QStringLiteral("scope_item")},
        {tr("Blackouts"), QStringLiteral("blackout")},
        {tr("Teams"), QStringLiteral("team")},
        {tr("Services"), QStringLiteral("service")},
        {tr("Environments"), QStringLiteral("environment")},
        {tr("People"), QStringLiteral("person")},
    };
    for (const auto& [label, key] : entities)
        m_entity->addItem(label, key);
    filters->addWidget(m_entity);
    filters->addStretch(1);
    column->addLayout(filters);

    // The log can hold a million entries: query once the user pauses typing.
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, &AuditView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditView::applyFilter);
    return header;
}

QWidget* AuditView::buildDetail() {
    auto* detail = new QWidget(m_splitter);
    auto* column = new QVBoxLayout(detail);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(Theme::space(1));
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("auditDetailTitle"));
    m_detailTitle->setFont(Theme::sectionFont());
    column->addWidget(m_detailTitle);

    auto* sides = new QHBoxLayout;
    sides->setSpacing(Theme::space(2));
    const auto side = [detail, sides](const QString& caption, const QString& name) {
        auto* box = new QVBoxLayout;
        box->setSpacing(Theme::space(1) / 2);
        auto* label = new QLabel(caption, detail);
        label->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
        auto* browser = new QTextBrowser(detail);
        browser->setObjectName(name);
        browser->setOpenLinks(false);
        box->addWidget(label);
        box->addWidget(browser, 1);
        sides->addLayout(box, 1);
        return browser;
    };
    m_before = side(tr("Before"), QStringLiteral("beforeJson"));
    m_after = side(tr("After"), QStringLiteral("afterJson"));
    column->addLayout(sides, 1);
    return detail;
}

void AuditView::selectFirst() {
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void AuditView::applyFilter() {
    AuditFilter filter;
    filter.text = m_search->text().trimmed();
    filter.entity = m_entity->currentData().toString();
    m_model->setFilter(filter);
}

void AuditView::updateCount() {
    const QString loaded = QLocale().toString(m_model->rowCount());
    const int rows = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({})
                         ? tr("newest %1 shown, more as you scroll").arg(loaded)
                     : rows == 1 ? tr("1 entry")
                                 : tr("%1 entries").arg(loaded));
    if (!m_model->loadError().isEmpty())
        m_messages->showMessage(MessageBar::Kind::Error, m_model->loadError());
}

void AuditView::showSelected() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detailTitle->setText(tr("Select an entry to compare its before and after."));
        m_before->clear();
        m_after->clear();
        return;
    }
    const AuditEntry& e = m_model->entry(rows.first().row());
    m_detailTitle->setText(tr("Entry %1 · %2 %3 #%4 by %5")
                               .arg(e.seq)
                               .arg(e.action, e.entity)
                               .arg(e.entityId)
                               .arg(e.actor));
    const QJsonObject before = JsonDiff::parse(e.beforeJson);
    const QJsonObject after = JsonDiff::parse(e.afterJson);
    const QSet<QString> changed = JsonDiff::changedKeys(before, after);
    m_before->setHtml(JsonDiff::toHtml(before, changed, Theme::tint(Theme::danger(), 0.18),
                                       tr("Nothing: the entry created or restored it.")));
    m_after->setHtml(JsonDiff::toHtml(after, changed, Theme::tint(Theme::success(), 0.18),
                                      tr("Nothing: the entry deleted it.")));
}

void AuditView::verify() {
    const AuditService& log = m_document.audit();
    const auto total = log.count();
    QProgressDialog progress(tr("Checking the audit chain…"), QString(), 0,
                             total ? int(qMin<qint64>(total.value(), INT_MAX)) : 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = log.verify([&progress](qint64 done) {
        progress.setValue(int(qMin<qint64>(done, progress.maximum())));
    });
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!result) {
        m_messages->showMessage(MessageBar::Kind::Error, result.error().message);
        return;
    }
    const AuditVerification& v = result.value();
    if (v.intact()) {
        m_messages->showMessage(
            MessageBar::Kind::Success,
            tr("%1 entries, chain intact, head %2").arg(QLocale().toString(v.checked), v.head));
        return;
    }
    const qint64 broken = *v.firstBrokenSeq;
    m_messages->showMessage(MessageBar::Kind::Error,
                            tr("Entry %1 breaks the chain: %2").arg(broken).arg(v.problem));
    int row = m_model->rowOfSeq(broken);
    if (row < 0) {
        // The filter hides it: show the whole log so the entry can be pointed at.
        m_search->clear();
        m_entity->setCurrentIndex(0);
        applyFilter();
        row = m_model->rowOfSeq(broken);
    }
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
}

void AuditView::saveLayout() const {
    QSettings settings;
    settings.setValue(QStringLiteral("audit/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("audit/header"), m_table->horizontalHeader()->saveState());
}

void AuditView::restoreLayout() {
    QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("audit/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("audit/header")).toByteArray());
}

} // namespace slipway::ui
