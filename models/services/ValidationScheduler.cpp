// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationScheduler.h"

#include "CheckRunner.h"
#include "ValidationCheckService.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace slipway {
namespace {

Q_LOGGING_CATEGORY(lcScheduler, "slipway.validation")

} // namespace

ValidationScheduler::ValidationScheduler(ValidationCheckService& checks, QObject* parent)
    : QObject(parent)
    , m_checks(checks)
    , m_runner(new CheckRunner(this)) {
    connect(&m_timer, &QTimer::timeout, this,
            [this] { tick(QDateTime::currentMSecsSinceEpoch()); });
    connect(m_runner, &CheckRunner::finished, this, [this](const CheckResult& result) {
        // One result, one short transaction: a slow check never holds the others' results.
        if (auto recorded = m_checks.record({result}); !recorded) {
            qCWarning(lcScheduler, "check %lld for release %lld not recorded: %s", result.checkId,
                      result.releaseId, qUtf8Printable(recorded.error().message));
            return;
        }
        Q_EMIT ran(result.releaseId);
    });
}

ValidationScheduler::~ValidationScheduler() {
    stop();
}

void ValidationScheduler::start(int tickMs) {
    m_timer.start(qMax(1000, tickMs));
    tick(QDateTime::currentMSecsSinceEpoch());
}

void ValidationScheduler::stop() {
    m_timer.stop();
    m_runner->abortAll();
}

void ValidationScheduler::tick(qint64 nowMs) {
    auto due = m_checks.due(nowMs);
    if (!due) {
        qCWarning(lcScheduler, "no checks run: %s", qUtf8Printable(due.error().message));
        return;
    }
    // A run still under way for the same check and release is left to finish.
    for (const auto& [check, releaseId] : std::as_const(due.value()))
        m_runner->run(check, releaseId, m_checks.session().actor);
}

int ValidationScheduler::runningCount() const {
    return m_runner->runningCount();
}

} // namespace slipway
