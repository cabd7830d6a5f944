// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// A component of a release depends on a shared library or service within a version
// constraint ("^1.2.0", "~1.4", ">=2.0.0 <3.0.0", "1.2.3"; the syntax of VersionConstraint).
// From the release's SBOM (a dependency on a component whose version is a range), or set by
// hand. Rows of `pins` (schema 18).
struct Pin {
    enum class Source { Sbom, Manual };
    qint64 id = 0;
    qint64 releaseId = 0;
    QString releaseLabel; // read with the row
    QString component;    // the depending component, as the release's list names it
    QString target;       // what it depends on: a name, "group/name" or a purl
    QString constraint;   // as written; VersionConstraint::parse accepts it
    Source source = Source::Manual;
    qint64 rowVersion = 0;
    QString createdBy;
    qint64 createdAt = 0;
    QString updatedBy;
    qint64 updatedAt = 0;
};

QString toKey(Pin::Source source); // "sbom", "manual"
std::optional<Pin::Source> pinSourceFromKey(const QString& key);
QJsonObject toJson(const Pin& pin);

// A pin held against what one environment runs of its target.
struct PinCheck {
    enum class Status {
        Satisfied,     // every version of the target running there meets the constraint
        Unsatisfied,   // one does not (or is not a version the constraint can compare)
        UnknownTarget, // the environment runs nothing the target names
    };
    Pin pin;
    qint64 environmentId = 0;
    QString environmentName;
    Status status = Status::UnknownTarget;
    QStringList targetVersions; // what the environment runs of the target
    QString message;            // one line, translated
};

QString toKey(PinCheck::Status status); // "satisfied", "unsatisfied", "unknown_target"
QJsonObject toJson(const PinCheck& check);

} // namespace slipway
