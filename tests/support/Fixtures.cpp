// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixtures.h"

#include "TestSupport.h"
#include "services/CabMeetingService.h"
#include "services/GateService.h"
#include "services/PeopleService.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

namespace slipway::test {

Release newRelease(const QString& name, const QString& version, ReleaseType type) {
    Release r;
    r.name = name;
    r.version = version;
    r.type = type;
    return r;
}

Release releaseFromNow(const QString& name, const QString& version, ReleaseType type,
                       int startsInDays, qint64 lengthSecs) {
    Release r = newRelease(name, version, type);
    r.windowStart = QDateTime::currentDateTimeUtc().addDays(startsInDays);
    r.windowEnd = r.windowStart.addSecs(lengthSecs);
    return r;
}

Release releaseBetween(const QString& name, qint64 startUtc, qint64 endUtc, ReleaseType type) {
    Release r = newRelease(name, QStringLiteral("1.0.0"), type);
    r.windowStart = QDateTime::fromSecsSinceEpoch(startUtc, Qt::UTC);
    r.windowEnd = QDateTime::fromSecsSinceEpoch(endUtc, Qt::UTC);
    return r;
}

qint64 createRelease(ReleaseService& releases, const Release& release) {
    auto created = releases.create(release);
    if (!created) {
        helperFailed(
            QStringLiteral("cannot create %1: %2")
                .arg(releaseLabel(release.name, release.version), created.error().message));
        return 0;
    }
    return created->id;
}

qint64 scheduleMeeting(CabMeetingService& meetings, qint64 startUtc, const QString& title) {
    CabMeeting m;
    m.title = title;
    m.startUtc = startUtc;
    m.endUtc = startUtc + 3600;
    auto created = meetings.create(m);
    if (!created) {
        helperFailed(QStringLiteral("cannot schedule %1: %2").arg(title, created.error().message));
        return 0;
    }
    return created->id;
}

RiskAssessment riskiestAssessment(qint64 releaseId, ReleaseType keptType, const QString& reason) {
    RiskAssessment a;
    a.releaseId = releaseId;
    a.answers.users = UsersAffected::AllCustomers;
    a.answers.dataMigration = DataMigration::Irreversible;
    a.answers.rollback = RollbackComplexity::Impossible;
    a.answers.regulatory = RegulatoryExposure::Regulated;
    a.overrideType = keptType;
    a.overrideReason = reason;
    return a;
}

Person personWithLogin(const QString& name, const QString& login, const QStringList& roles) {
    Person p;
    p.name = name;
    p.login = login;
    p.roles = roles;
    return p;
}

bool addPeople(Database& db, const QString& by, const QList<Person>& people) {
    PeopleService service(db, Session{by, {}});
    for (const Person& p : people) {
        auto created = service.create(p);
        if (!created) {
            helperFailed(QStringLiteral("cannot add %1: %2").arg(p.name, created.error().message));
            return false;
        }
    }
    return true;
}

void addTwoTeams(Database& db) {
    const QString stamp = QStringLiteral("'t', 0, 't', 0");
    exec(db, QStringLiteral("INSERT INTO teams (id, name, created_by, created_at, updated_by, "
                            "updated_at) VALUES (1, 'Payments', %1), (2, 'Checkout', %1)")
                 .arg(stamp));
    exec(db, QStringLiteral("INSERT INTO services (id, name, team_id, created_by, created_at, "
                            "updated_by, updated_at) VALUES (1, 'Payments API', 1, %1), "
                            "(2, 'Checkout Web', 2, %1)")
                 .arg(stamp));
}

qint64 criterionId(GateService& gates, qint64 releaseId, const QString& name) {
    auto c = gates.criterionNamed(releaseId, name);
    if (!c) {
        helperFailed(QStringLiteral("release %1 has no criterion %2: %3")
                         .arg(releaseId)
                         .arg(name, c.error().message));
        return 0;
    }
    return c->id;
}

} // namespace slipway::test
