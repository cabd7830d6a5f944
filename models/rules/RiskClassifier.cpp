// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskClassifier.h"

#include "domain/ChangeRequest.h"
#include "domain/RiskAssessment.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RiskClassifier)
};

// An answer's key, its points and, for some, the level it forces on its own.
template <typename Enum> struct Level {
    Enum value;
    const char* key = nullptr;
    const char* name = nullptr;
    int points = 0;
    std::optional<RiskLevel> floor;
};

// The points of every level add up to 100 for the riskiest answers. Rollback and data carry
// the most weight: they decide how bad a failed release gets, not only how likely it is.
constexpr std::array<Level<UsersAffected>, 4> kUsers{{
    {UsersAffected::None, "none", QT_TRANSLATE_NOOP("RiskClassifier", "No users"), 0, {}},
    {UsersAffected::Team, "team", QT_TRANSLATE_NOOP("RiskClassifier", "One team"), 4, {}},
    {UsersAffected::BusinessUnit,
     "business_unit",
     QT_TRANSLATE_NOOP("RiskClassifier", "A business unit"),
     10,
     {}},
    {UsersAffected::AllCustomers,
     "all_customers",
     QT_TRANSLATE_NOOP("RiskClassifier", "All customers"),
     18,
     {}},
}};
constexpr std::array<Level<DataMigration>, 4> kData{{
    {DataMigration::None, "none", QT_TRANSLATE_NOOP("RiskClassifier", "None"), 0, {}},
    {DataMigration::Additive,
     "additive",
     QT_TRANSLATE_NOOP("RiskClassifier", "Additive (old code still works)"),
     5,
     {}},
    {DataMigration::Transforming, "transforming",
     QT_TRANSLATE_NOOP("RiskClassifier", "Rewrites existing data"), 12, RiskLevel::Medium},
    {DataMigration::Irreversible, "irreversible",
     QT_TRANSLATE_NOOP("RiskClassifier", "Irreversible"), 18, RiskLevel::High},
}};
constexpr std::array<Level<RollbackComplexity>, 4> kRollback{{
    {RollbackComplexity::Redeploy,
     "redeploy",
     QT_TRANSLATE_NOOP("RiskClassifier", "Redeploy the previous version"),
     0,
     {}},
    {RollbackComplexity::Scripted,
     "scripted",
     QT_TRANSLATE_NOOP("RiskClassifier", "Scripted, with data restore"),
     6,
     {}},
    {RollbackComplexity::Manual,
     "manual",
     QT_TRANSLATE_NOOP("RiskClassifier", "Manual, takes hours"),
     13,
     {}},
    {RollbackComplexity::Impossible, "impossible",
     QT_TRANSLATE_NOOP("RiskClassifier", "Not possible (fix forward)"), 20, RiskLevel::High},
}};
constexpr std::array<Level<RegulatoryExposure>, 4> kRegulatory{{
    {RegulatoryExposure::None, "none", QT_TRANSLATE_NOOP("RiskClassifier", "None"), 0, {}},
    {RegulatoryExposure::InternalControls,
     "internal_controls",
     QT_TRANSLATE_NOOP("RiskClassifier", "Internal controls"),
     4,
     {}},
    {RegulatoryExposure::Regulated, "regulated",
     QT_TRANSLATE_NOOP("RiskClassifier", "Regulated (SOX, PCI DSS, GDPR)"), 9, RiskLevel::Medium},
    {RegulatoryExposure::Reportable, "reportable",
     QT_TRANSLATE_NOOP("RiskClassifier", "Reportable to a regulator"), 14, RiskLevel::High},
}};
constexpr std::array<Level<Novelty>, 4> kNovelty{{
    {Novelty::Routine, "routine", QT_TRANSLATE_NOOP("RiskClassifier", "Routine"), 0, {}},
    {Novelty::Familiar,
     "familiar",
     QT_TRANSLATE_NOOP("RiskClassifier", "Similar done before"),
     4,
     {}},
    {Novelty::New, "new", QT_TRANSLATE_NOOP("RiskClassifier", "New to this team"), 8, {}},
    {Novelty::Untried,
     "untried",
     QT_TRANSLATE_NOOP("RiskClassifier", "Untried technology or vendor"),
     12,
     {}},
}};
constexpr std::array<std::pair<RiskLevel, const char*>, 4> kLevels{{
    {RiskLevel::Low, "low"},
    {RiskLevel::Medium, "medium"},
    {RiskLevel::High, "high"},
    {RiskLevel::Critical, "critical"},
}};

// Services whose behaviour changes: 1, 2–3, 4–9, 10 or more.
int servicePoints(int count) {
    if (count >= 10)
        return 12;
    if (count >= 4)
        return 8;
    if (count >= 2)
        return 4;
    return 0;
}

// Change window: up to 1 h, 4 h, 12 h, longer.
int windowPoints(int minutes) {
    if (minutes > 12 * 60)
        return 6;
    if (minutes > 4 * 60)
        return 4;
    if (minutes > 60)
        return 2;
    return 0;
}

RiskLevel levelForScore(int score) {
    if (score >= 70)
        return RiskLevel::Critical;
    if (score >= 45)
        return RiskLevel::High;
    if (score >= 20)
        return RiskLevel::Medium;
    return RiskLevel::Low;
}

template <typename Enum, std::size_t N>
const Level<Enum>& levelOf(const std::array<Level<Enum>, N>& table, Enum value) {
    for (const auto& l : table) {
        if (l.value == value)
            return l;
    }
    return table.front();
}

template <typename Enum, std::size_t N>
std::optional<Enum> levelFromKey(const std::array<Level<Enum>, N>& table, const QString& key) {
    for (const auto& l : table) {
        if (key == QLatin1String(l.key))
            return l.value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
RiskDriver driverFor(const std::array<Level<Enum>, N>& table, Enum value, const char* question,
                     const QString& label) {
    const auto& l = levelOf(table, value);
    RiskDriver d;
    d.question = QString::fromLatin1(question);
    d.answer = QString::fromLatin1(l.key);
    d.points = l.points;
    d.floor = l.floor;
    d.explanation = QStringLiteral("%1: %2").arg(label, Text::tr(l.name));
    return d;
}

void appendOnce(QStringList& list, const char* name) {
    const QString s = QString::fromLatin1(name);
    if (!list.contains(s))
        list << s;
}

} // namespace

RiskAssessmentResult RiskClassifier::classify(const RiskAnswers& a) {
    QList<RiskDriver> all;
    all << driverFor(kUsers, a.users, "users", Text::tr("Users affected"));
    {
        RiskDriver d;
        d.question = QStringLiteral("services");
        d.answer = QString::number(std::max(0, a.servicesAffected));
        d.points = servicePoints(a.servicesAffected);
        d.explanation = Text::tr("Services affected: %1").arg(d.answer);
        all << d;
    }
    all << driverFor(kData, a.dataMigration, "data_migration", Text::tr("Data migration"));
    all << driverFor(kRollback, a.rollback, "rollback", Text::tr("Rollback"));
    all << driverFor(kRegulatory, a.regulatory, "regulatory", Text::tr("Regulatory exposure"));
    {
        RiskDriver d;
        d.question = QStringLiteral("window");
        d.answer = QString::number(std::max(0, a.windowMinutes));
        d.points = windowPoints(a.windowMinutes);
        d.explanation = Text::tr("Change window: %1 h").arg(a.windowMinutes / 60.0, 0, 'g', 3);
        all << d;
    }
    all << driverFor(kNovelty, a.novelty, "novelty", Text::tr("Novelty"));

    RiskAssessmentResult r;
    RiskLevel floor = RiskLevel::Low;
    for (const RiskDriver& d : std::as_const(all)) {
        r.score += d.points;
        if (d.floor && *d.floor > floor)
            floor = *d.floor;
        if (d.points > 0 || d.floor)
            r.drivers << d;
    }
    r.score = std::clamp(r.score, 0, kMaxScore);
    r.level = std::max(levelForScore(r.score), floor);
    for (RiskDriver& d : r.drivers) {
        if (d.floor)
            d.explanation += Text::tr(" — at least %1 risk on its own").arg(displayName(*d.floor));
    }
    std::stable_sort(r.drivers.begin(), r.drivers.end(),
                     [](const RiskDriver& x, const RiskDriver& y) { return x.points > y.points; });
    if (a.urgent) {
        RiskDriver d;
        d.question = QStringLiteral("urgent");
        d.answer = QStringLiteral("yes");
        d.explanation =
            Text::tr("Urgent: cannot wait for a planned window, so an emergency release");
        r.drivers.prepend(d);
    }

    if (a.urgent)
        r.suggestedType = ReleaseType::Emergency;
    else if (r.level >= RiskLevel::High)
        r.suggestedType = ReleaseType::Major;
    else if (r.level == RiskLevel::Medium)
        r.suggestedType = ReleaseType::Minor;
    else
        r.suggestedType = ReleaseType::Patch;
    r.rigour = rigourFor(r.level, r.suggestedType, a.regulatory);
    return r;
}

PlanningRigour RiskClassifier::rigourFor(RiskLevel level, ReleaseType type,
                                         RegulatoryExposure regulatory) {
    const bool regulated = regulatory >= RegulatoryExposure::Regulated;
    const bool emergency = type == ReleaseType::Emergency;
    PlanningRigour p;
    // Gates in the order a release meets them.
    appendOnce(p.gates, "development-complete");
    appendOnce(p.gates, "qa");
    if (level >= RiskLevel::High || regulated)
        appendOnce(p.gates, "security");
    if (level >= RiskLevel::Medium)
        appendOnce(p.gates, "staging");
    if (level >= RiskLevel::High || emergency)
        appendOnce(p.gates, "cab");

    appendOnce(p.approvals, "release_manager");
    if (level >= RiskLevel::Medium)
        appendOnce(p.approvals, "service_owner");
    if (regulated)
        appendOnce(p.approvals, "security");
    if (level >= RiskLevel::High || emergency)
        appendOnce(p.approvals, "cab");

    static constexpr std::array<int, 4> kNoticeDays{1, 3, 5, 10};
    p.minimumNoticeDays = emergency ? 0 : kNoticeDays[static_cast<std::size_t>(level)];
    p.rollbackRehearsal = level >= RiskLevel::High;
    p.postReleaseReview = level == RiskLevel::Critical || emergency;
    return p;
}

QString toKey(UsersAffected v) {
    return QString::fromLatin1(levelOf(kUsers, v).key);
}
QString toKey(DataMigration v) {
    return QString::fromLatin1(levelOf(kData, v).key);
}
QString toKey(RollbackComplexity v) {
    return QString::fromLatin1(levelOf(kRollback, v).key);
}
QString toKey(RegulatoryExposure v) {
    return QString::fromLatin1(levelOf(kRegulatory, v).key);
}
QString toKey(Novelty v) {
    return QString::fromLatin1(levelOf(kNovelty, v).key);
}
QString toKey(RiskLevel v) {
    for (const auto& [l, key] : kLevels) {
        if (l == v)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<UsersAffected> usersAffectedFromKey(const QString& key) {
    return levelFromKey(kUsers, key);
}
std::optional<DataMigration> dataMigrationFromKey(const QString& key) {
    return levelFromKey(kData, key);
}
std::optional<RollbackComplexity> rollbackComplexityFromKey(const QString& key) {
    return levelFromKey(kRollback, key);
}
std::optional<RegulatoryExposure> regulatoryExposureFromKey(const QString& key) {
    return levelFromKey(kRegulatory, key);
}
std::optional<Novelty> noveltyFromKey(const QString& key) {
    return levelFromKey(kNovelty, key);
}
std::optional<RiskLevel> riskLevelFromKey(const QString& key) {
    for (const auto& [l, k] : kLevels) {
        if (key == QLatin1String(k))
            return l;
    }
    return std::nullopt;
}

QString displayName(UsersAffected v) {
    return Text::tr(levelOf(kUsers, v).name);
}
QString displayName(DataMigration v) {
    return Text::tr(levelOf(kData, v).name);
}
QString displayName(RollbackComplexity v) {
    return Text::tr(levelOf(kRollback, v).name);
}
QString displayName(RegulatoryExposure v) {
    return Text::tr(levelOf(kRegulatory, v).name);
}
QString displayName(Novelty v) {
    return Text::tr(levelOf(kNovelty, v).name);
}
QString displayName(RiskLevel v) {
    switch (v) {
    case RiskLevel::Low:
        return Text::tr("low");
    case RiskLevel::Medium:
        return Text::tr("medium");
    case RiskLevel::High:
        return Text::tr("high");
    case RiskLevel::Critical:
        return Text::tr("critical");
    }
    return {};
}

void RiskClassifier::assess(ChangeRequest& c, const RiskAnswers& answers) {
    const RiskAssessmentResult result = RiskClassifier::classify(answers);
    c.riskAnswers = toJson(answers);
    c.riskScore = result.score;
    c.riskLevel = result.level;
    c.riskDrivers.clear();
    for (const RiskDriver& d : result.drivers)
        c.riskDrivers << d.explanation;
}

bool RiskClassifier::reassess(ChangeRequest& c) {
    const auto answers = riskAnswersFromJson(c.riskAnswers);
    if (!answers)
        return false;
    assess(c, *answers);
    return true;
}

} // namespace slipway
