// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"
#include "services/HttpRequest.h"

#include <QHash>
#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace slipway {

// One HTTP GET health check: the answer must have the status (0: any 2xx), contain the body
// text and come within the latency budget (0: none); past the timeout it has failed.
struct HealthCheck {
    qint64 id = 0; // the caller's (a trigger id); results carry it back
    QString url;
    int expectStatus = 0;
    QString expectBody; // empty: any body
    int latencyBudgetMs = 0;
    int timeoutMs = 5000;

    static HealthCheck fromTrigger(const RunbookTrigger& trigger, int timeoutMs = 5000);
};

struct HealthCheckResult {
    qint64 id = 0;
    bool ok = false;
    int httpStatus = 0;   // 0: no answer
    qint64 latencyMs = 0; // to the end of the (bounded) body, or to the failure
    QString excerpt;      // the start of the body as plain text, one line, at most kExcerptChars
    QString reason;       // failing: one line, "HTTP 500 after 120 ms", "connection refused" …
};

// Runs health checks asynchronously, any number at once: the event loop is never blocked and
// every check ends within its timeout. Each check reports once through checked().
class HealthProbe : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kMaxBodyBytes = qint64(64) * 1024;
    static constexpr int kExcerptChars = 160;

    explicit HealthProbe(QObject* parent = nullptr);
    ~HealthProbe() override;
    Q_DISABLE_COPY_MOVE(HealthProbe)

    void run(const HealthCheck& check);
    bool isRunning(qint64 id) const; // a check with this id has not reported yet
    int runningCount() const { return int(m_running.size()); }
    // Stops every check that has not reported; none of them reports.
    void abortAll();

    // The verdict on an answer, without the network.
    static HealthCheckResult judge(const HealthCheck& check, const HttpAnswer& answer);
    // The body as one line of plain text: markup of an HTML or XML body left out, control
    // characters and runs of white space as one space, cut at kExcerptChars.
    static QString excerptOf(const QByteArray& body, const QString& contentType);

Q_SIGNALS:
    void checked(const slipway::HealthCheckResult& result);

private:
    QNetworkAccessManager* m_network;
    QMultiHash<qint64, HttpRequest*> m_running;
};

} // namespace slipway
