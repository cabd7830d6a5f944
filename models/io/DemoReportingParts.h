// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of DemoReporting, sharing what they have read and whom they cast.

#include "DemoAudit.h"

#include "domain/ChangeRequest.h"
#include "domain/Deployment.h"
#include "domain/Deviation.h"
#include "domain/Person.h"
#include "domain/Release.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace slipway {
class Database;
}

namespace slipway::DemoReporting {

inline constexpr qint64 kHour = 3600;
inline constexpr qint64 kDay = 86400;
inline constexpr qint64 kYear = 365 * kDay;

inline quint64 mix(quint64 x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

inline quint64 hashOf(quint32 seed, const QString& text) {
    quint64 h = mix(seed);
    for (const QChar ch : text)
        h = mix(h ^ ch.unicode());
    return h;
}

inline QString handleOf(const Person& p) {
    const QString handle = p.email.section(u'@', 0, 0);
    return handle.isEmpty() ? p.name : handle;
}

struct Context {
    Context(Database& database, qint64 anchorSecs, quint32 seedValue)
        : db(database)
        , anchor(anchorSecs)
        , seed(seedValue)
        , audit{database} {}

    Database& db;
    qint64 anchor = 0;
    quint32 seed = 0;
    DemoAuditWriter audit;
    QList<Release> releases;
    QHash<qint64, QList<Deployment>> production; // release → its production deployments, in order
    QList<ChangeRequest> changes;
    QList<Deviation> existing; // the review of the last year before this part
    QSet<qint64> flagged;      // releases it lists
    QStringList managers, cab, operations;
    QHash<QString, QString> nameOf; // handle → name
    qint64 nextTicket = 0;

    QString pick(const QStringList& pool, quint64 h, const QStringList& avoid) const {
        for (qsizetype k = 0; k < pool.size(); ++k) {
            const QString& who = pool[qsizetype((h + quint64(k)) % quint64(pool.size()))];
            if (!avoid.contains(who))
                return who;
        }
        return QStringLiteral("demo");
    }
    QList<ChangeRequest> changesOf(qint64 releaseId) const {
        QList<ChangeRequest> out;
        for (const ChangeRequest& c : changes)
            if (c.releaseId == releaseId)
                out << c;
        return out;
    }
};

// Regulatory tags on the releases of the last year and the coming months, with the
// attestations of those closed.
Result<void> writeTags(Context& c);
// A release deployed with a regulatory tag whose control fails: past its guards.
Result<void> writeFailingControl(Context& c);
// Corrective actions in every state on the deviations of the last year.
Result<void> writeActions(Context& c);

} // namespace slipway::DemoReporting
