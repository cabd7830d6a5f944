// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SarifReport.h"
#include "Utf8Check.h"
#include "domain/FieldLimits.h"
#include "domain/InputText.h"
#include "io/TextPosition.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

// Severity of a finding, first rule that applies:
//  1. the rule's properties.security-severity, a CVSS score given as a string or a number
//     (GitHub code scanning's convention): >= 9 critical, >= 7 high, >= 4 medium, > 0 low,
//     0 none;
//  2. the result's level;
//  3. level "none" when the result's kind is present and not "fail" (SARIF 3.27.9);
//  4. the rule's defaultConfiguration.level;
//  5. "warning", SARIF's default.
// A level maps to a severity as error -> high, warning -> medium, note -> low, none -> none.
// A result is suppressed when it has suppressions and none of them is underReview or
// rejected (SARIF 3.27.23).

namespace slipway {

namespace {

// User-facing text goes through Qt Linguist like the rest of the core.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SarifReport)
};

const QString kDefaultLevel = QStringLiteral("warning");

bool isLevel(QStringView s) {
    return s == u"error" || s == u"warning" || s == u"note" || s == u"none";
}

struct RuleInfo {
    QString id;
    std::optional<double> securitySeverity;
    QString defaultLevel; // empty when the rule does not say
    QHash<QString, QString> messageStrings;
};

struct Component {
    QList<RuleInfo> rules;
    QHash<QString, qsizetype> byId;
};

// Walks the JSON with the path of each value at hand, so a wrong type is reported as
// "runs[2].results[5].level: expected a string".
class SarifParser {
public:
    explicit SarifParser(QString path)
        : m_path(std::move(path)) {}

    bool parse(const QJsonObject& root, SarifReport& report);
    Error error() const { return m_error; }

private:
    bool fail(const QString& where, const QString& what) {
        m_error = Error{Error::Kind::Usage, Text::tr("%1: %2: %3").arg(m_path, where, what)};
        return false;
    }
    static QString member(const QString& where, QLatin1String key) {
        return where.isEmpty() ? QString(key) : where + u'.' + key;
    }
    static QString element(const QString& where, qsizetype index) {
        return where + u'[' + QString::number(index) + u']';
    }

    // Optional members: absent (or null) leaves `out` alone; a wrong type fails.
    bool optString(const QJsonObject& o, QLatin1String key, const QString& where, QString* out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return fail(member(where, key), Text::tr("expected a string"));
        *out = v.toString();
        // Names (tool, rule, level, kind) are short; messages and snippets may be long.
        const bool name = key == QLatin1String("name") || key == QLatin1String("id") ||
                          key == QLatin1String("ruleId") || key == QLatin1String("level") ||
                          key == QLatin1String("kind") || key == QLatin1String("guid") ||
                          key == QLatin1String("version");
        if (const QString problem = FieldLimits::tooLong(
                QString(key), *out, name ? FieldLimits::kName : FieldLimits::kText);
            !problem.isEmpty())
            return fail(member(where, key), problem);
        return true;
    }
    bool optObject(const QJsonObject& o, QLatin1String key, const QString& where,
                   QJsonObject* out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isObject())
            return fail(member(where, key), Text::tr("expected an object"));
        *out = v.toObject();
        return true;
    }
    bool optArray(const QJsonObject& o, QLatin1String key, const QString& where, QJsonArray* out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isArray())
            return fail(member(where, key), Text::tr("expected an array"));
        *out = v.toArray();
        return true;
    }
    bool optIndex(const QJsonObject& o, QLatin1String key, const QString& where,
                  std::optional<qsizetype>* out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        const double d = v.toDouble(-2);
        // -1 is SARIF's "no index"; anything else must be a whole, non-negative number.
        if (!v.isDouble() || d != std::floor(d) || d < -1 || d > 1e9)
            return fail(member(where, key), Text::tr("expected an array index"));
        if (d >= 0)
            *out = qsizetype(d);
        return true;
    }
    bool objectAt(const QJsonArray& a, qsizetype i, const QString& where, QJsonObject* out) {
        const QJsonValue v = a.at(i);
        if (!v.isObject())
            return fail(element(where, i), Text::tr("expected an object"));
        *out = v.toObject();
        return true;
    }

    bool parseComponent(const QJsonObject& o, const QString& where, Component* out);
    bool parseRule(const QJsonObject& o, const QString& where, RuleInfo* out);
    bool parseRun(const QJsonObject& run, int runIndex, SarifReport& report);
    bool parseResult(const QJsonObject& o, const QString& where, const QList<Component>& comps,
                     const QStringList& artifactUris, SarifFinding* out);
    const RuleInfo* findById(const QList<Component>& comps, qsizetype preferred,
                             const QString& id) const;

    QString m_path;
    Error m_error;
};

bool SarifParser::parse(const QJsonObject& root, SarifReport& report) {
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isUndefined())
        return fail(QStringLiteral("version"),
                    Text::tr("missing; not a SARIF log (expected \"2.1.0\")"));
    if (!version.isString())
        return fail(QStringLiteral("version"), Text::tr("expected a string"));
    if (version.toString() != u"2.1.0")
        return fail(QStringLiteral("version"),
                    Text::tr("SARIF %1 is not supported, expected 2.1.0")
                        .arg(InputText::singleLine(version.toString(), 40)));
    const QJsonValue runs = root.value(QLatin1String("runs"));
    if (!runs.isArray())
        return fail(QStringLiteral("runs"), runs.isUndefined()
                                                ? Text::tr("missing; not a SARIF log")
                                                : Text::tr("expected an array"));
    const QJsonArray runArray = runs.toArray();
    for (qsizetype i = 0; i < runArray.size(); ++i) {
        QJsonObject run;
        if (!objectAt(runArray, i, QStringLiteral("runs"), &run) || !parseRun(run, int(i), report))
            return false;
    }
    return true;
}

bool SarifParser::parseRule(const QJsonObject& o, const QString& where, RuleInfo* out) {
    if (!optString(o, QLatin1String("id"), where, &out->id))
        return false;
    QJsonObject properties;
    if (!optObject(o, QLatin1String("properties"), where, &properties))
        return false;
    const QJsonValue score = properties.value(QLatin1String("security-severity"));
    const QString scoreWhere =
        member(member(where, QLatin1String("properties")), QLatin1String("security-severity"));
    if (score.isDouble()) {
        out->securitySeverity = score.toDouble();
    } else if (score.isString() && !score.toString().trimmed().isEmpty()) {
        bool ok = false;
        out->securitySeverity = score.toString().trimmed().toDouble(&ok);
        if (!ok)
            return fail(scoreWhere, Text::tr("expected a CVSS score, found %1")
                                        .arg(InputText::quoted(score.toString())));
    } else if (!score.isUndefined() && !score.isNull() && !score.isString()) {
        return fail(scoreWhere, Text::tr("expected a CVSS score"));
    }
    if (out->securitySeverity && (!std::isfinite(*out->securitySeverity) ||
                                  *out->securitySeverity < 0 || *out->securitySeverity > 10))
        return fail(scoreWhere, Text::tr("a CVSS score must be between 0 and 10"));

    QJsonObject config;
    const QString configWhere = member(where, QLatin1String("defaultConfiguration"));
    if (!optObject(o, QLatin1String("defaultConfiguration"), where, &config) ||
        !optString(config, QLatin1String("level"), configWhere, &out->defaultLevel))
        return false;
    if (!out->defaultLevel.isEmpty() && !isLevel(out->defaultLevel))
        return fail(member(configWhere, QLatin1String("level")),
                    Text::tr("expected error, warning, note or none"));

    QJsonObject strings;
    const QString stringsWhere = member(where, QLatin1String("messageStrings"));
    if (!optObject(o, QLatin1String("messageStrings"), where, &strings))
        return false;
    for (auto it = strings.begin(); it != strings.end(); ++it) {
        if (!it.value().isObject())
            return fail(stringsWhere + u'.' + InputText::singleLine(it.key()),
                        Text::tr("expected an object"));
        QString text;
        if (!optString(it.value().toObject(), QLatin1String("text"),
                       stringsWhere + u'.' + InputText::singleLine(it.key()), &text))
            return false;
        out->messageStrings.insert(it.key(), text);
    }
    return true;
}

bool SarifParser::parseComponent(const QJsonObject& o, const QString& where, Component* out) {
    QJsonArray rules;
    const QString rulesWhere = member(where, QLatin1String("rules"));
    if (!optArray(o, QLatin1String("rules"), where, &rules))
        return false;
    out->rules.reserve(rules.size());
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QJsonObject ruleObject;
        RuleInfo rule;
        if (!objectAt(rules, i, rulesWhere, &ruleObject) ||
            !parseRule(ruleObject, element(rulesWhere, i), &rule))
            return false;
        if (!rule.id.isEmpty() && !out->byId.contains(rule.id))
            out->byId.insert(rule.id, i);
        out->rules.append(std::move(rule));
    }
    return true;
}

const RuleInfo* SarifParser::findById(const QList<Component>& comps, qsizetype preferred,
                                      const QString& id) const {
    // A hierarchical id "a/b/c" may name a sub-rule of "a/b" or "a" (SARIF 3.27.5).
    for (QString key = id; !key.isEmpty();) {
        if (const auto it = comps[preferred].byId.constFind(key);
            it != comps[preferred].byId.cend())
            return &comps[preferred].rules[*it];
        for (const Component& c : comps) {
            if (const auto it = c.byId.constFind(key); it != c.byId.cend())
                return &c.rules[*it];
        }
        const qsizetype slash = key.lastIndexOf(u'/');
        key = slash > 0 ? key.left(slash) : QString();
    }
    return nullptr;
}

bool SarifParser::parseRun(const QJsonObject& run, int runIndex, SarifReport& report) {
    const QString where = element(QStringLiteral("runs"), runIndex);
    const QString toolWhere = member(where, QLatin1String("tool"));
    const QString driverWhere = member(toolWhere, QLatin1String("driver"));
    const QJsonValue tool = run.value(QLatin1String("tool"));
    if (!tool.isObject())
        return fail(toolWhere,
                    tool.isUndefined() ? Text::tr("missing") : Text::tr("expected an object"));
    const QJsonValue driver = tool.toObject().value(QLatin1String("driver"));
    if (!driver.isObject())
        return fail(driverWhere,
                    driver.isUndefined() ? Text::tr("missing") : Text::tr("expected an object"));
    QString toolName;
    if (!optString(driver.toObject(), QLatin1String("name"), driverWhere, &toolName))
        return false;
    report.toolNames.append(toolName);

    // Component 0 is the driver; extension i is component i + 1.
    QList<Component> comps(1);
    if (!parseComponent(driver.toObject(), driverWhere, &comps[0]))
        return false;
    QJsonArray extensions;
    const QString extWhere = member(toolWhere, QLatin1String("extensions"));
    if (!optArray(tool.toObject(), QLatin1String("extensions"), toolWhere, &extensions))
        return false;
    for (qsizetype i = 0; i < extensions.size(); ++i) {
        QJsonObject ext;
        Component c;
        if (!objectAt(extensions, i, extWhere, &ext) ||
            !parseComponent(ext, element(extWhere, i), &c))
            return false;
        comps.append(std::move(c));
    }

    QStringList artifactUris;
    QJsonArray artifacts;
    const QString artWhere = member(where, QLatin1String("artifacts"));
    if (!optArray(run, QLatin1String("artifacts"), where, &artifacts))
        return false;
    for (qsizetype i = 0; i < artifacts.size(); ++i) {
        QJsonObject artifact, location;
        QString uri;
        const QString at = element(artWhere, i);
        if (!objectAt(artifacts, i, artWhere, &artifact) ||
            !optObject(artifact, QLatin1String("location"), at, &location) ||
            !optString(location, QLatin1String("uri"), member(at, QLatin1String("location")), &uri))
            return false;
        artifactUris.append(uri);
    }

    const QJsonValue results = run.value(QLatin1String("results"));
    const QString resultsWhere = member(where, QLatin1String("results"));
    if (results.isNull()) {
        // SARIF: null results mean the tool did not run to completion.
        report.warnings.append(Text::tr("%1 is null: %2 did not produce results")
                                   .arg(resultsWhere, InputText::quoted(toolName)));
        return true;
    }
    if (results.isUndefined())
        return true;
    if (!results.isArray())
        return fail(resultsWhere, Text::tr("expected an array"));
    const QJsonArray resultArray = results.toArray();
    for (qsizetype i = 0; i < resultArray.size(); ++i) {
        QJsonObject result;
        SarifFinding finding;
        finding.toolName = toolName;
        finding.runIndex = runIndex;
        if (!objectAt(resultArray, i, resultsWhere, &result) ||
            !parseResult(result, element(resultsWhere, i), comps, artifactUris, &finding))
            return false;
        auto& counts = finding.suppressed ? report.suppressedCounts : report.counts;
        ++counts[size_t(finding.severity)];
        report.findings.append(std::move(finding));
    }
    return true;
}

bool SarifParser::parseResult(const QJsonObject& o, const QString& where,
                              const QList<Component>& comps, const QStringList& artifactUris,
                              SarifFinding* out) {
    // Which rule: result.rule (with its toolComponent), ruleIndex, then ruleId.
    QJsonObject ruleRef, componentRef;
    QString refId;
    std::optional<qsizetype> ruleIndex, refIndex, componentIndex;
    const QString refWhere = member(where, QLatin1String("rule"));
    const QString compWhere = member(refWhere, QLatin1String("toolComponent"));
    if (!optString(o, QLatin1String("ruleId"), where, &out->ruleId) ||
        !optIndex(o, QLatin1String("ruleIndex"), where, &ruleIndex) ||
        !optObject(o, QLatin1String("rule"), where, &ruleRef) ||
        !optString(ruleRef, QLatin1String("id"), refWhere, &refId) ||
        !optIndex(ruleRef, QLatin1String("index"), refWhere, &refIndex) ||
        !optObject(ruleRef, QLatin1String("toolComponent"), refWhere, &componentRef) ||
        !optIndex(componentRef, QLatin1String("index"), compWhere, &componentIndex))
        return false;
    if (out->ruleId.isEmpty())
        out->ruleId = refId;

    qsizetype comp = 0;
    if (componentIndex) {
        if (*componentIndex >= comps.size() - 1)
            return fail(member(compWhere, QLatin1String("index")),
                        Text::tr("%1 is out of range: the run has %2 tool extensions")
                            .arg(*componentIndex)
                            .arg(comps.size() - 1));
        comp = *componentIndex + 1;
    }
    const RuleInfo* rule = nullptr;
    if (const auto index = refIndex ? refIndex : ruleIndex) {
        if (*index >= comps[comp].rules.size())
            return fail(refIndex ? member(refWhere, QLatin1String("index"))
                                 : member(where, QLatin1String("ruleIndex")),
                        Text::tr("%1 is out of range: the tool component has %2 rules")
                            .arg(*index)
                            .arg(comps[comp].rules.size()));
        rule = &comps[comp].rules[*index];
    } else if (!out->ruleId.isEmpty()) {
        rule = findById(comps, comp, out->ruleId);
    }
    if (out->ruleId.isEmpty() && rule)
        out->ruleId = rule->id;

    QString level, kind;
    if (!optString(o, QLatin1String("level"), where, &level) ||
        !optString(o, QLatin1String("kind"), where, &kind))
        return false;
    if (!level.isEmpty() && !isLevel(level))
        return fail(member(where, QLatin1String("level")),
                    Text::tr("expected error, warning, note or none, found %1")
                        .arg(InputText::quoted(level)));
    QString basis;
    if (!level.isEmpty()) {
        basis = QStringLiteral("level");
    } else if (!kind.isEmpty() && kind != u"fail") {
        level = QStringLiteral("none");
        basis = QStringLiteral("kind");
    } else if (rule && !rule->defaultLevel.isEmpty()) {
        level = rule->defaultLevel;
        basis = QStringLiteral("rule default");
    } else {
        level = kDefaultLevel;
        basis = QStringLiteral("SARIF default");
    }
    out->level = level;
    if (rule && rule->securitySeverity) {
        out->severity = SarifReport::severityFromScore(*rule->securitySeverity);
        out->severityBasis = QStringLiteral("security-severity");
    } else {
        out->severity = SarifReport::severityFromLevel(level);
        out->severityBasis = basis;
    }

    // Message: its text, else the rule's message string with {0}, {1} … filled in.
    QJsonObject message;
    QJsonArray arguments;
    QString messageId;
    const QString messageWhere = member(where, QLatin1String("message"));
    if (!optObject(o, QLatin1String("message"), where, &message) ||
        !optString(message, QLatin1String("text"), messageWhere, &out->message) ||
        !optString(message, QLatin1String("id"), messageWhere, &messageId) ||
        !optArray(message, QLatin1String("arguments"), messageWhere, &arguments))
        return false;
    if (out->message.isEmpty() && !messageId.isEmpty() && rule) {
        out->message = rule->messageStrings.value(messageId);
        for (qsizetype i = 0; i < arguments.size(); ++i)
            out->message.replace(QString(QChar(u'{') + QString::number(i) + QChar(u'}')),
                                 arguments.at(i).toString());
    }

    // Location: the first one's artifact and start line.
    QJsonArray locations;
    if (!optArray(o, QLatin1String("locations"), where, &locations))
        return false;
    if (!locations.isEmpty()) {
        const QString locWhere = element(member(where, QLatin1String("locations")), 0);
        const QString physWhere = member(locWhere, QLatin1String("physicalLocation"));
        const QString artWhere = member(physWhere, QLatin1String("artifactLocation"));
        const QString regionWhere = member(physWhere, QLatin1String("region"));
        QJsonObject location, physical, artifact, region;
        std::optional<qsizetype> artifactIndex, startLine;
        if (!objectAt(locations, 0, member(where, QLatin1String("locations")), &location) ||
            !optObject(location, QLatin1String("physicalLocation"), locWhere, &physical) ||
            !optObject(physical, QLatin1String("artifactLocation"), physWhere, &artifact) ||
            !optString(artifact, QLatin1String("uri"), artWhere, &out->uri) ||
            !optIndex(artifact, QLatin1String("index"), artWhere, &artifactIndex) ||
            !optObject(physical, QLatin1String("region"), physWhere, &region) ||
            !optIndex(region, QLatin1String("startLine"), regionWhere, &startLine))
            return false;
        if (out->uri.isEmpty() && artifactIndex && *artifactIndex < artifactUris.size())
            out->uri = artifactUris.at(*artifactIndex);
        out->line = startLine ? int(*startLine) : 0;
    }

    QJsonArray suppressions;
    const QString supWhere = member(where, QLatin1String("suppressions"));
    if (!optArray(o, QLatin1String("suppressions"), where, &suppressions))
        return false;
    bool contested = false;
    for (qsizetype i = 0; i < suppressions.size(); ++i) {
        QJsonObject s;
        QString status, kindText, justification;
        const QString at = element(supWhere, i);
        if (!objectAt(suppressions, i, supWhere, &s) ||
            !optString(s, QLatin1String("kind"), at, &kindText) ||
            !optString(s, QLatin1String("status"), at, &status) ||
            !optString(s, QLatin1String("justification"), at, &justification))
            return false;
        if (status == u"underReview" || status == u"rejected")
            contested = true;
        if (i == 0) {
            out->suppressionKind = kindText;
            out->suppressionJustification = justification;
        }
    }
    out->suppressed = !suppressions.isEmpty() && !contested;

    QJsonObject partial, full;
    if (!optObject(o, QLatin1String("partialFingerprints"), where, &partial) ||
        !optObject(o, QLatin1String("fingerprints"), where, &full))
        return false;
    QByteArray key = out->toolName.toUtf8() + '\x1f' + out->ruleId.toUtf8();
    const QJsonObject& prints = full.isEmpty() ? partial : full;
    if (!prints.isEmpty()) {
        for (auto it = prints.begin(); it != prints.end(); ++it) // keys come sorted
            key += '\x1f' + it.key().toUtf8() + '=' + it.value().toString().toUtf8();
    } else {
        key += '\x1f' + out->uri.toUtf8() + ':' + QByteArray::number(out->line) + '\x1f' +
               out->message.toUtf8();
    }
    out->fingerprint =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
    return true;
}

} // namespace

Result<SarifReport> SarifReport::fromFile(const QString& path, qint64 maxBytes) {
    auto loaded = EvidenceFile::load(path, maxBytes);
    if (!loaded)
        return loaded.error();
    return fromData(loaded->contents, path);
}

Result<SarifReport> SarifReport::fromData(const QByteArray& data, const QString& path) {
    SarifReport report;
    report.evidence = EvidenceFile::describe(path, data);
    if (data.isEmpty())
        return Error{Error::Kind::Usage,
                     Text::tr("%1: the file is empty, expected SARIF JSON").arg(path)};
    // JSON is UTF-8 (RFC 8259); Qt's parser would take a raw NUL or a stray byte inside a
    // string as text.
    const qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (const qsizetype bad =
            Utf8Check::firstBadByte(data.constData() + start, data.size() - start);
        bad >= 0)
        return Error{Error::Kind::Usage,
                     Text::tr("%1 line %2: %3, expected SARIF JSON in UTF-8")
                         .arg(path)
                         .arg(Utf8Check::lineOf(data, start + bad))
                         .arg(data.at(start + bad) == '\0' ? Text::tr("a NUL byte (binary data)")
                                                           : Text::tr("not valid UTF-8 text"))};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto at = TextPosition::ofOffset(data, parseError.offset);
        return Error{Error::Kind::Usage, Text::tr("%1:%2:%3 (byte %4): not valid JSON: %5")
                                             .arg(path)
                                             .arg(at.line)
                                             .arg(at.column)
                                             .arg(parseError.offset)
                                             .arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return Error{Error::Kind::Usage,
                     Text::tr("%1: not a SARIF log: the top level is not an object with "
                              "\"version\" and \"runs\"")
                         .arg(path)};
    SarifParser parser(path);
    if (!parser.parse(doc.object(), report))
        return parser.error();
    return report;
}

} // namespace slipway
