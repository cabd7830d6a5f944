// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckRunner.h"

#include <QNetworkAccessManager>

namespace slipway {

struct CheckRunner::Running {};

CheckRunner::CheckRunner(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {}

CheckRunner::~CheckRunner() {
    abortAll();
}

bool CheckRunner::run(const ValidationCheck&, qint64, const QString&) {
    return false;
}

int CheckRunner::runningCount() const {
    return int(m_running.size());
}

void CheckRunner::abortAll() {
    qDeleteAll(m_running);
    m_running.clear();
}

void CheckRunner::next(Running*) {}

QList<CheckResult> CheckRunner::runAll(const QList<ValidationCheck>&, qint64, const QString&) {
    return {};
}

} // namespace slipway
