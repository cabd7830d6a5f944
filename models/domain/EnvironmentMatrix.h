// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Environment.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// What runs where: components × environments, as EnvironmentMatrixService computes it from
// the deployment records, the gate promotions and the releases' component lists. Plain data:
// a view reads it, nothing in it reaches the file. How it is computed, and what counts as
// drift, is written down at EnvironmentMatrixBuilder (rules/EnvironmentMatrixBuilder.h).

// A row: one component, identified across releases by its purl without version, qualifiers
// and subpath ("pkg:npm/lodash"), else by "group/name", compared without case. A release
// without a component list contributes its product itself (kind Product).
struct MatrixComponent {
    enum class Kind { Component, Product };
    QString key; // the identity above, lower-case
    QString name;
    QString group;
    QString purl; // without version, qualifiers and subpath; empty when none was given
    Kind kind = Kind::Component;
    QString label() const; // "group/name", or the name
};

// One version of a component running in one environment, and how it got there.
struct MatrixPlacement {
    enum class Source { Deployment, Promotion };
    QString version;
    qint64 since = 0; // UTC seconds: when the release that brought it arrived there
    qint64 releaseId = 0;
    QString releaseLabel; // "Payments API 2.4.0"
    Source source = Source::Deployment;
    qint64 deploymentId = 0; // the record, for Source::Deployment
    // Every artifact of the release verified at its newest check, and it has at least one.
    bool verified = false;
};

// What one environment runs of one component: usually one placement; several when releases
// of different products carry the component in different versions (a shared library).
struct MatrixCell {
    QList<MatrixPlacement> placements; // by version; empty: not running there
    bool gap = false;                  // drift (a): in a staging or production column
    bool unverified = false; // drift (b): a production placement from an unverified release
    bool isEmpty() const { return placements.isEmpty(); }
    bool hasDrift() const { return gap || unverified; }
    QStringList versions() const; // distinct, in placement order
};

// One finding of drift, with a line for `check` and the CLI.
struct MatrixDrift {
    enum class Kind {
        // Staging and production run different versions of a component, and no planned
        // release carries the staging version to production.
        StagingProductionGap,
        // Production runs what a release brought whose artifacts were never all verified.
        UnverifiedInProduction,
    };
    Kind kind = Kind::StagingProductionGap;
    int row = -1;                // StagingProductionGap: the component's row
    QStringList stagingVersions; // StagingProductionGap
    QStringList productionVersions;
    qint64 environmentId = 0; // UnverifiedInProduction: the production environment
    qint64 releaseId = 0;     // UnverifiedInProduction: the release it came from
    QString releaseLabel;
    int components = 0; // UnverifiedInProduction: how many rows it brought there
    int artifacts = 0;  // UnverifiedInProduction: the release's artifacts
    int verifiedArtifacts = 0;
    QString message; // one line, translated
};

// The whole matrix. Columns are environments in lifecycle order (dev, test, staging, prod,
// then by name); rows are components by label.
struct EnvironmentMatrix {
    QList<Environment> environments;
    QList<MatrixComponent> components;
    QList<MatrixCell> cells; // row-major: components.size() × environments.size()
    QList<MatrixDrift> drift;

    int rowCount() const { return int(components.size()); }
    int columnCount() const { return int(environments.size()); }
    const MatrixCell& cell(int row, int column) const;
    MatrixCell& cell(int row, int column);
    int columnOf(qint64 environmentId) const; // -1 when not a column
    // The rows a pin's target names: a purl (its version and qualifiers ignored), a row key,
    // "group/name" or a name, compared without case. Empty when nothing matches.
    QList<int> rowsNamed(const QString& target) const;
    // What `column` runs of the rows `target` names (distinct versions).
    QStringList versionsOf(const QString& target, int column) const;
};

// For --json and pipelines; docs/cli-json.md describes the shape.
QJsonObject toJson(const MatrixPlacement& placement);
QJsonObject toJson(const MatrixDrift& drift, const EnvironmentMatrix& matrix);
QJsonObject toJson(const EnvironmentMatrix& matrix);
QString toKey(MatrixDrift::Kind kind); // "staging_production_gap", "unverified_in_production"
QString toKey(MatrixPlacement::Source source); // "deployment", "promotion"

// A component's identity in the matrix (MatrixComponent::key) from what an SBOM gives.
QString matrixKey(const QString& purl, const QString& group, const QString& name);
// A purl without its version, qualifiers and subpath: "pkg:npm/%40scope/name".
QString purlWithoutVersion(const QString& purl);

} // namespace slipway
