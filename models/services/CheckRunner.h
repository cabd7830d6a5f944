// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValidationCheck.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace slipway {

// Runs checks asynchronously, any number at once: each request bounded in time and body
// size (HttpRequest), the event loop never blocked. A transaction runs its steps in order,
// substituting {{variable}} from earlier extractions and {{secret:…}} from the environment
// (env: references only; other stores fail the step with a clear reason), and stops at the
// first failing step. Each run reports once through finished(), with runAtMs when it started.
class CheckRunner : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kMaxBodyBytes = qint64(1) * 1024 * 1024;
    explicit CheckRunner(QObject* parent = nullptr);
    ~CheckRunner() override;
    Q_DISABLE_COPY_MOVE(CheckRunner)

    // `runBy` goes into the result. Runs of the same check for the same release do not
    // overlap: a second run() while one is under way is ignored (returns false).
    bool run(const ValidationCheck& check, qint64 releaseId, const QString& runBy);
    int runningCount() const;
    void abortAll(); // nothing more reports

    // Blocking convenience for the CLI: runs all, returns when every one reported (each
    // bounded by its timeouts), in the order given.
    static QList<CheckResult> runAll(const QList<ValidationCheck>& checks, qint64 releaseId,
                                     const QString& runBy);

Q_SIGNALS:
    void finished(const slipway::CheckResult& result);

private:
    struct Running;
    void next(Running* running);
    QNetworkAccessManager* m_network;
    QHash<QString, Running*> m_running; // "check:release"
};

} // namespace slipway
