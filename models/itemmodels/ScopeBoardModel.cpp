// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeBoardModel.h"

#include "Roles.h"
#include "services/ScopeService.h"

#include <QSet>

#include <algorithm>

namespace slipway {

ScopeBoardModel::ScopeBoardModel(ScopeService& service, QObject* parent)
    : QAbstractListModel(parent)
    , m_service(service) {
    connect(&service, &ScopeService::itemChanged, this, &ScopeBoardModel::refreshItem);
    connect(&service, &ScopeService::dependenciesChanged, this, [this] {
        reloadDependencies();
        recomputeWarnings();
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1),
                               {DependencyCountRole, DependencyWarningRole});
        Q_EMIT boardChanged();
    });
    connect(&service, &ScopeService::capacityChanged, this, [this] {
        reloadReleases();
        Q_EMIT boardChanged();
    });
    // Order only: the items' content is unchanged, so no dataChanged.
    connect(&service, &ScopeService::ranksChanged, this,
            [this](const QList<std::pair<qint64, double>>& ranks) {
                for (const auto& [id, rank] : ranks) {
                    if (const int row = rowOf(id); row >= 0)
                        m_items[row].rank = rank;
                }
                Q_EMIT boardChanged();
            });
}

int ScopeBoardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ScopeBoardModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScopeItem& s = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return s.title;
    case Qt::ToolTipRole: {
        QStringList lines{s.title};
        for (const DependencyWarning& w : warningsFor(s.id))
            lines << w.message;
        return lines.join(u'\n');
    }
    case IdRole:
        return s.id;
    case RowVersionRole:
        return s.rowVersion;
    case ScopeKindRole:
        return int(s.kind);
    case ScopePriorityRole:
        return int(s.priority);
    case ScopeStatusRole:
        return int(s.status);
    case ScopeReleaseIdRole:
        return s.releaseId;
    case EffortRole:
        return s.effort;
    case StakeholderRole:
        return s.stakeholder;
    case ExternalKeyRole:
        return s.externalKey;
    case DependencyCountRole:
        return int(m_needs.value(s.id).size());
    case DependencyWarningRole: {
        const auto warnings = warningsFor(s.id);
        return warnings.isEmpty() ? QString() : warnings.first().message;
    }
    case FilterTextRole:
        return m_search[index.row()];
    case SortRole:
        return s.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> ScopeBoardModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(ScopeKindRole, "kind");
    names.insert(ScopePriorityRole, "priority");
    names.insert(ScopeStatusRole, "status");
    names.insert(ScopeReleaseIdRole, "releaseId");
    names.insert(EffortRole, "effort");
    names.insert(StakeholderRole, "stakeholder");
    names.insert(ExternalKeyRole, "externalKey");
    names.insert(DependencyCountRole, "dependencyCount");
    names.insert(DependencyWarningRole, "dependencyWarning");
    return names;
}

QString ScopeBoardModel::searchTextOf(const ScopeItem& s) {
    QString text = s.title;
    text += u'\n';
    text += s.externalKey;
    text += u'\n';
    text += s.stakeholder;
    for (const QString& label : s.labels) {
        text += u'\n';
        text += label;
    }
    return text.toLower();
}

bool ScopeBoardModel::reload() {
    auto items = m_service.all();
    if (!items) {
        m_error = items.error().message;
        return false;
    }
    beginResetModel();
    m_items = std::move(items.value());
    m_search.clear();
    m_search.reserve(m_items.size());
    m_rowById.clear();
    m_rowById.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i) {
        m_search.append(searchTextOf(m_items[i]));
        m_rowById.insert(m_items[i].id, i);
    }
    const bool ok = reloadReleases() && reloadDependencies();
    recomputeWarnings();
    endResetModel();
    Q_EMIT boardChanged();
    return ok;
}

bool ScopeBoardModel::reloadReleases() {
    auto releases = m_service.releases();
    if (!releases) {
        m_error = releases.error().message;
        return false;
    }
    m_releases = std::move(releases.value());
    return true;
}

bool ScopeBoardModel::reloadDependencies() {
    auto deps = m_service.dependencies();
    if (!deps) {
        m_error = deps.error().message;
        return false;
    }
    m_dependencies = std::move(deps.value());
    m_needs.clear();
    for (const auto& [item, needs] : std::as_const(m_dependencies))
        m_needs[item].append(needs);
    return true;
}

void ScopeBoardModel::recomputeWarnings() {
    m_warnings = ScopeDependencyRule::check(m_items, m_dependencies, m_releases);
    m_warningsByItem.clear();
    for (int i = 0; i < m_warnings.size(); ++i)
        m_warningsByItem[m_warnings[i].itemId].append(i);
}

void ScopeBoardModel::refreshItem(qint64 itemId) {
    const int row = rowOf(itemId);
    auto fresh = m_service.find(itemId);
    if (row < 0 || !fresh) {
        reload();
        return;
    }
    m_items[row] = fresh.value();
    m_search[row] = searchTextOf(m_items[row]);
    recomputeWarnings();
    Q_EMIT dataChanged(index(row), index(row));
    // Other items' warnings may have come or gone with this one's place.
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {DependencyWarningRole});
    Q_EMIT boardChanged();
}

const ScopeItem* ScopeBoardModel::item(qint64 itemId) const {
    const int row = rowOf(itemId);
    return row < 0 ? nullptr : &m_items[row];
}

const ScopeRelease* ScopeBoardModel::release(qint64 releaseId) const {
    for (const ScopeRelease& r : m_releases) {
        if (r.id == releaseId)
            return &r;
    }
    return nullptr;
}

QStringList ScopeBoardModel::stakeholders() const {
    QSet<QString> seen;
    for (const ScopeItem& s : m_items) {
        if (!s.stakeholder.isEmpty())
            seen.insert(s.stakeholder);
    }
    QStringList out(seen.cbegin(), seen.cend());
    out.sort(Qt::CaseInsensitive);
    return out;
}

QList<DependencyWarning> ScopeBoardModel::warningsFor(qint64 itemId) const {
    QList<DependencyWarning> out;
    for (int i : m_warningsByItem.value(itemId))
        out.append(m_warnings[i]);
    return out;
}

double ScopeBoardModel::committedEffort(qint64 releaseId) const {
    double sum = 0;
    for (const ScopeItem& s : m_items) {
        if (s.releaseId == releaseId && ScopeDependencyRule::isCommitted(s.status))
            sum += s.effort;
    }
    return sum;
}

qint64 ScopeBoardModel::busiestRelease() const {
    QHash<qint64, int> counts;
    for (const ScopeItem& s : m_items) {
        if (s.releaseId > 0)
            counts[s.releaseId] += 1;
    }
    // Releases still planned come first: a cancelled release full of deferred items is the
    // busiest in name only. Ties go to the earliest release in board order.
    for (const bool open : {true, false}) {
        qint64 best = 0;
        int most = 0;
        for (const ScopeRelease& r : m_releases) {
            if ((!open || !r.isClosed()) && counts.value(r.id) > most) {
                most = counts.value(r.id);
                best = r.id;
            }
        }
        if (best > 0)
            return best;
    }
    return 0;
}

QList<int> ScopeBoardModel::matching(const ScopeBoardFilter& filter) const {
    QList<int> rows;
    rows.reserve(m_items.size());
    if (filter.isEmpty()) {
        for (int i = 0; i < m_items.size(); ++i)
            rows.append(i);
        return rows;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        if (filter.accepts(m_items[i], m_search[i]))
            rows.append(i);
    }
    return rows;
}

} // namespace slipway
