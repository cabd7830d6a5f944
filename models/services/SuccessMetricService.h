// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Result.h"
#include "domain/SuccessMetric.h"

#include <QObject>

namespace slipway {

class Database;

// The success metrics of a release; every change audited, stale edits refused.
class SuccessMetricService : public QObject {
    Q_OBJECT
public:
    SuccessMetricService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<SuccessMetric>> forRelease(qint64 releaseId) const;
    Result<QList<SuccessMetric>> all() const;
    Result<SuccessMetric> find(qint64 id) const;

    Result<SuccessMetric> create(const SuccessMetric& metric);
    // `metric.rowVersion` must be the version the user saw; a newer one refuses (Stale).
    Result<SuccessMetric> update(const SuccessMetric& metric);
    Result<void> remove(qint64 id, qint64 rowVersion);
    // Brings back a deleted metric under its old id (audited as restore).
    Result<SuccessMetric> restore(const SuccessMetric& metric);

Q_SIGNALS:
    void metricsChanged(qint64 releaseId);

private:
    Result<SuccessMetric> insert(const SuccessMetric& metric, const QString& auditAction);

    Database& m_db;
    Session m_session;
};

} // namespace slipway
