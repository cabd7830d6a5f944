// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseTableModel.h"

#include "Roles.h"
#include "services/LifecycleService.h"
#include "services/ReleaseService.h"
#include "services/ValidationCheckService.h"
#include "storage/Database.h"

#include <QLocale>
#include <QTimeZone>

namespace slipway {

ReleaseTableModel::ReleaseTableModel(ReleaseService& service, Database* database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_database(database) {
    connect(&service, &ReleaseService::releaseAdded, this, &ReleaseTableModel::onAdded);
    connect(&service, &ReleaseService::releaseChanged, this, &ReleaseTableModel::onChanged);
    connect(&service, &ReleaseService::releaseRemoved, this, &ReleaseTableModel::onRemoved);
    if (database)
        connect(database, &Database::changedElsewhere, this, &ReleaseTableModel::reload);
    reload();
}

void ReleaseTableModel::setSemanticStyle(const SemanticStyle& style) {
    m_style = style;
    if (!m_releases.isEmpty())
        Q_EMIT dataChanged(index(0, TypeColumn), index(rowCount() - 1, StatusColumn));
}

void ReleaseTableModel::reload() {
    auto loaded = m_service.all();
    beginResetModel();
    if (loaded) {
        m_releases = loaded.value();
        m_loadError.clear();
    } else {
        m_releases.clear();
        m_loadError = loaded.error().message;
    }
    endResetModel();
    if (!loaded)
        Q_EMIT loadFailed(m_loadError);
    refreshLifecycle();
}

void ReleaseTableModel::storeNextStep(qint64 releaseId, const NextStep& step) {
    m_nextStep.insert(releaseId, step.summary());
    QStringList lines;
    for (const GuardCheck& g : step.missing)
        lines << g.line();
    m_nextMissing.insert(releaseId, lines.join(u'\n'));
}

void ReleaseTableModel::refreshLifecycle() {
    if (!m_database || m_releases.isEmpty())
        return;
    // Every release's validation state in one grouped read; reading needs no acting user.
    if (auto states = ValidationCheckService(*m_database, Session{}).states()) {
        m_validation = states.value();
        Q_EMIT dataChanged(index(0, ValidationColumn), index(rowCount() - 1, ValidationColumn));
    }
    LifecycleService lifecycle(*m_database);
    auto facts = lifecycle.allFacts(true);
    if (!facts)
        return; // the column stays empty; the table itself is fine
    const LifecycleClock clock = lifecycle.clock();
    m_nextStep.clear();
    m_nextMissing.clear();
    for (const LifecycleFacts& f : facts.value())
        storeNextStep(f.releaseId, nextStep(f, clock));
    if (!m_releases.isEmpty())
        Q_EMIT dataChanged(index(0, NextStepColumn), index(rowCount() - 1, NextStepColumn));
}

int ReleaseTableModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_releases.size(); ++row) {
        if (m_releases.at(row).id == id)
            return row;
    }
    return -1;
}

void ReleaseTableModel::onAdded(qint64 id) {
    auto found = m_service.find(id);
    if (!found || rowOf(id) >= 0)
        return onChanged(id);
    const int row = int(m_releases.size());
    beginInsertRows({}, row, row);
    m_releases.append(found.value());
    endInsertRows();
}

void ReleaseTableModel::onChanged(qint64 id) {
    const int row = rowOf(id);
    auto found = m_service.find(id);
    if (row < 0 || !found) {
        // Out of step with the file (a row we never saw, or one gone): start afresh.
        reload();
        return;
    }
    m_releases[row] = found.value();
    if (m_database) {
        LifecycleService lifecycle(*m_database);
        if (auto facts = lifecycle.facts(id); facts)
            storeNextStep(id, nextStep(facts.value(), lifecycle.clock()));
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ReleaseTableModel::onRemoved(qint64 id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_releases.removeAt(row);
    endRemoveRows();
}

int ReleaseTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_releases.size());
}

int ReleaseTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// What formatTime needs besides the time itself, worked out once per thread rather than per
// table cell: a large file shows and measures thousands of cells while it opens.
struct TimeFormats {
    QLocale locale;
    QString date;
    QString time;
    QHash<QString, QTimeZone> zones;
};

TimeFormats& timeFormats() {
    thread_local TimeFormats formats;
    const QLocale current;
    if (formats.date.isEmpty() || formats.locale != current) {
        formats.locale = current;
        formats.time = current.timeFormat(QLocale::ShortFormat);
        formats.time.remove(QStringLiteral(":ss"));
        formats.date = current.dateFormat(QLocale::ShortFormat);
        // Two-digit years are ambiguous across a multi-year plan.
        if (!formats.date.contains(QStringLiteral("yyyy")))
            formats.date.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return formats;
}

} // namespace

QString ReleaseTableModel::formatTime(const QDateTime& utc, const QString& zone) {
    if (!utc.isValid())
        return {};
    TimeFormats& formats = timeFormats();
    auto found = formats.zones.constFind(zone);
    if (found == formats.zones.cend())
        found = formats.zones.insert(zone, QTimeZone(zone.toUtf8()));
    const QTimeZone& tz = *found;
    const QDateTime local = tz.isValid() ? utc.toTimeZone(tz) : utc.toLocalTime();
    const QString abbreviation =
        tz.isValid() ? tz.abbreviation(local) : local.timeZoneAbbreviation();
    return QString(formats.locale.toString(local.date(), formats.date) + u' ' +
                   formats.locale.toString(local.time(), formats.time) + u' ' + abbreviation);
}

QVariant ReleaseTableModel::display(const Release& r, int column) const {
    switch (column) {
    case NameColumn:
        return r.name;
    case VersionColumn:
        return r.version;
    case TypeColumn:
        return displayName(r.type);
    case StatusColumn:
        return displayName(r.status);
    case NextStepColumn:
        return m_nextStep.value(r.id);
    case ValidationColumn: {
        const ValidationState state = m_validation.value(r.id, ValidationState::None);
        return state == ValidationState::None ? QString() : displayName(state);
    }
    case WindowStartColumn:
        return formatTime(r.windowStart, r.windowZone);
    case WindowEndColumn:
        return formatTime(r.windowEnd, r.windowZone);
    case ZoneColumn:
        return r.windowZone;
    case OwnerColumn:
        return r.owner;
    case ChangeTicketColumn:
        return r.changeTicket;
    case UpdatedColumn:
        return formatTime(r.updatedAt.isValid() ? r.updatedAt : r.createdAt,
                          QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    }
    return {};
}

QVariant ReleaseTableModel::sortValue(const Release& r, int column) const {
    switch (column) {
    case TypeColumn:
        return int(r.type);
    case StatusColumn:
        return int(r.status);
    case ValidationColumn:
        return int(m_validation.value(r.id, ValidationState::None));
    case WindowStartColumn:
        return r.windowStart.isValid() ? r.windowStart.toMSecsSinceEpoch() : qint64(0);
    case WindowEndColumn:
        return r.windowEnd.isValid() ? r.windowEnd.toMSecsSinceEpoch() : qint64(0);
    case UpdatedColumn:
        return (r.updatedAt.isValid() ? r.updatedAt : r.createdAt).toMSecsSinceEpoch();
    case VersionColumn: {
        // Zero-padded numeric parts sort 1.10.0 after 1.9.0.
        QString key;
        const QString core = r.version.section(u'-', 0, 0).section(u'+', 0, 0);
        for (const QString& part : core.split(u'.'))
            key += part.rightJustified(8, u'0');
        key += r.version.contains(u'-') ? u'0' : u'1';
        return key;
    }
    default:
        return display(r, column).toString().toLower();
    }
}

std::optional<bool> ReleaseTableModel::lessThan(int a, int b, int column) const {
    if (a < 0 || b < 0 || a >= m_releases.size() || b >= m_releases.size())
        return std::nullopt;
    const Release& l = m_releases.at(a);
    const Release& r = m_releases.at(b);
    // The same values sortValue() gives, without the QVariant.
    const auto msecs = [](const QDateTime& t) {
        return t.isValid() ? t.toMSecsSinceEpoch() : 0;
    };
    switch (column) {
    case TypeColumn:
        return int(l.type) < int(r.type);
    case StatusColumn:
        return int(l.status) < int(r.status);
    case ValidationColumn:
        return int(m_validation.value(l.id, ValidationState::None)) <
               int(m_validation.value(r.id, ValidationState::None));
    case WindowStartColumn:
        return msecs(l.windowStart) < msecs(r.windowStart);
    case WindowEndColumn:
        return msecs(l.windowEnd) < msecs(r.windowEnd);
    case UpdatedColumn:
        return (l.updatedAt.isValid() ? l.updatedAt : l.createdAt).toMSecsSinceEpoch() <
               (r.updatedAt.isValid() ? r.updatedAt : r.createdAt).toMSecsSinceEpoch();
    default:
        return std::nullopt;
    }
}

QVariant ReleaseTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Release& r = m_releases.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case Qt::ToolTipRole:
        if (column == WindowStartColumn || column == WindowEndColumn) {
            const QDateTime t = column == WindowStartColumn ? r.windowStart : r.windowEnd;
            if (t.isValid())
                return tr("%1 (UTC %2)")
                    .arg(display(r, column).toString(),
                         QLocale().toString(t.toUTC(), QLocale::ShortFormat));
            return tr("Not scheduled yet");
        }
        if (column == NameColumn && !r.objectives.isEmpty())
            return r.objectives;
        if (column == NextStepColumn && !m_nextMissing.value(r.id).isEmpty())
            return m_nextMissing.value(r.id);
        if (column == ValidationColumn && m_validation.value(r.id) == ValidationState::Failing)
            return tr("A check's latest result failed or a metric degraded after the "
                      "deployment: see After release");
        return {};
    case Qt::TextAlignmentRole:
        if (column == VersionColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == TypeColumn && m_style.typeColor)
            return m_style.typeColor(r.type);
        if (column == StatusColumn && m_style.statusColor)
            return m_style.statusColor(r.status);
        if (column == ValidationColumn && m_style.validationColor &&
            m_validation.value(r.id, ValidationState::None) != ValidationState::None)
            return m_style.validationColor(m_validation.value(r.id));
        return {};
    case Qt::DecorationRole:
        if (column == TypeColumn && m_style.typeIcon)
            return m_style.typeIcon(r.type);
        if (column == StatusColumn && m_style.statusIcon)
            return m_style.statusIcon(r.status);
        if (column == ValidationColumn && m_style.validationIcon &&
            m_validation.value(r.id, ValidationState::None) != ValidationState::None)
            return m_style.validationIcon(m_validation.value(r.id));
        return {};
    case IdRole:
        return r.id;
    case RowVersionRole:
        return r.rowVersion;
    case StartTimeRole:
        return r.windowStart;
    case EndTimeRole:
        return r.windowEnd;
    case TimeZoneRole:
        return r.windowZone;
    case ReleaseTypeRole:
        return int(r.type);
    case ReleaseStatusRole:
        return int(r.status);
    case SortRole:
        return sortValue(r, column);
    case FilterTextRole:
        return QStringList{r.name,
                           r.version,
                           r.owner,
                           r.changeTicket,
                           r.windowZone,
                           displayName(r.type),
                           displayName(r.status)}
            .join(u'\n')
            .toLower();
    }
    return {};
}

QVariant ReleaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == VersionColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VersionColumn:
        return tr("Version");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case NextStepColumn:
        return tr("Next step");
    case ValidationColumn:
        return tr("Validation");
    case WindowStartColumn:
        return tr("Window start");
    case WindowEndColumn:
        return tr("Window end");
    case ZoneColumn:
        return tr("Zone");
    case OwnerColumn:
        return tr("Owner");
    case ChangeTicketColumn:
        return tr("Change ticket");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

} // namespace slipway
