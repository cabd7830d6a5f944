// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeReleaseRepository.h"

#include "Database.h"
#include "RowStatements.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScopeReleaseRepository)
};

const QString kSelect =
    QStringLiteral("SELECT id, name, version, window_start, capacity, status FROM releases");

ScopeRelease releaseFrom(const QSqlQuery& q) {
    ScopeRelease r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.version = q.value(2).toString();
    r.windowStart = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        r.capacity = q.value(4).toDouble();
    r.status = releaseStatusFromKey(q.value(5).toString()).value_or(ReleaseStatus::Planned);
    return r;
}

} // namespace

ScopeReleaseRepository::ScopeReleaseRepository(Database& db)
    : m_db(db) {}

Result<QHash<qint64, QString>> ScopeReleaseRepository::labels() const {
    auto releases = all();
    if (!releases)
        return releases.error();
    QHash<qint64, QString> labels;
    for (const ScopeRelease& r : std::as_const(releases.value()))
        labels.insert(r.id, r.label());
    return labels;
}

Result<QList<ScopeRelease>> ScopeReleaseRepository::all() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect +
                QStringLiteral(" ORDER BY window_start IS NULL, window_start NULLS FIRST, id")))
        return m_db.errorFrom(q.lastError(), Text::tr("reading releases"));
    QList<ScopeRelease> out;
    while (q.next())
        out.append(releaseFrom(q));
    return out;
}

Result<ScopeRelease> ScopeReleaseRepository::find(qint64 releaseId) const {
    const QString gone = Text::tr("Release %1 no longer exists.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, releaseId, Text::tr("reading a release"),
                                     gone.arg(releaseId));
        !found)
        return found.error();
    return releaseFrom(q);
}

Result<void> ScopeReleaseRepository::setCapacity(qint64 releaseId, std::optional<double> capacity,
                                                 const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE releases SET capacity = ?, row_version = row_version + 1, "
                             "updated_by = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(capacity ? QVariant(*capacity) : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("saving a release's capacity"));
    if (q.numRowsAffected() != 1)
        return Error{Error::Kind::NotFound,
                     Text::tr("Release %1 no longer exists.").arg(releaseId)};
    return {};
}

} // namespace slipway
