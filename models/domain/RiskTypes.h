// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReleaseEnums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// The release risk questionnaire as values; RiskClassifier (rules/) scores it. Each answer is
// an ordered level, lowest risk first; the stable keys are what the file stores and the CLI
// prints. The key and name functions below are defined beside the classifier's tables, which
// hold each level's key and points together.
enum class UsersAffected { None, Team, BusinessUnit, AllCustomers };
enum class DataMigration { None, Additive, Transforming, Irreversible };
enum class RollbackComplexity { Redeploy, Scripted, Manual, Impossible };
enum class RegulatoryExposure { None, InternalControls, Regulated, Reportable };
enum class Novelty { Routine, Familiar, New, Untried };
enum class RiskLevel { Low, Medium, High, Critical };

struct RiskAnswers {
    UsersAffected users = UsersAffected::None;
    int servicesAffected = 1; // services whose behaviour changes
    DataMigration dataMigration = DataMigration::None;
    RollbackComplexity rollback = RollbackComplexity::Redeploy;
    RegulatoryExposure regulatory = RegulatoryExposure::None;
    int windowMinutes = 60; // length of the change window
    Novelty novelty = Novelty::Routine;
    // Restores a live service or closes an exploited hole and cannot wait for a window.
    bool urgent = false;

    bool operator==(const RiskAnswers&) const = default;
};

// One answer that moved the result: how many points it added, or the floor it imposed.
struct RiskDriver {
    QString question; // stable key: "users", "services", "data_migration", "rollback" …
    QString answer;   // stable key of the answer ("all_customers", "12", "480")
    int points = 0;
    std::optional<RiskLevel> floor; // the answer alone lifts the level to at least this
    QString explanation;            // translated, one line
};

// What planning the result asks for: gate and approval names are stable keys
// (gates: "development-complete", "qa", "staging", "security", "cab"; approvals are the
// person roles "release_manager", "service_owner", "security", "cab").
struct PlanningRigour {
    QStringList gates;
    QStringList approvals;
    int minimumNoticeDays = 0;      // how far ahead the window must be booked
    bool rollbackRehearsal = false; // the rollback is rehearsed in staging first
    bool postReleaseReview = false; // a review is held after the release
};

struct RiskAssessmentResult {
    int score = 0; // 0 … 100
    RiskLevel level = RiskLevel::Low;
    ReleaseType suggestedType = ReleaseType::Patch;
    PlanningRigour rigour;
    QList<RiskDriver> drivers; // largest contribution first; answers that added nothing omitted
};

QString toKey(UsersAffected v);
QString toKey(DataMigration v);
QString toKey(RollbackComplexity v);
QString toKey(RegulatoryExposure v);
QString toKey(Novelty v);
QString toKey(RiskLevel v);
std::optional<UsersAffected> usersAffectedFromKey(const QString& key);
std::optional<DataMigration> dataMigrationFromKey(const QString& key);
std::optional<RollbackComplexity> rollbackComplexityFromKey(const QString& key);
std::optional<RegulatoryExposure> regulatoryExposureFromKey(const QString& key);
std::optional<Novelty> noveltyFromKey(const QString& key);
std::optional<RiskLevel> riskLevelFromKey(const QString& key);

QString displayName(UsersAffected v);
QString displayName(DataMigration v);
QString displayName(RollbackComplexity v);
QString displayName(RegulatoryExposure v);
QString displayName(Novelty v);
QString displayName(RiskLevel v);

} // namespace slipway
