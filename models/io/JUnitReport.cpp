// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/JUnitReport.h"
#include "domain/FieldLimits.h"
#include "domain/InputText.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <cmath>

namespace slipway {

namespace {

// User-facing text goes through Qt Linguist like the rest of the core.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(JUnitReport)
};

// Long enough for an assertion, short enough for a table cell.
constexpr qsizetype kMaxLineLength = 500;

// Tools write "0.", "1,234.5" (Surefire's thousands separator) or "0,5" (a decimal comma).
double parseSeconds(QStringView text) {
    QString t = text.trimmed().toString();
    if (t.contains(u',')) {
        if (t.contains(u'.'))
            t.remove(u',');
        else
            t.replace(u',', u'.');
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok && std::isfinite(v) && v >= 0 ? v : 0.0;
}

std::optional<int> intAttribute(const QXmlStreamAttributes& attributes, QLatin1String name) {
    if (!attributes.hasAttribute(name))
        return std::nullopt;
    bool ok = false;
    const int v = attributes.value(name).trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

QString firstNonBlankLine(const QString& text) {
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.size() > kMaxLineLength)
            return trimmed.left(kMaxLineLength).toString() + QChar(0x2026);
        return trimmed.toString();
    }
    return {};
}

// The totals a root element declares; absent attributes are not compared.
struct DeclaredTotals {
    std::optional<int> tests, failures, errors, skipped, disabled;
    std::optional<double> time;

    static DeclaredTotals read(const QXmlStreamAttributes& a) {
        DeclaredTotals d;
        d.tests = intAttribute(a, QLatin1String("tests"));
        d.failures = intAttribute(a, QLatin1String("failures"));
        d.errors = intAttribute(a, QLatin1String("errors"));
        d.skipped = intAttribute(a, QLatin1String("skipped"));
        d.disabled = intAttribute(a, QLatin1String("disabled"));
        if (a.hasAttribute(QLatin1String("time")))
            d.time = parseSeconds(a.value(QLatin1String("time")));
        return d;
    }

    QString mismatch(const JUnitReport& r) const {
        QStringList parts;
        const auto compare = [&parts](const std::optional<int>& declared, int counted,
                                      const QString& what) {
            if (declared && *declared != counted)
                parts.append(
                    Text::tr("%1 %2 declared, %3 counted").arg(what).arg(*declared).arg(counted));
        };
        compare(tests, r.tests, QStringLiteral("tests"));
        compare(failures, r.failures, QStringLiteral("failures"));
        compare(errors, r.errors, QStringLiteral("errors"));
        compare(skipped, r.skipped, QStringLiteral("skipped"));
        compare(disabled, r.disabled, QStringLiteral("disabled"));
        if (parts.isEmpty())
            return {};
        return Text::tr("the root element's totals differ from the test cases: ") +
               parts.join(Text::tr("; "));
    }
};

// State of the <testcase> being read.
struct CaseState {
    JUnitFailedCase failed;
    int failureElements = 0;
    int errorElements = 0;
    bool skipped = false;
    bool notRun = false;
};

// Real reports nest a few suites deep; a hundred thousand levels is an attack on the reader.
constexpr int kMaxDepth = 256;

Error xmlError(const QString& path, const QXmlStreamReader& xml) {
    // Qt quotes input here (an unknown encoding name, say), which may hold newlines.
    QString what = InputText::singleLine(xml.errorString());
    if (what.endsWith(u'.'))
        what.chop(1);
    return Error{Error::Kind::Usage, Text::tr("%1:%2:%3: not well-formed XML: %4")
                                         .arg(path)
                                         .arg(xml.lineNumber())
                                         .arg(xml.columnNumber())
                                         .arg(what)};
}

} // namespace

std::optional<double> JUnitReport::passRate() const {
    const int ran = passed + failures + errors;
    if (ran <= 0)
        return std::nullopt;
    return double(passed) / double(ran);
}

Result<JUnitReport> JUnitReport::fromFile(const QString& path, qint64 maxBytes) {
    auto loaded = EvidenceFile::load(path, maxBytes);
    if (!loaded)
        return loaded.error();
    return fromData(loaded->contents, path);
}

Result<JUnitReport> JUnitReport::fromData(const QByteArray& data, const QString& path) {
    JUnitReport report;
    report.evidence = EvidenceFile::describe(path, data);
    if (data.isEmpty())
        return Error{Error::Kind::Usage,
                     Text::tr("%1: the file is empty, expected JUnit XML").arg(path)};

    QXmlStreamReader xml(data);
    while (!xml.atEnd() && !xml.isStartElement()) {
        xml.readNext();
        // JUnit reports declare no entities: a DTD that does is an entity bomb or reaches for
        // files outside the report, and is refused before anything expands.
        if (xml.isDTD() && xml.text().contains(u"<!ENTITY"))
            return Error{
                Error::Kind::Usage,
                Text::tr("%1:%2: the document type declares entities; JUnit reports have none, "
                         "so the file is refused")
                    .arg(path)
                    .arg(xml.lineNumber())};
    }
    if (xml.hasError())
        return xmlError(path, xml);
    if (!xml.isStartElement())
        return Error{Error::Kind::Usage,
                     Text::tr("%1: no XML element found, expected JUnit XML").arg(path)};
    const QStringView rootName = xml.name();
    if (rootName != u"testsuites" && rootName != u"testsuite")
        return Error{Error::Kind::Usage,
                     Text::tr("%1:%2:%3: not a JUnit XML report: the root element is "
                              "<%4>, expected <testsuites> or <testsuite>")
                         .arg(path)
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.qualifiedName())};
    const DeclaredTotals declared = DeclaredTotals::read(xml.attributes());

    QStringList suiteStack;
    std::optional<CaseState> current;
    // Starts on the root element, so a bare <testsuite> root is counted like any other.
    int depth = 0;
    for (; !xml.atEnd(); xml.readNext()) {
        if (xml.isEndElement())
            --depth;
        if (xml.isStartElement() && ++depth > kMaxDepth)
            return Error{Error::Kind::Usage,
                         Text::tr("%1:%2: elements nested more than %3 deep; not a JUnit report")
                             .arg(path)
                             .arg(xml.lineNumber())
                             .arg(kMaxDepth)};
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (current) {
                // Only direct children of a <testcase> get here; each is consumed whole.
                if (name == u"failure" || name == u"error") {
                    const bool isError = name == u"error";
                    const QString message =
                        xml.attributes().value(QLatin1String("message")).toString();
                    if (const QString problem = FieldLimits::tooLong(QStringLiteral("message"),
                                                                     message, FieldLimits::kText);
                        !problem.isEmpty())
                        return Error{Error::Kind::Usage, Text::tr("%1:%2: %3 %4")
                                                             .arg(path)
                                                             .arg(xml.lineNumber())
                                                             .arg(name.toString(), problem)};
                    const QString body =
                        xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    if (current->failureElements + current->errorElements == 0) {
                        current->failed.message = message;
                        current->failed.firstLine = firstNonBlankLine(body);
                    }
                    ++(isError ? current->errorElements : current->failureElements);
                    --depth; // readElementText() stopped on its end element
                } else {
                    // <skipped>, and also <system-out>, Surefire's <flakyFailure> and
                    // <rerunFailure> (a retry that finally passed), <properties> …
                    if (name == u"skipped")
                        current->skipped = true;
                    xml.skipCurrentElement();
                    --depth;
                }
            } else if (name == u"testcase") {
                const QXmlStreamAttributes a = xml.attributes();
                current.emplace();
                current->failed.suite = suiteStack.isEmpty() ? QString() : suiteStack.last();
                current->failed.className = a.value(QLatin1String("classname")).toString();
                current->failed.name = a.value(QLatin1String("name")).toString();
                for (const auto& [field, value] :
                     {std::pair{QStringLiteral("classname"), current->failed.className},
                      std::pair{QStringLiteral("name"), current->failed.name}}) {
                    if (const QString problem =
                            FieldLimits::tooLong(field, value, FieldLimits::kNote);
                        !problem.isEmpty())
                        return Error{Error::Kind::Usage, Text::tr("%1:%2: testcase %3")
                                                             .arg(path)
                                                             .arg(xml.lineNumber())
                                                             .arg(problem)};
                }
                const QStringView status = a.value(QLatin1String("status"));
                current->notRun = status == u"notrun" || status == u"disabled";
                report.casesTime += parseSeconds(a.value(QLatin1String("time")));
            } else if (name == u"testsuite") {
                ++report.suites;
                suiteStack.append(xml.attributes().value(QLatin1String("name")).toString());
            } else if (name == u"properties" || name == u"system-out" || name == u"system-err") {
                xml.skipCurrentElement(); // can be large and never holds test cases
                --depth;
            }
        } else if (xml.isEndElement()) {
            const QStringView name = xml.name();
            if (current && name == u"testcase") {
                ++report.tests;
                if (current->errorElements > 0) {
                    ++report.errors;
                    current->failed.kind = JUnitFailedCase::Kind::Error;
                } else if (current->failureElements > 0) {
                    ++report.failures;
                } else if (current->skipped) {
                    ++report.skipped;
                } else if (current->notRun) {
                    ++report.disabled;
                } else {
                    ++report.passed;
                }
                if (current->errorElements + current->failureElements > 0) {
                    current->failed.problemCount =
                        current->errorElements + current->failureElements;
                    report.failedCases.append(std::move(current->failed));
                }
                current.reset();
            } else if (name == u"testsuite" && !suiteStack.isEmpty()) {
                suiteStack.removeLast();
            }
        }
    }
    if (xml.hasError())
        return xmlError(path, xml);

    report.time = declared.time.value_or(report.casesTime);
    if (const QString mismatch = declared.mismatch(report); !mismatch.isEmpty())
        report.warnings.append(mismatch);
    return report;
}

} // namespace slipway
