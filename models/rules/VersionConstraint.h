// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/SemVer.h"

#include <QList>
#include <QString>

namespace slipway {

// One bound of a constraint: ">=1.2.3", "<2.0.0-0", "=1.4.0".
struct VersionComparator {
    enum class Op { Less, LessOrEqual, Greater, GreaterOrEqual, Equal };
    Op op = Op::Equal;
    SemVer version; // without build metadata

    bool matches(const SemVer& v) const;
    QString toString() const;
};

// A pin on a dependency's version, in the npm range syntax most SBOMs and package managers
// share: "^1.2.0", "~1.4", ">=2.0.0 <3.0.0" (or with a comma), "1.2.3" and "=1.2.3", "1.2.x",
// "*", hyphen ranges "1.2.3 - 2.3.4" and alternatives joined by "||". It is read into sets of
// comparators, one set per alternative, with npm's meaning (see the .cpp).
class VersionConstraint {
public:
    static Result<VersionConstraint> parse(const QString& text);

    // Whether some alternative holds for `version`. A pre-release only satisfies an
    // alternative that names a pre-release of the same MAJOR.MINOR.PATCH: ^1.2.0 does not
    // take 1.3.0-beta, >=1.3.0-alpha <2.0.0 takes 1.3.0-beta but not 1.4.0-beta.
    bool satisfies(const SemVer& version) const;

    QString text() const { return m_text; }
    // The comparators it stands for, e.g. ^1.2.3 is ">=1.2.3 <2.0.0-0"; "*" for any version
    // and "<0.0.0-0" for none. Reading it back gives the same constraint.
    QString normalized() const;
    const QList<QList<VersionComparator>>& alternatives() const { return m_alternatives; }

private:
    QString m_text;
    QList<QList<VersionComparator>> m_alternatives;
};

} // namespace slipway
