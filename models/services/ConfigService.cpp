// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigService.h"

#include "AuditedWrite.h"
#include "domain/FieldLimits.h"
#include "domain/InputText.h"
#include "rules/Permissions.h"
#include "rules/SecretDetector.h"
#include "rules/SecretReference.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/StaleRow.h"

#include <QMap>

#include <algorithm>

namespace slipway {
namespace {

const QString kEntity = QStringLiteral("config_item");
constexpr qsizetype kMaxKey = 128;

// Keys as deployment tools write them: DB_HOST, payments.db.url, feature/checkout-v2.
bool isKeyChar(QChar c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
           c == u'_' || c == u'.' || c == u'-' || c == u'/';
}

Error usage(const QString& message) {
    return Error{Error::Kind::Usage, message};
}

// Once a release has gone out, the configuration it went out with is its record: a change
// belongs to the next release. Read inside the write's transaction.
Result<void> refuseIfDeployed(Database& db, qint64 releaseId) {
    auto release = ReleaseRepository(db).find(releaseId);
    if (!release)
        return release.error();
    switch (release->status) {
    case ReleaseStatus::Deploying:
    case ReleaseStatus::Deployed:
    case ReleaseStatus::RolledBack:
    case ReleaseStatus::Closed:
        return Error{
            Error::Kind::Refused,
            ConfigService::tr("%1 is %2: the configuration it was deployed with is "
                              "its record; change it in the next release.")
                .arg(releaseLabel(release->name, release->version), displayName(release->status))};
    default:
        return {};
    }
}

bool sameSetting(const ConfigItem& a, const ConfigItem& b) {
    return a.value == b.value && a.secretRef == b.secretRef && a.isSecret == b.isSecret;
}

} // namespace

ConfigService::ConfigService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<ConfigItem>> ConfigService::items(qint64 releaseId, qint64 environmentId) const {
    return ConfigRepository(m_db).items(releaseId, environmentId);
}

QString ConfigService::mask() {
    return QStringLiteral("••••");
}

QString ConfigService::shownValue(const ConfigItem& item) {
    if (item.isReference())
        return item.secretRef;
    return item.isSecret ? mask() : item.value;
}

Result<ConfigItem> ConfigService::prepared(const Setting& s) {
    const QString key = s.key.trimmed();
    if (key.isEmpty())
        return usage(tr("Name the configuration key."));
    if (key.size() > kMaxKey)
        return usage(tr("%1: a configuration key has at most %2 characters")
                         .arg(InputText::quoted(key))
                         .arg(kMaxKey));
    if (!std::all_of(key.cbegin(), key.cend(), isKeyChar))
        return usage(tr("%1 is not a configuration key: use letters, digits and _ . - /")
                         .arg(InputText::quoted(key)));
    const bool hasReference = !s.reference.trimmed().isEmpty();
    if (hasReference && !s.value.isEmpty())
        return usage(tr("%1: give a value or a reference, not both").arg(key));
    ConfigItem item;
    item.releaseId = s.releaseId;
    item.environmentId = s.environmentId;
    item.key = key;
    if (hasReference) {
        auto reference = SecretReference::parse(s.reference.trimmed());
        if (!reference)
            return usage(tr("%1: %2").arg(key, reference.error().message));
        item.secretRef = reference->toString();
        item.isSecret = true;
        return item;
    }
    if (s.value.isEmpty())
        return usage(tr("%1: the value is empty; remove the key instead").arg(key));
    if (s.value.size() > FieldLimits::kText) // never quoted: it might be a secret
        return usage(tr("%1: the value has %2 characters; at most %3 are allowed")
                         .arg(key)
                         .arg(s.value.size())
                         .arg(FieldLimits::kText));
    if (SecretReference::hasReferencePrefix(s.value.trimmed()))
        return usage(tr("%1: the value reads like a secret reference; store it as a reference "
                        "(--ref) instead")
                         .arg(key));
    if (const auto reason = SecretDetector::looksSecret(key, s.value))
        return usage(tr("%1: looks like %2; keep it in a secret store and store a reference "
                        "such as vault:PATH#FIELD with --ref")
                         .arg(key, *reason));
    item.value = s.value;
    item.isSecret = s.secret;
    return item;
}

// Someone set the key, or removed it, between the service's first look and its write: the
// message names who and when, from the row itself or, for a removal, from the audit log.
Error ConfigService::changedMeanwhile(const QString& key, const std::optional<ConfigItem>& now,
                                      const std::optional<ConfigItem>& looked) const {
    if (now)
        return staleRowError(m_db, QStringLiteral("config_items"), now->id, key);
    const LastChange last = looked ? lastChangeOf(m_db, kEntity, looked->id) : LastChange{};
    if (last.known())
        return Error{Error::Kind::Stale,
                     tr("“%1” was removed by %2 at %3 — reload.").arg(key, last.actor, last.when)};
    return Error{Error::Kind::Stale, tr("%1 was changed meanwhile — reload.").arg(key)};
}

Result<ConfigService::Stored> ConfigService::set(const Setting& setting) {
    auto ready = prepared(setting);
    if (!ready)
        return ready.error();
    ConfigRepository repo(m_db);
    // The same setting again changes nothing and writes nothing, but only for someone who
    // could have written it.
    auto current = repo.findKey(ready->releaseId, ready->environmentId, ready->key);
    if (!current)
        return current.error();
    if (current.value() && sameSetting(*current.value(), ready.value())) {
        auto rights = PeopleRepository(m_db).rightsOf(m_session.actor);
        if (!rights)
            return rights.error();
        if (auto allowed = authorize(rights.value(), Action::EditConfiguration); !allowed)
            return allowed.error();
        return Stored{*current.value(), Outcome::Unchanged};
    }
    Stored stored;
    const bool exists = current.value().has_value();
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditConfiguration,
        exists ? QStringLiteral("update") : QStringLiteral("create"), kEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            if (auto open = refuseIfDeployed(m_db, ready->releaseId); !open)
                return open.error();
            auto before = repo.findKey(ready->releaseId, ready->environmentId, ready->key);
            if (!before)
                return before.error();
            if (before.value().has_value() != exists)
                return changedMeanwhile(ready->key, before.value(), current.value());
            if (!exists) {
                auto inserted = repo.insert(ready.value(), m_session.actor, now);
                if (!inserted)
                    return inserted.error();
                stored = {inserted.value(), Outcome::Created};
                return AuditedWrite::Logged{inserted->id, {}, toJson(inserted.value()), {}};
            }
            ConfigItem changed = *before.value();
            changed.value = ready->value;
            changed.secretRef = ready->secretRef;
            changed.isSecret = ready->isSecret;
            auto updated = repo.update(changed, m_session.actor, now);
            if (!updated && updated.error().kind == Error::Kind::NotFound) // removed meanwhile
                return changedMeanwhile(ready->key, std::nullopt, before.value());
            if (!updated)
                return updated.error();
            stored = {updated.value(), Outcome::Updated};
            return AuditedWrite::Logged{
                updated->id, toJson(*before.value()), toJson(updated.value()), {}};
        });
    if (!done)
        return done.error();
    Q_EMIT configurationChanged(stored.item.releaseId);
    return stored;
}

Result<ConfigItem> ConfigService::unset(qint64 releaseId, qint64 environmentId,
                                        const QString& key) {
    ConfigRepository repo(m_db);
    ConfigItem removed;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditConfiguration, QStringLiteral("delete"), kEntity,
        [&](qint64) -> Result<AuditedWrite::Logged> {
            if (auto open = refuseIfDeployed(m_db, releaseId); !open)
                return open.error();
            auto before = repo.findKey(releaseId, environmentId, key.trimmed());
            if (!before)
                return before.error();
            if (!before.value())
                return Error{Error::Kind::NotFound,
                             tr("%1: no such key in this environment")
                                 .arg(InputText::singleLine(key.trimmed(), kMaxKey))};
            removed = *before.value();
            if (auto gone = repo.remove(removed.id, removed.rowVersion); !gone)
                return gone.error();
            return AuditedWrite::Logged{removed.id, toJson(removed), {}, {}};
        });
    if (!done)
        return done.error();
    Q_EMIT configurationChanged(releaseId);
    return removed;
}

int ConfigService::Diff::count(DiffEntry::Change change) const {
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [&](const DiffEntry& e) { return e.change == change; }));
}

Result<ConfigService::Diff> ConfigService::diff(qint64 releaseId, qint64 fromEnvironmentId,
                                                qint64 toEnvironmentId) const {
    ConfigRepository repo(m_db);
    auto from = repo.items(releaseId, fromEnvironmentId);
    if (!from)
        return from.error();
    auto to = repo.items(releaseId, toEnvironmentId);
    if (!to)
        return to.error();
    QMap<QString, ConfigItem> before;
    QMap<QString, ConfigItem> after;
    for (const ConfigItem& c : std::as_const(from.value()))
        before.insert(c.key, c);
    for (const ConfigItem& c : std::as_const(to.value()))
        after.insert(c.key, c);
    QStringList keys = before.keys() + after.keys();
    keys.sort();
    keys.removeDuplicates();
    Diff out;
    using Change = DiffEntry::Change;
    for (const QString& key : std::as_const(keys)) {
        const auto b = before.constFind(key);
        const auto a = after.constFind(key);
        DiffEntry e;
        e.key = key;
        if (b == before.cend()) {
            e.change = Change::Added;
            e.to = shownValue(*a);
            e.secret = a->isSecret;
        } else if (a == after.cend()) {
            e.change = Change::Removed;
            e.from = shownValue(*b);
            e.secret = b->isSecret;
        } else {
            e.secret = a->isSecret || b->isSecret;
            if (a->fingerprint() == b->fingerprint()) {
                if (!a->isReference()) {
                    ++out.unchanged;
                    continue;
                }
                e.change = Change::SameReference;
            } else if (e.secret) {
                e.change = Change::SecretChanged; // neither side shown
            } else {
                e.change = Change::Changed;
                e.from = b->value;
                e.to = a->value;
            }
        }
        out.entries << e;
    }
    return out;
}

} // namespace slipway
