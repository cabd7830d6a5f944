// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationStateReader.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ValidationStateReader)
};

constexpr int kValidationSchema = 21;

// Each enabled check that applies to a release (its own, its services', its product's) with
// the outcome of its latest result for that release: 1, 0, or NULL when it never ran.
const QString kLatest =
    QStringLiteral("WITH applying AS ("
                   " SELECT c.release_id AS release_id, c.id AS check_id FROM validation_checks c"
                   "  WHERE c.enabled = 1 AND c.release_id IS NOT NULL"
                   " UNION SELECT rs.release_id, c.id FROM release_services rs"
                   "  JOIN validation_checks c ON c.service_id = rs.service_id WHERE c.enabled = 1"
                   " UNION SELECT r.id, c.id FROM releases r"
                   "  JOIN validation_checks c ON c.service_id = r.product_id WHERE c.enabled = 1)"
                   " SELECT a.release_id, (SELECT v.ok FROM validation_results v"
                   "  WHERE v.check_id = a.check_id AND v.release_id = a.release_id"
                   "  ORDER BY v.run_at DESC, v.id DESC LIMIT 1) FROM applying a");

struct Tally {
    int checks = 0;
    int run = 0;
    int failing = 0;
    int verdicts = 0;
    int degraded = 0;
};

} // namespace

ValidationStateReader::ValidationStateReader(Database& db)
    : m_db(db) {}

Result<QHash<qint64, ValidationState>> ValidationStateReader::read(qint64 releaseId) const {
    const QString doing = Text::tr("reading the validation states");
    const QString one = releaseId > 0 ? QStringLiteral(" WHERE id = ?") : QString();
    QHash<qint64, ValidationState> states;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM releases") + one);
    if (releaseId > 0)
        q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing);
    while (q.next())
        states.insert(q.value(0).toLongLong(), ValidationState::None);
    if (m_db.schemaVersion() < kValidationSchema)
        return states;

    QHash<qint64, Tally> tallies;
    QSqlQuery checks(m_db.connection());
    checks.setForwardOnly(true);
    checks.prepare(kLatest +
                   (releaseId > 0 ? QStringLiteral(" WHERE a.release_id = ?") : QString()));
    if (releaseId > 0)
        checks.addBindValue(releaseId);
    if (!checks.exec())
        return m_db.errorFrom(checks.lastError(), doing);
    while (checks.next()) {
        Tally& t = tallies[checks.value(0).toLongLong()];
        ++t.checks;
        if (!checks.value(1).isNull()) {
            ++t.run;
            if (checks.value(1).toInt() == 0)
                ++t.failing;
        }
    }

    QSqlQuery verdicts(m_db.connection());
    verdicts.setForwardOnly(true);
    verdicts.prepare(QStringLiteral("SELECT release_id, count(*), sum(CASE WHEN verdict = "
                                    "'degraded' THEN 1 ELSE 0 END) FROM metric_verdicts") +
                     (releaseId > 0 ? QStringLiteral(" WHERE release_id = ?") : QString()) +
                     QStringLiteral(" GROUP BY release_id"));
    if (releaseId > 0)
        verdicts.addBindValue(releaseId);
    if (!verdicts.exec())
        return m_db.errorFrom(verdicts.lastError(), doing);
    while (verdicts.next()) {
        Tally& t = tallies[verdicts.value(0).toLongLong()];
        t.verdicts += verdicts.value(1).toInt();
        t.degraded += verdicts.value(2).toInt();
    }

    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        if (!states.contains(it.key()))
            continue;
        const Tally& t = it.value();
        ValidationState state = ValidationState::None;
        if (t.failing > 0 || t.degraded > 0)
            state = ValidationState::Failing;
        else if (t.checks > 0 && t.run == 0)
            state = ValidationState::Pending;
        else if (t.checks > 0 || t.verdicts > 0)
            state = ValidationState::Passing;
        states.insert(it.key(), state);
    }
    return states;
}

} // namespace slipway
