// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictsPanel.h"

#include "IconProvider.h"
#include "Theme.h"
#include "itemmodels/CalendarModel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

constexpr int kReleaseRole = Qt::UserRole + 1;
constexpr int kStartRole = Qt::UserRole + 2;
constexpr int kEndRole = Qt::UserRole + 3;
constexpr int kKeyRole = Qt::UserRole + 4; // a group's path, to keep it open across refreshes
constexpr int kShown = 500;                // per group; the rest are counted, not listed

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
    connect(m_tree, &QTreeWidget::itemExpanded, this, &ConflictsPanel::expandLazily);
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
    // What the user opened stays open across refreshes (scrolling refreshes the panel).
    QSet<QString> open;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->isExpanded())
            open.insert((*it)->data(0, kKeyRole).toString());
    }
    m_tree->clear();
    m_pending.clear();
    m_rowOf.clear();
    m_count = 0;
    if (!m_model)
        return;
    for (const CalendarModel::Lane& lane : m_model->lanes()) {
        for (int i : lane.items) {
            const CalendarItem& item = m_model->items()[i];
            if (item.bookingId == 0 && !m_rowOf.contains(item.releaseId))
                m_rowOf.insert(item.releaseId, lane.name);
        }
    }
    const Conflict::Kind kinds[] = {Conflict::Kind::HardBlackout, Conflict::Kind::IncidentFreeze,
                                    Conflict::Kind::EnvironmentDoubleBooked,
                                    Conflict::Kind::RoleUncovered, Conflict::Kind::SoftBlackout};
    QList<int> byKind[std::size(kinds)];
    const QList<Conflict>& all = m_model->conflicts();
    for (int i = 0; i < all.size(); ++i) {
        const Conflict& c = all[i];
        if (!m_range.isEmpty() && !c.overlap.overlaps(m_range))
            continue;
        const auto k = std::find(std::begin(kinds), std::end(kinds), c.kind) - std::begin(kinds);
        byKind[k] << i;
        ++m_count;
    }
    m_tree->setUpdatesEnabled(false);
    for (std::size_t k = 0; k < std::size(kinds); ++k) {
        if (byKind[k].isEmpty())
            continue;
        // Earliest first within every group.
        std::sort(byKind[k].begin(), byKind[k].end(),
                  [&all](int a, int b) { return all[a].overlap.start < all[b].overlap.start; });
        auto* group = new QTreeWidgetItem(m_tree);
        group->setFont(0, Theme::sectionFont());
        const bool error = kinds[k] != Conflict::Kind::SoftBlackout;
        group->setIcon(0, IconProvider::icon(QStringLiteral("warning"),
                                             error ? Theme::danger() : Theme::warning()));
        group->setText(0, QStringLiteral("%1 (%2)").arg(kindTitle(kinds[k])).arg(byKind[k].size()));
        group->setData(0, kKeyRole, Conflict::kindKey(kinds[k]));
        fill(group, byKind[k], 0);
        group->setExpanded(true);
    }
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!(*it)->isExpanded() && open.contains((*it)->data(0, kKeyRole).toString())) {
            expandLazily(*it);
            (*it)->setExpanded(true);
        }
    }
    m_tree->setUpdatesEnabled(true);
    m_summary->setText(m_count == 0 ? tr("No conflicts in view.")
                                    : tr("%n conflict(s) in view.", nullptr, m_count));
}

void ConflictsPanel::fill(QTreeWidgetItem* parent, const QList<int>& indices, int level) {
    if (indices.size() <= kFlat || level > 1) {
        addConflicts(parent, indices);
        return;
    }
    const QList<Conflict>& all = m_model->conflicts();
    const QString parentKey = parent->data(0, kKeyRole).toString();
    if (level == 0) {
        // By row, the busiest first: where most of the trouble is.
        QHash<QString, QList<int>> rows;
        for (int i : indices)
            rows[m_rowOf.value(all[i].releaseId, tr("No row"))] << i;
        QStringList names = rows.keys();
        std::sort(names.begin(), names.end(), [&rows](const QString& a, const QString& b) {
            const auto na = rows.value(a).size(), nb = rows.value(b).size();
            return na != nb ? na > nb : a.localeAwareCompare(b) < 0;
        });
        for (const QString& name : std::as_const(names)) {
            auto* item = new QTreeWidgetItem(parent);
            item->setText(0, QStringLiteral("%1 (%2)").arg(name).arg(rows.value(name).size()));
            item->setData(0, kKeyRole, QString(parentKey + u'/' + name));
            fill(item, rows.value(name), 1);
        }
        return;
    }
    // By ISO week, in order; a week's conflicts are made when it is opened.
    QList<std::pair<int, QList<int>>> weeks; // yyyyww -> conflicts; `indices` is by start
    for (int i : indices) {
        const QDate day =
            QDateTime::fromSecsSinceEpoch(all[i].overlap.start, QTimeZone::utc()).date();
        int year = 0;
        const int week = day.weekNumber(&year);
        const int key = year * 100 + week;
        if (weeks.isEmpty() || weeks.last().first != key)
            weeks.append(std::pair<int, QList<int>>(key, {}));
        weeks.last().second << i;
    }
    for (const auto& [key, list] : std::as_const(weeks)) {
        const QDate first =
            QDateTime::fromSecsSinceEpoch(all[list.first()].overlap.start, QTimeZone::utc()).date();
        const QDate monday = first.addDays(1 - first.dayOfWeek());
        auto* item = new QTreeWidgetItem(parent);
        item->setText(0, tr("Week %1 of %2, from %3 (%4)")
                             .arg(key % 100)
                             .arg(key / 100)
                             .arg(QLocale().toString(monday, QLocale::ShortFormat))
                             .arg(list.size()));
        item->setData(0, kKeyRole, QString(parentKey + u'/' + QString::number(key)));
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        m_pending.insert(item, list);
    }
}

void ConflictsPanel::addConflicts(QTreeWidgetItem* parent, const QList<int>& indices) {
    const QList<Conflict>& all = m_model->conflicts();
    for (int n = 0; n < std::min<qsizetype>(indices.size(), kShown); ++n) {
        const Conflict& c = all[indices[n]];
        auto* item = new QTreeWidgetItem(parent);
        const QString message = c.message();
        item->setText(0, message);
        item->setToolTip(0, message);
        item->setData(0, kReleaseRole, c.releaseId);
        item->setData(0, kStartRole, c.overlap.start);
        item->setData(0, kEndRole, c.overlap.end);
    }
    if (indices.size() > kShown)
        new QTreeWidgetItem(parent, {tr("… and %n more", nullptr, int(indices.size()) - kShown)});
}

void ConflictsPanel::expandLazily(QTreeWidgetItem* item) {
    const auto it = m_pending.find(item);
    if (it == m_pending.end())
        return;
    const QList<int> list = it.value();
    m_pending.erase(it);
    item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
    addConflicts(item, list);
}

void ConflictsPanel::activate(QTreeWidgetItem* item) {
    if (!item || !item->data(0, kReleaseRole).isValid())
        return;
    Q_EMIT goTo(item->data(0, kReleaseRole).toLongLong(),
                {item->data(0, kStartRole).toLongLong(), item->data(0, kEndRole).toLongLong()});
}

} // namespace slipway::ui
