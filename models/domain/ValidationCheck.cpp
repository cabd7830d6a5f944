// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationCheck.h"

#include <QCoreApplication>
#include <QJsonArray>

// Reading a definition and the rules of a check (stepsFromDefinition, validateCheck) need JSON
// paths, templates and secret detection: they are in rules/ValidationCheckRules.cpp.

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ValidationCheck)
};

QString key(const char* text) {
    return QString::fromLatin1(text);
}

QJsonObject stepJson(const TransactionStep& s, bool http) {
    QJsonObject o;
    if (!http) {
        o.insert(key("name"), s.name);
        o.insert(key("method"), s.method);
    }
    o.insert(key("url"), s.url);
    if (!s.headers.isEmpty()) {
        QJsonArray headers;
        for (const auto& [name, value] : s.headers)
            headers.append(QJsonArray{name, value});
        o.insert(key("headers"), headers);
    }
    if (!http && !s.body.isEmpty())
        o.insert(key("body"), s.body);
    o.insert(key("expect_status"), s.expectStatus);
    if (!s.expectBody.isEmpty())
        o.insert(key("expect_body"), s.expectBody);
    if (!s.expectJson.isEmpty()) {
        QJsonArray expectations;
        for (const JsonExpectation& e : s.expectJson) {
            QJsonObject x{{key("path"), e.path}};
            switch (e.op) {
            case JsonExpectation::Op::Equals:
                x.insert(key("equals"), e.value);
                break;
            case JsonExpectation::Op::Contains:
                x.insert(key("contains"), e.value);
                break;
            case JsonExpectation::Op::Exists:
                x.insert(key("exists"), true);
                break;
            }
            expectations.append(x);
        }
        o.insert(key("expect_json"), expectations);
    }
    o.insert(key("latency_budget_ms"), s.latencyBudgetMs);
    if (!http && !s.extract.isEmpty()) {
        QJsonObject extract;
        for (const auto& [variable, path] : s.extract)
            extract.insert(variable, path);
        o.insert(key("extract"), extract);
    }
    return o;
}

// A header value in clear that reads as a credential: an authorization scheme with a literal
// credential, or what SecretDetector takes for a token. Placeholders are not in clear.

} // namespace

QString toKey(CheckKind kind) {
    switch (kind) {
    case CheckKind::Http:
        return QStringLiteral("http");
    case CheckKind::Transaction:
        return QStringLiteral("transaction");
    }
    return {};
}

std::optional<CheckKind> checkKindFromKey(const QString& key) {
    for (CheckKind k : {CheckKind::Http, CheckKind::Transaction})
        if (toKey(k) == key)
            return k;
    return std::nullopt;
}

QString displayName(CheckKind kind) {
    switch (kind) {
    case CheckKind::Http:
        return Text::tr("HTTP check");
    case CheckKind::Transaction:
        return Text::tr("Synthetic transaction");
    }
    return {};
}

QString toKey(ValidationState state) {
    switch (state) {
    case ValidationState::None:
        return QStringLiteral("none");
    case ValidationState::Pending:
        return QStringLiteral("pending");
    case ValidationState::Passing:
        return QStringLiteral("passing");
    case ValidationState::Failing:
        return QStringLiteral("failing");
    }
    return {};
}

QString displayName(ValidationState state) {
    switch (state) {
    case ValidationState::None:
        return Text::tr("No checks");
    case ValidationState::Pending:
        return Text::tr("Pending");
    case ValidationState::Passing:
        return Text::tr("Passing");
    case ValidationState::Failing:
        return Text::tr("Failing");
    }
    return {};
}

QJsonObject ValidationCheck::definition() const {
    if (kind == CheckKind::Http && steps.size() == 1) {
        QJsonObject o = stepJson(steps.first(), true);
        o.insert(key("timeout_ms"), timeoutMs);
        return o;
    }
    QJsonArray list;
    for (const TransactionStep& s : steps)
        list.append(stepJson(s, false));
    return {{key("timeout_ms"), timeoutMs}, {key("steps"), list}};
}

QJsonObject toJson(const ValidationCheck& check) {
    QJsonObject o{{key("name"), check.name},
                  {key("kind"), toKey(check.kind)},
                  {key("definition"), check.definition()},
                  {key("schedule_hours"), check.scheduleHours},
                  {key("interval_min"), check.intervalMin},
                  {key("enabled"), check.enabled}};
    if (check.releaseId > 0)
        o.insert(key("release_id"), check.releaseId);
    if (check.serviceId > 0) {
        o.insert(key("service_id"), check.serviceId);
        if (!check.serviceName.isEmpty())
            o.insert(key("service"), check.serviceName);
    }
    return o;
}

} // namespace slipway
