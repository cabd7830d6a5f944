// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for validation check definitions (as stored and as imported), the check
// rules, JSON paths and check templates: any bytes give steps or one line of error naming the
// source, never a crash or a hang; steps read back from their own definition unchanged; every
// rule broken is one line; a path that parses evaluates against any document.
#include "FuzzSupport.h"

#include "domain/ValidationCheck.h"
#include "rules/CheckTemplate.h"
#include "rules/JsonPath.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace slipway;

namespace {

void checkDefinition(const QJsonObject& definition, CheckKind kind, const QJsonDocument& doc) {
    using fuzz::fail;
    int timeout = 0;
    const auto steps = ValidationCheck::stepsFromDefinition(kind, definition,
                                                            QStringLiteral("fuzz.json"), &timeout);
    if (!steps.ok()) {
        if (!fuzz::oneLine(steps.error().message))
            fail("an error is not one line", steps.error().message);
        if (!steps.error().message.startsWith(QLatin1String("fuzz.json")))
            fail("an error does not name its source", steps.error().message);
        return;
    }
    ValidationCheck check;
    check.releaseId = 1;
    check.name = QStringLiteral("fuzz");
    check.kind = kind;
    check.steps = steps.value();
    check.timeoutMs = timeout;
    for (const FieldProblem& problem : validateCheck(check)) {
        if (!fuzz::oneLine(problem.message) || problem.field.isEmpty())
            fail("a rule broken is not one line with a field", problem.message);
    }
    int again = 0;
    const auto back = ValidationCheck::stepsFromDefinition(kind, check.definition(),
                                                           QStringLiteral("again"), &again);
    if (!back.ok())
        fail("a definition written does not read back", back.error().message);
    if (back.value() != check.steps || again != timeout)
        fail("a definition reads back different",
             QString::fromUtf8(QJsonDocument(check.definition()).toJson(QJsonDocument::Compact)));
    for (const TransactionStep& step : check.steps) {
        for (const JsonExpectation& e : step.expectJson)
            (void)JsonPath::evaluate(doc, e.path);
        for (const auto& [variable, path] : step.extract)
            (void)JsonPath::evaluate(doc, path);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using fuzz::fail;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        checkDefinition(doc.object(), CheckKind::Http, doc);
        checkDefinition(doc.object(), CheckKind::Transaction, doc);
        // An import file's checks, each definition read as it says it is.
        const QJsonValue checks = doc.object().value(QStringLiteral("checks"));
        for (const QJsonValue& c : checks.toArray()) {
            const QJsonObject o = c.toObject();
            const auto kind = checkKindFromKey(o.value(QStringLiteral("kind")).toString());
            checkDefinition(o.value(QStringLiteral("definition")).toObject(),
                            kind.value_or(CheckKind::Http), doc);
        }
    }
    // The bytes as a path and as a template.
    const QString text = QString::fromUtf8(bytes.left(4096));
    const auto path = JsonPath::parse(text);
    if (path.ok()) {
        const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        if (const auto value = JsonPath::evaluate(root, path.value()))
            (void)JsonPath::text(*value);
    } else if (!fuzz::oneLine(path.error().message)) {
        fail("a path error is not one line", path.error().message);
    }
    const auto rendered =
        CheckTemplate::render(text, {{QStringLiteral("token"), text.left(16)}}, false);
    if (!rendered.ok() && !fuzz::oneLine(rendered.error().message))
        fail("a template error is not one line", rendered.error().message);
    (void)CheckTemplate::withoutPlaceholders(text);
    return 0;
}
