// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "io/EvidenceFile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// A test case that did not pass, with what a reviewer needs to find it.
struct JUnitFailedCase {
    enum class Kind { Failure, Error };
    Kind kind = Kind::Failure;
    QString suite; // innermost enclosing <testsuite name>
    QString className;
    QString name;
    QString message;      // the first <failure>/<error> element's message attribute
    QString firstLine;    // first non-blank line of that element's body
    int problemCount = 1; // <failure> and <error> elements in this test case
};

// A JUnit XML report (Surefire, TestNG, pytest, GoogleTest, CTest, jest, PHPUnit, mocha …)
// reduced to the counts a quality gate evaluates. Counts come from the <testcase> elements;
// the totals the file declares are only compared, because tools get them wrong.
struct JUnitReport {
    int tests = 0;
    int failures = 0; // test cases with a <failure> and no <error>
    int errors = 0;   // test cases with an <error>
    int skipped = 0;  // test cases with a <skipped> and neither of the above
    int disabled = 0; // not run and not <skipped>: status="notrun"/"disabled" (GoogleTest, CTest)
    int passed = 0;
    int suites = 0;       // <testsuite> elements, nested ones included
    double time = 0;      // seconds: the root's time attribute, else the sum over test cases
    double casesTime = 0; // seconds summed over the test cases
    QList<JUnitFailedCase> failedCases; // in document order
    QStringList warnings;               // e.g. declared totals that differ from the counted ones
    EvidenceFile evidence;

    // passed / (passed + failures + errors); nothing when no test ran.
    std::optional<double> passRate() const;

    static Result<JUnitReport> fromFile(const QString& path,
                                        qint64 maxBytes = EvidenceFile::kDefaultMaxBytes);
    // `path` names the source in errors and in the evidence.
    static Result<JUnitReport> fromData(const QByteArray& data, const QString& path);
};

} // namespace slipway
