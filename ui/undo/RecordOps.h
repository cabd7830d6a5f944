// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace slipway::ui {

// How a command reaches the service for one kind of record (blackout, person, known issue …).
template <typename T> struct RecordOps {
    std::function<Result<T>(qint64 id)> find;
    std::function<Result<T>(const T&)> create;
    std::function<Result<T>(const T&)> update;
    std::function<Result<T>(const T&)> restore; // brings a removed record back under its id
    std::function<Result<void>(qint64 id, qint64 rowVersion)> remove;
};

// Binds RecordOps to a service whose methods are named find/create/update/restore/remove.
template <typename T, typename Service> RecordOps<T> serviceOps(Service& s) {
    return {[&s](qint64 id) { return s.find(id); }, [&s](const T& r) { return s.create(r); },
            [&s](const T& r) { return s.update(r); }, [&s](const T& r) { return s.restore(r); },
            [&s](qint64 id, qint64 version) {
                return s.remove(id, version);
            }};
}

// The row version to write over a record this session left as `expected`. When the stored
// record still matches it (row version and bookkeeping aside), the stored version: other
// commands of this session may have bumped it. Otherwise someone else saved it since, and
// the version this session knew is returned, so the service's guarded write refuses with its
// own "changed by NAME at TIME — reload" instead of overwriting their work.
template <typename T> Result<qint64> versionToWrite(const RecordOps<T>& ops, const T& expected) {
    auto stored = ops.find(expected.id);
    if (!stored)
        return stored.error();
    const auto content = [](const T& record) {
        QJsonObject json = toJson(record);
        json.remove(QStringLiteral("row_version"));
        return json;
    };
    if (content(stored.value()) == content(expected))
        return stored->rowVersion;
    if (stored->rowVersion == expected.rowVersion) // changed without a new version: never write
        return Error{
            Error::Kind::Stale,
            QCoreApplication::translate("UndoCommand", "This record was changed since — reload.")};
    return expected.rowVersion;
}

} // namespace slipway::ui
