// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationScheduler.h"

#include "CheckRunner.h"
#include "ValidationCheckService.h"

namespace slipway {

ValidationScheduler::ValidationScheduler(ValidationCheckService& checks, QObject* parent)
    : QObject(parent)
    , m_checks(checks)
    , m_runner(new CheckRunner(this)) {}

ValidationScheduler::~ValidationScheduler() {
    stop();
}

void ValidationScheduler::start(int tickMs) {
    m_timer.start(tickMs);
}

void ValidationScheduler::stop() {
    m_timer.stop();
    m_runner->abortAll();
}

void ValidationScheduler::tick(qint64) {}

int ValidationScheduler::runningCount() const {
    return m_runner->runningCount();
}

} // namespace slipway
