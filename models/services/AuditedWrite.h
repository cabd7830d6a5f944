// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Release.h"
#include "domain/Result.h"
#include "rules/Permissions.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace slipway {

class Database;

// The one shape of an audited edit: check the permission and the domain rules, write the row
// and its audit entry in one transaction, commit. A service describes each kind of record
// once (how to find, insert, update and remove it, and who may) and shares these steps.
template <typename T> struct RecordStore {
    QString entity; // the audit log's name for it: "blackout", "incident_freeze" …
    Action action = Action::EditCalendar; // what the session must be allowed to do
    std::function<Result<T>(qint64 id)> find;
    std::function<Result<T>(const T&, const QString& actor, qint64 now)> insert;
    std::function<Result<T>(const T&, const QString& actor, qint64 now)> update;
    std::function<Result<void>(qint64 id, qint64 rowVersion)> remove;
    std::function<QList<FieldProblem>(const T&)> validate;
    // Refuses a removal that would silently take other rows with it; may be empty.
    std::function<Result<void>(const T&)> mayRemove;
    // Inside the transaction, before an insert (before == nullptr) or an update: checks that
    // need the file (unique names) and fields the service sets itself. May be empty.
    std::function<Result<T>(const T& record, const T* before, qint64 now)> prepare;
};

class AuditedWrite {
public:
    // Checks the permission, then writes `change` and its audit entry in one transaction.
    // `change` returns {entity id, before JSON, after JSON}.
    struct Logged {
        qint64 id = 0;
        QJsonObject before;
        QJsonObject after;
        QString changeTicket; // the record's own ticket; empty: the session's
    };
    static Result<void> run(Database& db, const Session& session, Action action,
                            const QString& auditAction, const QString& entity,
                            const std::function<Result<Logged>(qint64 now)>& change);

    // The same for a change that writes several rows (an import, a batch): an entry each, one
    // transaction for all of them.
    struct Entry {
        QString action;
        QString entity;
        qint64 id = 0;
        QJsonObject before;
        QJsonObject after;
        QString changeTicket; // the record's own ticket; empty: the session's
    };
    static Result<void> runMany(Database& db, const Session& session, Action action,
                                const std::function<Result<QList<Entry>>(qint64 now)>& change);

    static Error validationError(const QList<FieldProblem>& problems);

    template <typename T>
    static Result<T> insert(Database& db, const Session& session, const RecordStore<T>& store,
                            const T& record, const QString& auditAction) {
        if (const auto problems = store.validate(record); !problems.isEmpty())
            return validationError(problems);
        T stored;
        auto done = run(db, session, store.action, auditAction, store.entity,
                        [&](qint64 now) -> Result<Logged> {
                            T ready = record;
                            if (store.prepare) {
                                auto prepared = store.prepare(record, nullptr, now);
                                if (!prepared)
                                    return prepared.error();
                                ready = std::move(prepared.value());
                            }
                            auto written = store.insert(ready, session.actor, now);
                            if (!written)
                                return written.error();
                            stored = written.value();
                            return Logged{stored.id, {}, toJson(stored)};
                        });
        if (!done)
            return done.error();
        return stored;
    }

    template <typename T>
    static Result<T> update(Database& db, const Session& session, const RecordStore<T>& store,
                            const T& record) {
        if (const auto problems = store.validate(record); !problems.isEmpty())
            return validationError(problems);
        T stored;
        auto done = run(db, session, store.action, QStringLiteral("update"), store.entity,
                        [&](qint64 now) -> Result<Logged> {
                            auto before = store.find(record.id);
                            if (!before)
                                return before.error();
                            T ready = record;
                            if (store.prepare) {
                                auto prepared = store.prepare(record, &before.value(), now);
                                if (!prepared)
                                    return prepared.error();
                                ready = std::move(prepared.value());
                            }
                            auto written = store.update(ready, session.actor, now);
                            if (!written)
                                return written.error();
                            stored = written.value();
                            return Logged{stored.id, toJson(before.value()), toJson(stored)};
                        });
        if (!done)
            return done.error();
        return stored;
    }

    // `removed`, when given, receives the record as it was.
    template <typename T>
    static Result<void> remove(Database& db, const Session& session, const RecordStore<T>& store,
                               qint64 id, qint64 rowVersion, T* removed = nullptr) {
        return run(db, session, store.action, QStringLiteral("delete"), store.entity,
                   [&](qint64) -> Result<Logged> {
                       auto before = store.find(id);
                       if (!before)
                           return before.error();
                       if (removed)
                           *removed = before.value();
                       if (store.mayRemove) {
                           if (auto allowed = store.mayRemove(before.value()); !allowed)
                               return allowed.error();
                       }
                       if (auto gone = store.remove(id, rowVersion); !gone)
                           return gone.error();
                       return Logged{id, toJson(before.value()), {}};
                   });
    }
};

} // namespace slipway
