// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleasePicker.h"

#include "BadgeDelegate.h"
#include "Theme.h"
#include "ValidationBadge.h"
#include "services/DeploymentService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/ValidationCheckService.h"

#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {

ReleasePicker::ReleasePicker(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("validationReleasePicker"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::space(1));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("validationReleaseFilter"));
    m_filter->setPlaceholderText(tr("Filter releases…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Release"), tr("Deployed"), tr("Validation")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(LabelColumn);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("validationReleaseList"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setItemDelegateForColumn(StateColumn, new BadgeDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(DeployedColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_filling)
            emitCurrent();
    });
    reload();
}

void ReleasePicker::reload() {
    const qint64 current = currentReleaseId();
    m_filling = true;
    m_order.clear();
    m_deployedAt.clear();
    m_labels.clear();
    auto deployments = m_document.deployments().list();
    if (deployments)
        for (const Deployment& d : deployments.value())
            if (d.production && (!m_deployedAt.contains(d.releaseId) ||
                                 d.deployedAt < m_deployedAt.value(d.releaseId)))
                m_deployedAt.insert(d.releaseId, d.deployedAt);
    auto states = m_document.validationChecks().states();
    m_states = states ? states.value() : QHash<qint64, ValidationState>();
    auto releases = m_document.releases().all();
    if (releases)
        for (const Release& r : releases.value())
            if (m_deployedAt.contains(r.id)) {
                m_order << r.id;
                m_labels.insert(r.id, releaseLabel(r.name, r.version));
            }
    std::sort(m_order.begin(), m_order.end(), [this](qint64 a, qint64 b) {
        const qint64 ta = m_deployedAt.value(a), tb = m_deployedAt.value(b);
        return ta != tb ? ta > tb : a > b;
    });

    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (qint64 id : std::as_const(m_order)) {
        auto* label = new QStandardItem(m_labels.value(id));
        label->setData(id, Qt::UserRole);
        label->setToolTip(m_labels.value(id));
        const QDateTime at =
            QDateTime::fromSecsSinceEpoch(m_deployedAt.value(id), QTimeZone::utc());
        auto* deployed = new QStandardItem(locale.toString(at, QStringLiteral("d MMM yyyy")));
        deployed->setToolTip(locale.toString(at, QStringLiteral("d MMM yyyy HH:mm 'UTC'")));
        auto* state = new QStandardItem;
        const ValidationState s = this->state(id);
        ValidationBadge::decorate(state, s);
        if (s == ValidationState::None)
            state->setToolTip(tr("No checks or metrics apply to this release yet"));
        m_model->appendRow({label, deployed, state});
    }
    m_filling = false;
    if (!setCurrentRelease(current) && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    emitCurrent();
}

qint64 ReleasePicker::currentReleaseId() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(LabelColumn).data(Qt::UserRole).toLongLong()
                             : 0;
}

bool ReleasePicker::setCurrentRelease(qint64 releaseId) {
    if (releaseId <= 0)
        return false;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, LabelColumn).data(Qt::UserRole).toLongLong() == releaseId) {
            m_view->selectRow(row);
            m_view->scrollTo(m_proxy->index(row, LabelColumn));
            return true;
        }
    }
    return false;
}

void ReleasePicker::emitCurrent() {
    const qint64 id = currentReleaseId();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    Q_EMIT releaseChosen(id);
}

} // namespace slipway::ui
