// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of domain/ValidationCheck.h: a definition read from JSON (stepsFromDefinition) and
// every rule a check must meet (validateCheck). They sit here, not in the domain, because they
// need JSON paths, check templates and the secret detector.
#include "domain/ValidationCheck.h"

#include "domain/FieldLimits.h"
#include "domain/InputText.h"
#include "rules/CheckTemplate.h"
#include "rules/JsonPath.h"
#include "rules/SecretDetector.h"
#include "rules/SecretReference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ValidationCheck)
};

const QStringList& knownMethods() {
    static const QStringList methods{QStringLiteral("GET"),    QStringLiteral("POST"),
                                     QStringLiteral("PUT"),    QStringLiteral("PATCH"),
                                     QStringLiteral("DELETE"), QStringLiteral("HEAD")};
    return methods;
}

constexpr int kMinTimeoutMs = 100;
constexpr int kMaxTimeoutMs = 120000;
constexpr int kMaxSteps = 50;
constexpr qsizetype kMaxUrl = 2000;
constexpr qsizetype kMaxBody = 64 * 1024;

QString key(const char* text) {
    return QString::fromLatin1(text);
}

// Reads a definition, remembering where it is for the one-line error.
class Reader {
public:
    Reader(QString source)
        : m_source(std::move(source)) {}

    // The path holds the file's own keys (a header's or a variable's name), which may carry a
    // line break or a control character: they are escaped so the error stays one line.
    Error fail(const QString& path, const QString& message) const {
        const QString where = m_source.isEmpty() ? path : m_source + u'.' + path;
        return Error{Error::Kind::Usage,
                     Text::tr("%1: %2").arg(InputText::singleLine(where, 300), message)};
    }

    std::optional<Error> string(const QJsonObject& o, const QString& path, const char* name,
                                QString* out, bool required = false) const {
        const QJsonValue v = o.value(key(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(path + key(name), Text::tr("missing"));
            return std::nullopt;
        }
        if (!v.isString())
            return fail(path + key(name), Text::tr("must be text"));
        *out = v.toString();
        return std::nullopt;
    }

    std::optional<Error> integer(const QJsonObject& o, const QString& path, const char* name,
                                 int* out, int min, int max) const {
        const QJsonValue v = o.value(key(name));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != std::trunc(d) || d < min || d > max)
            return fail(path + key(name),
                        Text::tr("must be a whole number from %1 to %2").arg(min).arg(max));
        *out = int(d);
        return std::nullopt;
    }

    std::optional<Error> pairs(const QJsonObject& o, const QString& path, const char* name,
                               QList<QPair<QString, QString>>* out) const {
        const QJsonValue v = o.value(key(name));
        const QString at = path + key(name);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (v.isObject()) {
            const QJsonObject object = v.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (!it.value().isString())
                    return fail(at + u'.' + it.key(), Text::tr("must be text"));
                out->append({it.key(), it.value().toString()});
            }
            return std::nullopt;
        }
        if (!v.isArray())
            return fail(at, Text::tr("must be an object or a list of [name, value] pairs"));
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonArray pair = array.at(i).toArray();
            if (!array.at(i).isArray() || pair.size() != 2 || !pair.at(0).isString() ||
                !pair.at(1).isString())
                return fail(at + QStringLiteral("[%1]").arg(i),
                            Text::tr("must be a [name, value] pair of texts"));
            out->append({pair.at(0).toString(), pair.at(1).toString()});
        }
        return std::nullopt;
    }

    std::optional<Error> expectations(const QJsonObject& o, const QString& path,
                                      QList<JsonExpectation>* out) const {
        const QJsonValue v = o.value(key("expect_json"));
        const QString at = path + QStringLiteral("expect_json");
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isArray())
            return fail(at, Text::tr("must be a list"));
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString here = at + QStringLiteral("[%1]").arg(i);
            if (!array.at(i).isObject())
                return fail(here, Text::tr("must be an object {path, equals|contains|exists}"));
            const QJsonObject e = array.at(i).toObject();
            JsonExpectation expectation;
            if (auto error = string(e, here + u'.', "path", &expectation.path, true))
                return error;
            if (auto parsed = JsonPath::parse(expectation.path); !parsed)
                return fail(here + QStringLiteral(".path"), parsed.error().message);
            int given = 0;
            for (const char* op : {"equals", "contains", "exists"}) {
                if (!e.contains(key(op)))
                    continue;
                ++given;
                const QJsonValue value = e.value(key(op));
                if (qstrcmp(op, "exists") == 0) {
                    if (value != QJsonValue(true))
                        return fail(here + QStringLiteral(".exists"), Text::tr("must be true"));
                    expectation.op = JsonExpectation::Op::Exists;
                } else {
                    if (value.isObject() || value.isArray() || value.isUndefined())
                        return fail(here + u'.' + key(op),
                                    Text::tr("must be text, a number, true, false or null"));
                    expectation.op = qstrcmp(op, "equals") == 0 ? JsonExpectation::Op::Equals
                                                                : JsonExpectation::Op::Contains;
                    expectation.value = JsonPath::text(value);
                }
            }
            if (given != 1)
                return fail(here, Text::tr("needs exactly one of equals, contains and exists"));
            out->append(expectation);
        }
        return std::nullopt;
    }

    Result<TransactionStep> step(const QJsonObject& o, const QString& path, bool http) const {
        TransactionStep s;
        if (!http) {
            if (auto error = string(o, path, "name", &s.name, true))
                return *error;
            QString method = s.method;
            if (auto error = string(o, path, "method", &method))
                return *error;
            if (!knownMethods().contains(method.toUpper()))
                return fail(path + QStringLiteral("method"),
                            Text::tr("unknown method %1; known: %2")
                                .arg(InputText::quoted(method, 20),
                                     knownMethods().join(QStringLiteral(", "))));
            s.method = method.toUpper();
            if (auto error = string(o, path, "body", &s.body))
                return *error;
            if (auto error = pairs(o, path, "extract", &s.extract))
                return *error;
            for (const auto& [variable, jsonPath] : std::as_const(s.extract)) {
                if (auto parsed = JsonPath::parse(jsonPath); !parsed)
                    return fail(path + QStringLiteral("extract.") + variable,
                                parsed.error().message);
            }
        }
        if (auto error = string(o, path, "url", &s.url, true))
            return *error;
        if (auto error = pairs(o, path, "headers", &s.headers))
            return *error;
        if (auto error = integer(o, path, "expect_status", &s.expectStatus, 0, 599))
            return *error;
        if (auto error = string(o, path, "expect_body", &s.expectBody))
            return *error;
        if (auto error = expectations(o, path, &s.expectJson))
            return *error;
        if (auto error =
                integer(o, path, "latency_budget_ms", &s.latencyBudgetMs, 0, kMaxTimeoutMs))
            return *error;
        return s;
    }

private:
    QString m_source;
};

std::optional<QString> credentialInClear(const QString& header, const QString& value) {
    const QString clear = CheckTemplate::withoutPlaceholders(value).trimmed();
    if (clear.isEmpty())
        return std::nullopt;
    static const QRegularExpression scheme(
        QStringLiteral("^(Bearer|Basic|Token|Digest|ApiKey|Negotiate)\\b\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = scheme.match(clear);
    if (match.hasMatch()) {
        if (match.captured(2).trimmed().isEmpty())
            return std::nullopt; // "Bearer {{token}}", "Basic {{secret:env:B64}}"
        return Text::tr("a %1 credential").arg(match.captured(1));
    }
    return SecretDetector::looksSecret(header, clear);
}

// A credential written into the URL itself: a password in it, or a query parameter that reads
// as a secret (?api_key=…). The URL is stored, audited and shown as written.
std::optional<QString> credentialInUrl(const QString& url) {
    const QUrl parsed(CheckTemplate::withoutPlaceholders(url));
    if (!parsed.password().isEmpty())
        return Text::tr("a password");
    const QUrlQuery query(parsed);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (value.trimmed().isEmpty())
            continue;
        if (auto why = SecretDetector::looksSecret(key, value))
            return why;
    }
    return std::nullopt;
}

bool urlShapeOk(const QString& url) {
    // The scheme and host are literal so a variable cannot send a request elsewhere than
    // http(s); placeholders in the rest stand for ordinary text.
    QString probe = url;
    if (auto all = CheckTemplate::placeholders(url)) {
        for (auto it = all->crbegin(); it != all->crend(); ++it)
            probe.replace(it->start, it->length, QStringLiteral("x"));
    } else {
        return false;
    }
    const QUrl parsed(probe, QUrl::StrictMode);
    const QString s = parsed.scheme().toLower();
    return parsed.isValid() && (s == u"http" || s == u"https") && !parsed.host().isEmpty() &&
           (url.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive) ||
            url.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive));
}

} // namespace

Result<QList<TransactionStep>> ValidationCheck::stepsFromDefinition(CheckKind kind,
                                                                    const QJsonObject& definition,
                                                                    const QString& source,
                                                                    int* timeoutMs) {
    const Reader reader(source);
    int timeout = 5000;
    if (auto error = reader.integer(definition, QString(), "timeout_ms", &timeout, kMinTimeoutMs,
                                    kMaxTimeoutMs))
        return *error;
    QList<TransactionStep> steps;
    if (kind == CheckKind::Http) {
        auto step = reader.step(definition, QString(), true);
        if (!step)
            return step.error();
        steps.append(step.value());
    } else {
        const QJsonValue list = definition.value(key("steps"));
        if (!list.isArray())
            return reader.fail(QStringLiteral("steps"), Text::tr("must be a list of steps"));
        const QJsonArray array = list.toArray();
        if (array.isEmpty())
            return reader.fail(QStringLiteral("steps"), Text::tr("has no step"));
        if (array.size() > kMaxSteps)
            return reader.fail(QStringLiteral("steps"),
                               Text::tr("has more than %1 steps").arg(kMaxSteps));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("steps[%1]").arg(i);
            if (!array.at(i).isObject())
                return reader.fail(path, Text::tr("must be an object"));
            auto step = reader.step(array.at(i).toObject(), path + u'.', false);
            if (!step)
                return step.error();
            steps.append(step.value());
        }
    }
    if (timeoutMs)
        *timeoutMs = timeout;
    return steps;
}

QList<FieldProblem> validateCheck(const ValidationCheck& check) {
    QList<FieldProblem> problems;
    auto add = [&](const QString& field, const QString& message) {
        problems.append({field, message});
    };
    if ((check.releaseId > 0) == (check.serviceId > 0))
        add(QStringLiteral("release"),
            Text::tr("A check belongs to exactly one release or one service."));
    if (check.name.trimmed().isEmpty())
        add(QStringLiteral("name"), Text::tr("A check needs a name."));
    FieldLimits::check(problems, {{"name", QT_TRANSLATE_NOOP("FieldLimits", "The name"), check.name,
                                   FieldLimits::kName}});
    if (check.scheduleHours < 0 || check.scheduleHours > 720)
        add(QStringLiteral("scheduleHours"),
            Text::tr("The schedule must be from 0 to 720 hours after the deployment."));
    if (check.intervalMin < 1 || check.intervalMin > 1440)
        add(QStringLiteral("intervalMin"),
            Text::tr("The interval must be from 1 to 1440 minutes."));
    if (check.timeoutMs < kMinTimeoutMs || check.timeoutMs > kMaxTimeoutMs)
        add(QStringLiteral("timeoutMs"), Text::tr("The timeout must be from %1 to %2 ms.")
                                             .arg(kMinTimeoutMs)
                                             .arg(kMaxTimeoutMs));
    if (check.steps.isEmpty())
        add(QStringLiteral("steps"), Text::tr("A check needs at least one request."));
    if (check.kind == CheckKind::Http && check.steps.size() > 1)
        add(QStringLiteral("steps"),
            Text::tr("An HTTP check makes one request; use a transaction for several."));
    if (check.steps.size() > kMaxSteps)
        add(QStringLiteral("steps"),
            Text::tr("A transaction has at most %1 steps.").arg(kMaxSteps));

    QSet<QString> names;
    QSet<QString> extracted;
    for (qsizetype i = 0; i < check.steps.size(); ++i) {
        const TransactionStep& s = check.steps.at(i);
        const QString at = QStringLiteral("steps[%1]").arg(i);
        const QString label = s.name.trimmed().isEmpty()
                                  ? Text::tr("step %1").arg(i + 1)
                                  : Text::tr("step %1").arg(InputText::quoted(s.name, 60));
        auto problem = [&](const QString& field, const QString& message) {
            add(at + u'.' + field, Text::tr("%1: %2").arg(label, message));
        };
        if (check.kind == CheckKind::Http) {
            if (s.method != u"GET" || !s.body.isEmpty() || !s.extract.isEmpty())
                problem(QStringLiteral("method"),
                        Text::tr("an HTTP check is one GET; use a transaction for more"));
        } else if (s.name.trimmed().isEmpty()) {
            problem(QStringLiteral("name"), Text::tr("needs a name"));
        }
        if (!s.name.trimmed().isEmpty() && names.contains(s.name.trimmed().toCaseFolded()))
            problem(QStringLiteral("name"), Text::tr("the name is used by an earlier step"));
        names.insert(s.name.trimmed().toCaseFolded());
        if (s.name.size() > FieldLimits::kName)
            problem(QStringLiteral("name"),
                    Text::tr("the name is longer than %1 characters").arg(FieldLimits::kName));
        if (!knownMethods().contains(s.method))
            problem(QStringLiteral("method"),
                    Text::tr("unknown method %1").arg(InputText::quoted(s.method, 20)));
        if (s.url.size() > kMaxUrl || !urlShapeOk(s.url))
            problem(QStringLiteral("url"),
                    Text::tr("%1 is not an http or https URL").arg(InputText::quoted(s.url, 80)));
        else if (auto why = credentialInUrl(s.url))
            problem(QStringLiteral("url"),
                    Text::tr("the URL holds %1 in clear; send it in a header written as "
                             "{{secret:env:NAME}}")
                        .arg(*why));
        if (s.body.size() > kMaxBody)
            problem(QStringLiteral("body"),
                    Text::tr("the body is longer than %1 characters").arg(kMaxBody));
        if (s.expectStatus != 0 && (s.expectStatus < 100 || s.expectStatus > 599))
            problem(QStringLiteral("expectStatus"),
                    Text::tr("the expected status must be 0 (any 2xx) or from 100 to 599"));
        if (s.latencyBudgetMs < 0 || s.latencyBudgetMs > kMaxTimeoutMs)
            problem(QStringLiteral("latencyBudgetMs"),
                    Text::tr("the latency budget must be from 0 to %1 ms").arg(kMaxTimeoutMs));
        if (s.expectBody.size() > FieldLimits::kNote)
            problem(
                QStringLiteral("expectBody"),
                Text::tr("the expected text is longer than %1 characters").arg(FieldLimits::kNote));
        for (const JsonExpectation& e : s.expectJson) {
            if (auto parsed = JsonPath::parse(e.path); !parsed)
                problem(QStringLiteral("expectJson"),
                        Text::tr("JSON path %1: %2")
                            .arg(InputText::quoted(e.path, 60), parsed.error().message));
        }

        // Placeholders: well formed, secrets only as valid references outside the URL,
        // variables only after a step extracted them.
        auto placeholders = [&](const QString& field, const QString& text, bool secretsAllowed) {
            auto all = CheckTemplate::placeholders(text);
            if (!all) {
                problem(field, all.error().message);
                return;
            }
            for (const CheckTemplate::Placeholder& p : all.value()) {
                if (p.secret) {
                    if (!secretsAllowed)
                        problem(field, Text::tr("a secret may be used in a header or the body "
                                                "only, not in the URL"));
                    else if (auto ref = SecretReference::parse(p.name); !ref)
                        problem(field,
                                Text::tr("secret reference %1: %2")
                                    .arg(InputText::quoted(p.name, 60), ref.error().message));
                } else if (!extracted.contains(p.name)) {
                    problem(
                        field,
                        Text::tr("{{%1}} is used before a step extracts it").arg(p.name.left(64)));
                }
            }
        };
        placeholders(QStringLiteral("url"), s.url, false);
        placeholders(QStringLiteral("body"), s.body, true);
        for (const auto& [name, value] : s.headers) {
            static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
            if (!token.match(name).hasMatch())
                problem(QStringLiteral("headers"),
                        Text::tr("%1 is not a header name").arg(InputText::quoted(name, 60)));
            if (value.contains(u'\n') || value.contains(u'\r'))
                problem(QStringLiteral("headers"),
                        Text::tr("the value of header %1 holds a line break")
                            .arg(InputText::quoted(name, 60)));
            placeholders(QStringLiteral("headers"), value, true);
            if (auto why = credentialInClear(name, value))
                problem(QStringLiteral("headers"),
                        Text::tr("header %1 holds %2 in clear; write it as {{secret:env:NAME}}")
                            .arg(InputText::quoted(name, 60), *why));
        }
        for (const auto& [variable, path] : s.extract) {
            static const QRegularExpression variableName(
                QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,63}$"));
            if (!variableName.match(variable).hasMatch())
                problem(QStringLiteral("extract"),
                        Text::tr("%1 is not a variable name").arg(InputText::quoted(variable, 60)));
            if (auto parsed = JsonPath::parse(path); !parsed)
                problem(QStringLiteral("extract"),
                        Text::tr("JSON path %1: %2")
                            .arg(InputText::quoted(path, 60), parsed.error().message));
        }
        // Extractions count for the steps after this one.
        for (const auto& [variable, path] : s.extract)
            extracted.insert(variable);
    }
    return problems;
}

} // namespace slipway
