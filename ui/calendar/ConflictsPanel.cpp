// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictsPanel.h"

#include "IconProvider.h"
#include "Theme.h"
#include "itemmodels/CalendarModel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

constexpr int kReleaseRole = Qt::UserRole + 1;
constexpr int kStartRole = Qt::UserRole + 2;
constexpr int kEndRole = Qt::UserRole + 3;
constexpr int kShownPerKind = 500; // the rest are counted, not listed

} // namespace

ConflictsPanel::ConflictsPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("conflictsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(1), 0, 0, 0);
    layout->setSpacing(Theme::space(1));
    auto* title = new QLabel(tr("Conflicts"), this);
    title->setFont(Theme::sectionFont());
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("conflictsSummary"));
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("conflictsTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_goTo = new QPushButton(IconProvider::icon(QStringLiteral("calendar")), tr("Go to"), this);
    m_goTo->setObjectName(QStringLiteral("goToConflictButton"));
    m_goTo->setToolTip(tr("Show the selected conflict in the calendar"));
    m_goTo->setEnabled(false);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_goTo, 0, Qt::AlignRight);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ConflictsPanel::activate);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_goTo->setEnabled(item && item->data(0, kReleaseRole).isValid());
    });
    connect(m_goTo, &QPushButton::clicked, this, [this] { activate(m_tree->currentItem()); });
}

QString ConflictsPanel::kindTitle(Conflict::Kind kind) {
    switch (kind) {
    case Conflict::Kind::HardBlackout:
        return tr("Hard blackouts");
    case Conflict::Kind::SoftBlackout:
        return tr("Soft blackouts");
    case Conflict::Kind::EnvironmentDoubleBooked:
        return tr("Double-booked environments");
    case Conflict::Kind::RoleUncovered:
        return tr("Roles nobody covers");
    case Conflict::Kind::IncidentFreeze:
        return tr("Incident freezes");
    }
    return {};
}

void ConflictsPanel::setModel(CalendarModel* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &CalendarModel::reloaded, this, &ConflictsPanel::refresh);
    refresh();
}

void ConflictsPanel::setRange(const Interval& range) {
    if (range == m_range)
        return;
    m_range = range;
    refresh();
}

void ConflictsPanel::refresh() {
    m_tree->clear();
    m_count = 0;
    if (!m_model)
        return;
    const Conflict::Kind kinds[] = {Conflict::Kind::HardBlackout, Conflict::Kind::IncidentFreeze,
                                    Conflict::Kind::EnvironmentDoubleBooked,
                                    Conflict::Kind::RoleUncovered, Conflict::Kind::SoftBlackout};
    QList<QTreeWidgetItem*> groups;
    QList<int> counts;
    for (Conflict::Kind kind : kinds) {
        auto* group = new QTreeWidgetItem(m_tree);
        group->setFont(0, Theme::sectionFont());
        const bool error = kind != Conflict::Kind::SoftBlackout;
        group->setIcon(0, IconProvider::icon(QStringLiteral("warning"),
                                             error ? Theme::danger() : Theme::warning()));
        groups << group;
        counts << 0;
    }
    for (const Conflict& c : m_model->conflicts()) {
        if (!m_range.isEmpty() && !c.overlap.overlaps(m_range))
            continue;
        const int k =
            int(std::find(std::begin(kinds), std::end(kinds), c.kind) - std::begin(kinds));
        ++m_count;
        if (++counts[k] > kShownPerKind)
            continue;
        auto* item = new QTreeWidgetItem(groups[k]);
        const QString message = c.message();
        item->setText(0, message);
        item->setToolTip(0, message);
        item->setData(0, kReleaseRole, c.releaseId);
        item->setData(0, kStartRole, c.overlap.start);
        item->setData(0, kEndRole, c.overlap.end);
    }
    for (int k = 0; k < groups.size(); ++k) {
        groups[k]->setText(0, QStringLiteral("%1 (%2)").arg(kindTitle(kinds[k])).arg(counts[k]));
        if (counts[k] > kShownPerKind)
            new QTreeWidgetItem(groups[k],
                                {tr("… and %n more", nullptr, counts[k] - kShownPerKind)});
        groups[k]->setHidden(counts[k] == 0);
        groups[k]->setExpanded(counts[k] <= 50);
    }
    m_summary->setText(m_count == 0 ? tr("No conflicts in view.")
                                    : tr("%n conflict(s) in view.", nullptr, m_count));
}

void ConflictsPanel::activate(QTreeWidgetItem* item) {
    if (!item || !item->data(0, kReleaseRole).isValid())
        return;
    Q_EMIT goTo(item->data(0, kReleaseRole).toLongLong(),
                {item->data(0, kStartRole).toLongLong(), item->data(0, kEndRole).toLongLong()});
}

} // namespace slipway::ui
