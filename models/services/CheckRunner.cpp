// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckRunner.h"

#include "domain/InputText.h"
#include "rules/CheckTemplate.h"
#include "rules/JsonPath.h"
#include "services/HealthProbe.h"
#include "services/HttpRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CheckRunner)
};

QString runKey(const ValidationCheck& check, qint64 releaseId) {
    if (check.id != 0)
        return QStringLiteral("%1:%2").arg(check.id).arg(releaseId);
    return QStringLiteral("new %1:%2").arg(check.name).arg(releaseId); // not stored
}

QString quotedValue(const QString& text) {
    return InputText::quoted(text, 80);
}

// Why a JSON expectation does not hold, or nothing when it does.
std::optional<QString> unmet(const QJsonDocument& document, const JsonExpectation& e) {
    const auto value = JsonPath::evaluate(document, e.path);
    if (!value)
        return Text::tr("%1 is missing").arg(e.path);
    if (e.op == JsonExpectation::Op::Exists)
        return std::nullopt;
    const QString actual = JsonPath::text(*value);
    if (e.op == JsonExpectation::Op::Equals && actual != e.value)
        return Text::tr("%1 is %2, expected %3")
            .arg(e.path, quotedValue(actual), quotedValue(e.value));
    if (e.op == JsonExpectation::Op::Contains && !actual.contains(e.value))
        return Text::tr("%1 is %2, expected to contain %3")
            .arg(e.path, quotedValue(actual), quotedValue(e.value));
    return std::nullopt;
}

} // namespace

struct CheckRunner::Running {
    ValidationCheck check;
    QString key;
    CheckResult result;
    QElapsedTimer clock;
    qsizetype step = 0;
    QHash<QString, QString> variables;
    QStringList secretValues; // resolved this run: kept out of every text of the result
    QPointer<HttpRequest> request;
    QByteArray lastBody;
    QString lastContentType;
};

CheckRunner::CheckRunner(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {}

CheckRunner::~CheckRunner() {
    abortAll();
}

bool CheckRunner::run(const ValidationCheck& check, qint64 releaseId, const QString& runBy) {
    const QString key = runKey(check, releaseId);
    if (m_running.contains(key))
        return false;
    auto* running = new Running;
    running->check = check;
    running->key = key;
    running->result.checkId = check.id;
    running->result.releaseId = releaseId;
    running->result.runBy = runBy;
    running->result.runAtMs = QDateTime::currentMSecsSinceEpoch();
    running->clock.start();
    m_running.insert(key, running);
    // Steps start from the event loop, so a result is never reported inside run().
    QTimer::singleShot(0, this, [this, key] {
        if (Running* r = m_running.value(key))
            next(r);
    });
    return true;
}

int CheckRunner::runningCount() const {
    return int(m_running.size());
}

void CheckRunner::abortAll() {
    const auto all = m_running.values();
    m_running.clear();
    for (Running* running : all) {
        if (running->request) {
            running->request->abort();
            running->request->deleteLater();
        }
        delete running;
    }
}

void CheckRunner::next(Running* running) {
    const ValidationCheck& check = running->check;
    const bool transaction = check.kind == CheckKind::Transaction;
    auto stepLabel = [transaction](const TransactionStep& step) {
        return transaction ? Text::tr("step %1: ")
                                 .arg(InputText::quoted(step.name, 60).replace(u'"', u'\''))
                           : QString();
    };
    auto finish = [this, running](bool ok, const QString& reason, const QString& failedStep) {
        CheckResult result = running->result;
        result.ok = ok;
        result.failedStep = failedStep;
        result.latencyMs = running->clock.elapsed();
        // Secrets leave the texts before they are cut and their spaces folded: a secret at the
        // end of the excerpt or the reason would otherwise keep its first characters.
        QString why = reason;
        QByteArray body = running->lastBody;
        for (const QString& secret : std::as_const(running->secretValues)) {
            if (secret.size() < 3)
                continue; // too short to tell from ordinary text
            why.replace(secret, QStringLiteral("[secret]"));
            body.replace(secret.toUtf8(), QByteArrayLiteral("[secret]"));
        }
        result.reason = InputText::singleLine(why, 400);
        result.excerpt = HealthProbe::excerptOf(body, running->lastContentType);
        for (const QString& secret : std::as_const(running->secretValues)) {
            if (secret.size() >= 3) // as the answer escaped it, e.g. inside a JSON string
                result.excerpt.replace(secret, QStringLiteral("[secret]"));
        }
        m_running.remove(running->key);
        if (running->request)
            running->request->deleteLater();
        delete running;
        Q_EMIT finished(result);
    };

    if (check.steps.isEmpty()) {
        finish(false, Text::tr("the check makes no request"), QString());
        return;
    }
    if (running->step >= check.steps.size()) {
        finish(true, QString(), QString());
        return;
    }
    const TransactionStep& step = check.steps.at(running->step);
    const QString failedStep = transaction ? step.name : QString();

    // Variables everywhere; secrets only in headers and the body, resolved now and only here.
    HttpRequest::Spec spec;
    spec.method = step.method;
    spec.timeoutMs = check.timeoutMs;
    spec.maxBytes = kMaxBodyBytes;
    auto url = CheckTemplate::render(step.url, running->variables, false);
    if (!url) {
        finish(false, stepLabel(step) + url.error().message, failedStep);
        return;
    }
    spec.url = QUrl(url.value(), QUrl::StrictMode);
    bool hasContentType = false;
    for (const auto& [name, value] : step.headers) {
        auto rendered = CheckTemplate::render(value, running->variables, true);
        if (!rendered) {
            finish(false,
                   stepLabel(step) +
                       Text::tr("header %1: %2")
                           .arg(InputText::quoted(name, 60), rendered.error().message),
                   failedStep);
            return;
        }
        for (const QString& ref : CheckTemplate::secrets(value)) {
            if (auto secret = CheckTemplate::resolveSecret(ref))
                running->secretValues.append(secret.value());
        }
        hasContentType |= name.compare(u"content-type", Qt::CaseInsensitive) == 0;
        spec.headers.append({name.toLatin1(), rendered->toUtf8()});
    }
    auto body = CheckTemplate::render(step.body, running->variables, true);
    if (!body) {
        finish(false, stepLabel(step) + Text::tr("body: %1").arg(body.error().message), failedStep);
        return;
    }
    for (const QString& ref : CheckTemplate::secrets(step.body)) {
        if (auto secret = CheckTemplate::resolveSecret(ref))
            running->secretValues.append(secret.value());
    }
    spec.body = body->toUtf8();
    if (!spec.body.isEmpty() && !hasContentType) {
        const bool json = !QJsonDocument::fromJson(spec.body).isNull();
        spec.headers.append({QByteArrayLiteral("Content-Type"),
                             json ? QByteArrayLiteral("application/json")
                                  : QByteArrayLiteral("text/plain; charset=utf-8")});
    }

    auto* request = new HttpRequest(*m_network, spec, this);
    running->request = request;
    const QString key = running->key;
    connect(
        request, &HttpRequest::finished, this,
        [this, key, request, failedStep, stepLabel, finish](const HttpAnswer& answer) mutable {
            request->deleteLater();
            Running* r = m_running.value(key);
            if (!r || r->request != request)
                return;
            r->request = nullptr;
            const TransactionStep& s = r->check.steps.at(r->step);
            const QString label = stepLabel(s);
            r->result.httpStatus = answer.status;
            r->lastBody = answer.body;
            r->lastContentType = answer.contentType;
            if (!answer.answered) {
                finish(false, label + answer.failure, failedStep);
                return;
            }
            const bool statusOk = s.expectStatus == 0
                                      ? (answer.status >= 200 && answer.status < 300)
                                      : answer.status == s.expectStatus;
            if (!statusOk) {
                QString why =
                    Text::tr("HTTP %1 after %2 ms").arg(answer.status).arg(answer.elapsedMs);
                if (s.expectStatus != 0)
                    why = Text::tr("%1, expected %2").arg(why).arg(s.expectStatus);
                finish(false, label + why, failedStep);
                return;
            }
            if (!s.expectBody.isEmpty() && !QString::fromUtf8(answer.body).contains(s.expectBody)) {
                finish(
                    false,
                    label +
                        Text::tr("the answer does not contain %1").arg(quotedValue(s.expectBody)),
                    failedStep);
                return;
            }
            if (!s.expectJson.isEmpty() || !s.extract.isEmpty()) {
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
                if (document.isNull()) {
                    finish(false,
                           label + Text::tr("the answer is not JSON (%1 at byte %2)%3")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset)
                                       .arg(answer.truncated
                                                ? Text::tr(", cut at %1 bytes").arg(kMaxBodyBytes)
                                                : QString()),
                           failedStep);
                    return;
                }
                for (const JsonExpectation& e : s.expectJson) {
                    if (auto why = unmet(document, e)) {
                        finish(false, label + *why, failedStep);
                        return;
                    }
                }
                for (const auto& [variable, path] : s.extract) {
                    const auto value = JsonPath::evaluate(document, path);
                    if (!value) {
                        finish(false,
                               label + Text::tr("%1 is missing, so {{%2}} has no value")
                                           .arg(path, variable),
                               failedStep);
                        return;
                    }
                    r->variables.insert(variable, JsonPath::text(*value));
                }
            }
            if (s.latencyBudgetMs > 0 && answer.elapsedMs > s.latencyBudgetMs) {
                finish(false,
                       label + Text::tr("took %1 ms, budget %2 ms")
                                   .arg(answer.elapsedMs)
                                   .arg(s.latencyBudgetMs),
                       failedStep);
                return;
            }
            ++r->step;
            next(r);
        });
    request->start();
}

QList<CheckResult> CheckRunner::runAll(const QList<ValidationCheck>& checks, qint64 releaseId,
                                       const QString& runBy) {
    CheckRunner runner;
    QEventLoop loop;
    // Checks not stored yet run under a stand-in id, so each result finds its place.
    QList<ValidationCheck> all = checks;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (all[i].id == 0)
            all[i].id = -(i + 1);
    QHash<qint64, CheckResult> byId;
    QList<qint64> order;
    connect(&runner, &CheckRunner::finished, &loop, [&](const CheckResult& result) {
        byId.insert(result.checkId, result);
        if (runner.runningCount() == 0)
            loop.quit();
    });
    for (const ValidationCheck& check : std::as_const(all)) {
        if (runner.run(check, releaseId, runBy))
            order.append(check.id);
    }
    if (runner.runningCount() > 0)
        loop.exec();
    QList<CheckResult> results;
    for (const qint64 id : std::as_const(order)) {
        if (!byId.contains(id))
            continue;
        CheckResult result = byId.value(id);
        result.checkId = qMax<qint64>(0, result.checkId);
        results.append(result);
    }
    return results;
}

} // namespace slipway
