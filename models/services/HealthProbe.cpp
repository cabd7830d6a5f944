// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/HealthProbe.h"
#include "domain/InputText.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HealthProbe)
};

} // namespace

HealthCheck HealthCheck::fromTrigger(const RunbookTrigger& trigger, int timeoutMs) {
    HealthCheck check;
    check.id = trigger.id;
    check.url = trigger.url;
    check.expectStatus = trigger.expectStatus;
    check.expectBody = trigger.expectBody;
    check.latencyBudgetMs = trigger.latencyMs;
    check.timeoutMs = timeoutMs;
    return check;
}

HealthProbe::HealthProbe(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {}

HealthProbe::~HealthProbe() {
    abortAll();
}

void HealthProbe::run(const HealthCheck& check) {
    auto* get = new HttpRequest(*m_network,
                                HttpRequest::get(QUrl(check.url.trimmed(), QUrl::StrictMode),
                                                 check.timeoutMs, kMaxBodyBytes),
                                this);
    m_running.insert(check.id, get);
    connect(get, &HttpRequest::finished, this, [this, check, get](const HttpAnswer& answer) {
        m_running.remove(check.id, get);
        get->deleteLater();
        Q_EMIT checked(judge(check, answer));
    });
    get->start();
}

bool HealthProbe::isRunning(qint64 id) const {
    return m_running.contains(id);
}

void HealthProbe::abortAll() {
    const auto running = m_running.values();
    m_running.clear();
    for (HttpRequest* get : running) {
        get->abort();
        get->deleteLater();
    }
}

HealthCheckResult HealthProbe::judge(const HealthCheck& check, const HttpAnswer& answer) {
    HealthCheckResult result;
    result.id = check.id;
    result.httpStatus = answer.answered ? answer.status : 0;
    result.latencyMs = answer.elapsedMs;
    result.excerpt = excerptOf(answer.body, answer.contentType);
    if (!answer.answered) {
        result.reason = answer.failure;
        return result;
    }
    const bool statusOk = check.expectStatus == 0 ? answer.status >= 200 && answer.status < 300
                                                  : answer.status == check.expectStatus;
    if (!statusOk) {
        result.reason =
            check.expectStatus == 0
                ? Text::tr("HTTP %1 after %2 ms").arg(answer.status).arg(answer.elapsedMs)
                : Text::tr("HTTP %1 after %2 ms, expected %3")
                      .arg(answer.status)
                      .arg(answer.elapsedMs)
                      .arg(check.expectStatus);
        return result;
    }
    if (!check.expectBody.isEmpty() && !QString::fromUtf8(answer.body).contains(check.expectBody)) {
        result.reason = answer.truncated
                            ? Text::tr("the first %1 KB of the body lack %2")
                                  .arg(kMaxBodyBytes / 1024)
                                  .arg(InputText::quoted(check.expectBody))
                            : Text::tr("body lacks %1").arg(InputText::quoted(check.expectBody));
        return result;
    }
    if (check.latencyBudgetMs > 0 && answer.elapsedMs > check.latencyBudgetMs) {
        result.reason =
            Text::tr("took %1 ms, budget %2 ms").arg(answer.elapsedMs).arg(check.latencyBudgetMs);
        return result;
    }
    result.ok = true;
    return result;
}

QString HealthProbe::excerptOf(const QByteArray& body, const QString& contentType) {
    // Decoding a prefix only: a character cut at the end becomes one replacement character.
    QString text = QString::fromUtf8(body.left(qsizetype(kExcerptChars) * 8));
    const QString type = contentType.toLower();
    if (type.contains(u"html") || type.contains(u"xml")) {
        static const QRegularExpression hidden(
            QStringLiteral("<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        text.remove(hidden).replace(tag, QStringLiteral(" "));
    }
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), kExcerptChars + 1));
    bool space = false;
    for (const QChar c : std::as_const(text)) {
        if (c.isSpace() || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        if (out.size() >= kExcerptChars) {
            out += QChar(0x2026);
            break;
        }
        out += c;
    }
    return out;
}

} // namespace slipway
