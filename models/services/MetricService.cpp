// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricService.h"

#include <QCoreApplication>

namespace slipway {

namespace {

Error notYet() {
    return Error{Error::Kind::Internal,
                 QCoreApplication::translate("MetricService", "Service metrics are not available yet.")};
}

} // namespace

MetricService::MetricService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<ServiceMetric>> MetricService::forService(qint64) const { return notYet(); }
Result<QList<ServiceMetric>> MetricService::forRelease(qint64) const { return notYet(); }
Result<ServiceMetric> MetricService::find(qint64) const { return notYet(); }
Result<ServiceMetric> MetricService::find(const QString&, const QString&) const {
    return notYet();
}
Result<ServiceMetric> MetricService::create(const ServiceMetric&) { return notYet(); }
Result<ServiceMetric> MetricService::update(const ServiceMetric&) { return notYet(); }
Result<void> MetricService::remove(qint64, qint64) { return notYet(); }
Result<ServiceMetric> MetricService::restore(const ServiceMetric&) { return notYet(); }
Result<MetricService::ImportOutcome> MetricService::importSamples(qint64,
                                                                  const QList<MetricSample>&,
                                                                  const QString&,
                                                                  const QByteArray&) {
    return notYet();
}
Result<QList<MetricSample>> MetricService::samples(qint64, qint64, qint64) const {
    return notYet();
}
Result<QList<MetricVerdict>> MetricService::compare(qint64) { return notYet(); }
Result<QList<MetricVerdict>> MetricService::verdicts(qint64) const { return notYet(); }
Result<MetricService::Comparison> MetricService::comparison(qint64, qint64) const {
    return notYet();
}
Result<int> MetricService::refreshActuals(qint64) { return notYet(); }

} // namespace slipway
