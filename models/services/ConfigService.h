// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/ConfigItem.h"
#include "domain/Result.h"

#include <QList>
#include <QObject>

#include <optional>

namespace slipway {

class Database;

// A release's configuration per environment, without secrets: a key holds a plain value or
// a reference to a secret store. A value that looks like a secret (SecretDetector) is refused
// with a message naming the key and offering a reference instead; nothing is written. Every
// change is permission-checked and audited, a value marked secret only by its SHA-256.
class ConfigService : public QObject {
    Q_OBJECT
public:
    ConfigService(Database& db, Session session, QObject* parent = nullptr);
    const Session& session() const { return m_session; }

    // By environment name, then key; `environmentId` 0: every environment's.
    Result<QList<ConfigItem>> items(qint64 releaseId, qint64 environmentId = 0) const;

    // What to store under a key: a value, or a reference (SecretReference's syntax).
    struct Setting {
        qint64 releaseId = 0;
        qint64 environmentId = 0;
        QString key;
        QString value;
        QString reference;
        bool secret = false; // a plain value to keep out of lists, diffs and exports
    };
    // The setting as it would be stored (key trimmed, reference in its canonical form), or a
    // Usage error in one line naming the key: a bad key, neither or both of value and
    // reference, a bad reference, or a value that looks like a secret. Never quotes a value.
    static Result<ConfigItem> prepared(const Setting& setting);

    enum class Outcome { Created, Updated, Unchanged };
    struct Stored {
        ConfigItem item;
        Outcome outcome = Outcome::Created;
    };
    // Inserts or updates the key; the same setting again writes nothing (Unchanged).
    Result<Stored> set(const Setting& setting);
    // Removes the key; NotFound when the environment has no such key. The setting as it was.
    Result<ConfigItem> unset(qint64 releaseId, qint64 environmentId, const QString& key);

    // How the configuration of one environment differs from another's, key by key. The
    // values of secret keys are never part of it: only whether the secret changed, or that
    // both name the same reference.
    struct DiffEntry {
        enum class Change { Added, Removed, Changed, SecretChanged, SameReference };
        QString key;
        Change change = Change::Changed;
        QString from; // shown text (shownValue) in `fromEnv`; empty for secrets when changed
        QString to;
        bool secret = false;
    };
    struct Diff {
        QList<DiffEntry> entries; // by key
        int unchanged = 0;        // keys the same in both, not listed
        int count(DiffEntry::Change change) const;
    };
    Result<Diff> diff(qint64 releaseId, qint64 fromEnvironmentId, qint64 toEnvironmentId) const;

    // How a setting may be shown: its value, its reference, or a mask for a value marked
    // secret.
    static QString shownValue(const ConfigItem& item);
    static QString mask(); // "••••"

Q_SIGNALS:
    void configurationChanged(qint64 releaseId);

private:
    Error changedMeanwhile(const QString& key, const std::optional<ConfigItem>& now,
                           const std::optional<ConfigItem>& looked) const;

    Database& m_db;
    Session m_session;
};

} // namespace slipway
