// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationCheckService.h"

namespace slipway {
namespace {

Error notYet() {
    return Error{Error::Kind::Internal, QStringLiteral("validation checks are not available yet")};
}

} // namespace

ValidationCheckService::ValidationCheckService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<ValidationCheck>> ValidationCheckService::forRelease(qint64) const {
    return notYet();
}
Result<QList<ValidationCheck>> ValidationCheckService::forService(qint64) const {
    return notYet();
}
Result<ValidationCheck> ValidationCheckService::find(qint64) const {
    return notYet();
}
Result<ValidationCheck> ValidationCheckService::create(const ValidationCheck&) {
    return notYet();
}
Result<ValidationCheck> ValidationCheckService::update(const ValidationCheck&) {
    return notYet();
}
Result<void> ValidationCheckService::remove(qint64, qint64) {
    return notYet();
}
Result<ValidationCheck> ValidationCheckService::restore(const ValidationCheck&) {
    return notYet();
}
Result<QList<ValidationCheck>> ValidationCheckService::importFile(qint64, const QString&) {
    return notYet();
}
Result<void> ValidationCheckService::record(const QList<CheckResult>&) {
    return notYet();
}
Result<QList<CheckResult>> ValidationCheckService::results(qint64, qint64, qint64, qint64) const {
    return notYet();
}
Result<QHash<qint64, CheckResult>> ValidationCheckService::latest(qint64) const {
    return notYet();
}
Result<QHash<qint64, ValidationState>> ValidationCheckService::states() const {
    return notYet();
}

} // namespace slipway
