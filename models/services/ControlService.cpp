// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlService.h"

#include "AuditedWrite.h"
#include "storage/ControlFactsReader.h"
#include "storage/ControlRepository.h"
#include "storage/Database.h"
#include "storage/ReleaseRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ControlService)
};

const QString kTagEntity = QStringLiteral("release_tag");
const QString kRecordEntity = QStringLiteral("control_record");

RecordStore<RegulatoryControl> store(Database& db) {
    RecordStore<RegulatoryControl> s;
    s.entity = QStringLiteral("regulatory_control");
    s.action = Action::EditControls;
    s.find = [&db](qint64 id) {
        return ControlRepository(db).find(id);
    };
    s.insert = [&db](const RegulatoryControl& c, const QString& actor, qint64 now) {
        return ControlRepository(db).insert(c, actor, now);
    };
    s.update = [&db](const RegulatoryControl& c, const QString& actor, qint64 now) {
        return ControlRepository(db).update(c, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return ControlRepository(db).remove(id, version);
    };
    s.validate = validateRegulatoryControl;
    s.prepare = [&db](const RegulatoryControl& c, const RegulatoryControl* before,
                      qint64) -> Result<RegulatoryControl> {
        auto taken = ControlRepository(db).nameTaken(c.tag, c.name, before ? before->id : c.id);
        if (!taken)
            return taken.error();
        if (taken.value())
            return Error{Error::Kind::Validation,
                         Text::tr("%1 already has a control named “%2”.")
                             .arg(tagDisplayName(c.tag), c.name.trimmed())};
        return c;
    };
    return s;
}

QJsonObject tagsImage(qint64 releaseId, const QStringList& tags) {
    return QJsonObject{{QStringLiteral("release_id"), releaseId},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
}

Result<RegulatoryControl> attestable(Database& db, qint64 controlId) {
    auto control = ControlRepository(db).find(controlId);
    if (!control)
        return control.error();
    if (control->kind != ControlKind::Attestation)
        return Error{Error::Kind::Validation,
                     Text::tr("Control %1 (“%2”) is judged from the file; only a control that "
                              "asks for a recorded reference takes one.")
                         .arg(controlId)
                         .arg(control->name)};
    return control;
}

} // namespace

bool ControlService::ReleaseControls::passes() const {
    return std::none_of(checks.cbegin(), checks.cend(),
                        [](const ControlCheck& c) { return c.state == ControlState::Fails; });
}

ControlService::ControlService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<RegulatoryControl>> ControlService::controls() const {
    constexpr int kControlsSchema = 23; // a file opened read-only may be older
    if (m_db.schemaVersion() < kControlsSchema)
        return QList<RegulatoryControl>();
    return ControlRepository(m_db).all();
}

Result<RegulatoryControl> ControlService::find(qint64 id) const {
    return ControlRepository(m_db).find(id);
}

Result<RegulatoryControl> ControlService::create(const RegulatoryControl& control) {
    RegulatoryControl fresh = control;
    fresh.id = 0;
    fresh.tag = normalisedTag(control.tag).isEmpty() ? control.tag : normalisedTag(control.tag);
    auto stored =
        AuditedWrite::insert(m_db, m_session, store(m_db), fresh, QStringLiteral("create"));
    if (stored)
        Q_EMIT controlsChanged();
    return stored;
}

Result<RegulatoryControl> ControlService::update(const RegulatoryControl& control) {
    auto stored = AuditedWrite::update(m_db, m_session, store(m_db), control);
    if (stored)
        Q_EMIT controlsChanged();
    return stored;
}

Result<void> ControlService::remove(qint64 id, qint64 rowVersion, QList<ControlRecord>* records) {
    const RecordStore<RegulatoryControl> s = store(m_db);
    const QString deleted = QStringLiteral("delete");
    QList<ControlRecord> taken;
    auto done = AuditedWrite::runMany(
        m_db, m_session, s.action, [&](qint64) -> Result<QList<AuditedWrite::Entry>> {
            auto before = s.find(id);
            if (!before)
                return before.error();
            // The references go with the control (the schema cascades); each is logged so
            // the trail shows what went, and undo can bring it back as it was.
            auto recorded = ControlRepository(m_db).recordsOf(id);
            if (!recorded)
                return recorded.error();
            taken = recorded.value();
            if (auto gone = s.remove(id, rowVersion); !gone)
                return gone.error();
            QList<AuditedWrite::Entry> entries{
                {deleted, s.entity, id, toJson(before.value()), {}, {}}};
            for (const ControlRecord& r : std::as_const(taken))
                entries.append({deleted, kRecordEntity, r.releaseId, toJson(r), {}, {}});
            return entries;
        });
    if (!done)
        return done.error();
    if (records)
        *records = taken;
    Q_EMIT controlsChanged();
    for (const ControlRecord& r : std::as_const(taken))
        Q_EMIT releaseControlsChanged(r.releaseId);
    return {};
}

Result<RegulatoryControl> ControlService::restore(const RegulatoryControl& control,
                                                  const QList<ControlRecord>& records) {
    const RecordStore<RegulatoryControl> s = store(m_db);
    if (const auto problems = s.validate(control); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    const QString restored = QStringLiteral("restore");
    RegulatoryControl stored;
    QList<qint64> releases;
    auto done = AuditedWrite::runMany(
        m_db, m_session, s.action, [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            auto ready = s.prepare(control, nullptr, now);
            if (!ready)
                return ready.error();
            auto written = s.insert(ready.value(), m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            QList<AuditedWrite::Entry> entries{
                {restored, s.entity, stored.id, {}, toJson(stored), {}}};
            ControlRepository repo(m_db);
            for (ControlRecord r : records) {
                // Only this control's references, and only for releases still in the file.
                if (r.controlId != control.id)
                    continue;
                r.controlId = stored.id;
                if (auto release = ReleaseRepository(m_db).find(r.releaseId); !release) {
                    if (release.error().kind == Error::Kind::NotFound)
                        continue;
                    return release.error();
                }
                if (auto put = repo.putRecord(r); !put)
                    return put.error();
                entries.append({restored, kRecordEntity, r.releaseId, {}, toJson(r), {}});
                releases << r.releaseId;
            }
            return entries;
        });
    if (!done)
        return done.error();
    Q_EMIT controlsChanged();
    for (qint64 releaseId : std::as_const(releases))
        Q_EMIT releaseControlsChanged(releaseId);
    return stored;
}

Result<QStringList> ControlService::releaseTags(qint64 releaseId) const {
    return ControlRepository(m_db).tagsOf(releaseId);
}

Result<void> ControlService::tag(qint64 releaseId, const QString& tag) {
    return changeTag(releaseId, tag, true);
}

Result<void> ControlService::untag(qint64 releaseId, const QString& tag) {
    return changeTag(releaseId, tag, false);
}

Result<void> ControlService::changeTag(qint64 releaseId, const QString& text, bool add) {
    const QString tag = normalisedTag(text);
    if (tag.isEmpty())
        return Error{Error::Kind::Validation,
                     Text::tr("The tag “%1” must be one word of at most 40 letters, digits, '-' "
                              "or '_'.")
                         .arg(text.left(60))};
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditControls,
        add ? QStringLiteral("tag") : QStringLiteral("untag"), kTagEntity,
        [&](qint64) -> Result<AuditedWrite::Logged> {
            auto release = ReleaseRepository(m_db).find(releaseId);
            if (!release)
                return release.error();
            ControlRepository repo(m_db);
            auto before = repo.tagsOf(releaseId);
            if (!before)
                return before.error();
            const QString label = releaseLabel(release->name, release->version);
            auto changed = add ? repo.addTag(releaseId, tag) : repo.removeTag(releaseId, tag);
            if (!changed)
                return changed.error();
            if (!changed.value())
                return Error{Error::Kind::Validation,
                             add ? Text::tr("%1 is tagged %2 already.").arg(label, tag)
                                 : Text::tr("%1 is not tagged %2.").arg(label, tag)};
            auto after = repo.tagsOf(releaseId);
            if (!after)
                return after.error();
            return AuditedWrite::Logged{releaseId,
                                        tagsImage(releaseId, before.value()),
                                        tagsImage(releaseId, after.value()),
                                        {}};
        });
    if (!done)
        return done.error();
    Q_EMIT releaseControlsChanged(releaseId);
    return {};
}

Result<std::optional<ControlRecord>> ControlService::record(qint64 releaseId,
                                                            qint64 controlId) const {
    return ControlRepository(m_db).record(releaseId, controlId);
}

Result<std::optional<ControlRecord>> ControlService::attest(qint64 releaseId, qint64 controlId,
                                                            ControlOutcome outcome,
                                                            const QString& reference) {
    ControlRecord fresh;
    fresh.releaseId = releaseId;
    fresh.controlId = controlId;
    fresh.outcome = outcome;
    fresh.reference = reference.trimmed();
    fresh.recordedBy = m_session.actor;
    if (const auto problems = validateControlRecord(fresh); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    std::optional<ControlRecord> previous;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::AttestControl, QStringLiteral("attest"), kRecordEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            if (auto release = ReleaseRepository(m_db).find(releaseId); !release)
                return release.error();
            if (auto control = attestable(m_db, controlId); !control)
                return control.error();
            ControlRepository repo(m_db);
            auto before = repo.record(releaseId, controlId);
            if (!before)
                return before.error();
            previous = before.value();
            fresh.recordedAt = now;
            if (auto put = repo.putRecord(fresh); !put)
                return put.error();
            return AuditedWrite::Logged{
                releaseId, previous ? toJson(*previous) : QJsonObject(), toJson(fresh), {}};
        });
    if (!done)
        return done.error();
    Q_EMIT releaseControlsChanged(releaseId);
    return previous;
}

Result<std::optional<ControlRecord>> ControlService::clearAttestation(qint64 releaseId,
                                                                      qint64 controlId) {
    std::optional<ControlRecord> previous;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::AttestControl, QStringLiteral("clear"), kRecordEntity,
        [&](qint64) -> Result<AuditedWrite::Logged> {
            ControlRepository repo(m_db);
            auto before = repo.record(releaseId, controlId);
            if (!before)
                return before.error();
            if (!before.value())
                return Error{Error::Kind::Validation,
                             Text::tr("Nothing is recorded for control %1 of release %2.")
                                 .arg(controlId)
                                 .arg(releaseId)};
            previous = before.value();
            if (auto gone = repo.removeRecord(releaseId, controlId); !gone)
                return gone.error();
            return AuditedWrite::Logged{releaseId, toJson(*previous), {}, {}};
        });
    if (!done)
        return done.error();
    Q_EMIT releaseControlsChanged(releaseId);
    return previous;
}

Result<void> ControlService::putBack(qint64 releaseId, qint64 controlId,
                                     const std::optional<ControlRecord>& previous) {
    auto done = AuditedWrite::run(
        m_db, m_session, Action::AttestControl, QStringLiteral("restore"), kRecordEntity,
        [&](qint64) -> Result<AuditedWrite::Logged> {
            ControlRepository repo(m_db);
            auto before = repo.record(releaseId, controlId);
            if (!before)
                return before.error();
            if (previous) {
                if (auto put = repo.putRecord(*previous); !put)
                    return put.error();
            } else if (auto gone = repo.removeRecord(releaseId, controlId); !gone) {
                return gone.error();
            }
            return AuditedWrite::Logged{releaseId,
                                        before.value() ? toJson(*before.value()) : QJsonObject(),
                                        previous ? toJson(*previous) : QJsonObject(),
                                        {}};
        });
    if (!done)
        return done.error();
    Q_EMIT releaseControlsChanged(releaseId);
    return {};
}

Result<ControlService::ReleaseControls> ControlService::status(qint64 releaseId) const {
    if (auto release = ReleaseRepository(m_db).find(releaseId); !release)
        return release.error();
    auto all = controls();
    if (!all)
        return all.error();
    auto facts = ControlFactsReader(m_db).read(releaseId);
    if (!facts)
        return facts.error();
    const ControlFacts f = facts->value(releaseId);
    ReleaseControls out;
    out.releaseId = releaseId;
    out.tags = QStringList(f.tags.cbegin(), f.tags.cend());
    out.tags.sort();
    out.checks = evaluateControls(all.value(), f);
    return out;
}

Result<QHash<qint64, ControlService::ReleaseControls>> ControlService::statusAll() const {
    auto all = controls();
    if (!all)
        return all.error();
    auto facts = ControlFactsReader(m_db).read();
    if (!facts)
        return facts.error();
    QHash<qint64, ReleaseControls> out;
    for (auto it = facts->cbegin(); it != facts->cend(); ++it) {
        ReleaseControls r;
        r.releaseId = it.key();
        r.tags = QStringList(it->tags.cbegin(), it->tags.cend());
        r.tags.sort();
        r.checks = evaluateControls(all.value(), it.value());
        out.insert(it.key(), r);
    }
    return out;
}

} // namespace slipway
