// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Release.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// A single HTTP GET with expectations, or a synthetic transaction: requests in sequence, each
// able to use values extracted from earlier answers as {{variable}}.
enum class CheckKind { Http, Transaction };
QString toKey(CheckKind kind); // "http", "transaction"
std::optional<CheckKind> checkKindFromKey(const QString& key);
QString displayName(CheckKind kind);

// An expectation on a JSON answer. The path is dotted with array indexes, an optional "$."
// in front: "data.items[0].id", "$.status". Exists: the path is there, whatever its value.
struct JsonExpectation {
    enum class Op { Equals, Contains, Exists };
    QString path;
    Op op = Op::Equals;
    QString value; // compared with the value's text (numbers as JSON writes them, true/false)
    bool operator==(const JsonExpectation&) const = default;
};

// One request of a transaction (or the one request of an HTTP check). Header values may hold
// secrets by reference only: "{{secret:env:API_TOKEN}}" (SecretReference's text inside
// {{secret:…}}), resolved when the request is sent, never stored or shown resolved.
struct TransactionStep {
    QString name;                           // unique in the transaction: what a failure names
    QString method = QStringLiteral("GET"); // GET, POST, PUT, PATCH, DELETE, HEAD
    QString url;                            // may use {{variable}}
    QList<QPair<QString, QString>> headers; // values may use {{variable}} and {{secret:…}}
    QString body;                           // may use {{variable}}
    int expectStatus = 0;                   // 0: any 2xx
    QString expectBody;                     // text the body must contain; empty: any
    QList<JsonExpectation> expectJson;
    int latencyBudgetMs = 0;                // 0: none
    QList<QPair<QString, QString>> extract; // variable → JSON path of this answer
    bool operator==(const TransactionStep&) const = default;
};

// A post-deployment check of one release, or of a service (then of every release of it).
// An HTTP check is a transaction of one GET step; `steps` holds it either way.
struct ValidationCheck {
    qint64 id = 0;
    qint64 releaseId = 0; // exactly one of releaseId and serviceId is set
    qint64 serviceId = 0;
    QString serviceName; // read with the row
    QString name;
    CheckKind kind = CheckKind::Http;
    QList<TransactionStep> steps;
    int timeoutMs = 5000;  // per request
    int scheduleHours = 0; // after the production deployment, run every intervalMin minutes
    int intervalMin = 5;
    bool enabled = true;
    qint64 rowVersion = 0;

    // The stored definition: {url, expect_status, expect_body, latency_budget_ms, timeout_ms}
    // for HTTP, {timeout_ms, steps: [{name, method, url, headers: {…} or [[name, value]…],
    // body, expect_status, expect_body, expect_json: [{path, equals|contains|exists}],
    // latency_budget_ms, extract: {variable: path}}]} for a transaction.
    QJsonObject definition() const;
    // Fills kind-specific fields from a stored or imported definition; one line naming
    // `source` and the JSON path of what is wrong.
    static Result<QList<TransactionStep>> stepsFromDefinition(CheckKind kind,
                                                              const QJsonObject& definition,
                                                              const QString& source,
                                                              int* timeoutMs = nullptr);
};

// Every rule a check must meet: a name, at least one step, http(s) URLs (after {{…}}
// placeholders), known methods, unique step names, no secret in clear in a header (values
// that look like tokens must be {{secret:…}} references), variables used only after they are
// extracted, bounds on schedule, interval and timeout.
QList<FieldProblem> validateCheck(const ValidationCheck& check);
// The audit image: the definition, with no resolved secret (there never is one).
QJsonObject toJson(const ValidationCheck& check);

// One run of a check for a release.
struct CheckResult {
    qint64 id = 0;
    qint64 checkId = 0;
    qint64 releaseId = 0;
    qint64 runAtMs = 0; // UTC milliseconds
    bool ok = false;
    qint64 latencyMs = 0; // the whole transaction's
    int httpStatus = 0;   // of the last request made
    QString failedStep;   // a transaction's step that failed; empty when ok or a plain check
    QString reason;       // failing: one line
    QString excerpt;      // the start of the last answer's body, one line
    QString runBy;
};

// Where a release's validation stands: no checks or metrics at all, checks defined but not
// run, every latest result passing and no degraded metric, or something failing.
enum class ValidationState { None, Pending, Passing, Failing };
QString toKey(ValidationState state); // "none", "pending", "passing", "failing"
QString displayName(ValidationState state);

} // namespace slipway
