// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationCheckService.h"

#include "AuditedWrite.h"
#include "domain/InputText.h"
#include "storage/Database.h"
#include "storage/ReleaseRepository.h"
#include "storage/ValidationCheckRepository.h"
#include "storage/ValidationResultRepository.h"
#include "storage/ValidationStateReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ValidationCheckService)
};

constexpr qint64 kMaxImportBytes = qint64(4) * 1024 * 1024;
constexpr int kMaxImportChecks = 1000;
constexpr qsizetype kMaxReason = 400;
constexpr qsizetype kMaxExcerpt = 400;

Result<ValidationCheck> prepareCheck(Database& db, const ValidationCheck& check) {
    auto taken = ValidationCheckRepository(db).nameTaken(check);
    if (!taken)
        return taken.error();
    if (taken.value())
        return Error{Error::Kind::Validation,
                     Text::tr("Another check of the same %1 is named %2.")
                         .arg(check.releaseId > 0 ? Text::tr("release") : Text::tr("service"),
                              InputText::quoted(check.name.trimmed(), 80))};
    ValidationCheck ready = check;
    ready.name = check.name.trimmed();
    return ready;
}

RecordStore<ValidationCheck> store(Database& db) {
    RecordStore<ValidationCheck> s;
    s.entity = QStringLiteral("validation_check");
    s.action = Action::EditValidation;
    s.find = [&db](qint64 id) {
        return ValidationCheckRepository(db).find(id);
    };
    s.insert = [&db](const ValidationCheck& c, const QString& actor, qint64 now) {
        return ValidationCheckRepository(db).insert(c, actor, now);
    };
    s.update = [&db](const ValidationCheck& c, const QString& actor, qint64 now) {
        return ValidationCheckRepository(db).update(c, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return ValidationCheckRepository(db).remove(id, version);
    };
    s.validate = validateCheck;
    s.prepare = [&db](const ValidationCheck& c, const ValidationCheck*, qint64) {
        return prepareCheck(db, c);
    };
    return s;
}

QJsonObject stateImage(ValidationState state) {
    return {{QStringLiteral("validation"), toKey(state)}};
}

} // namespace

ValidationCheckService::ValidationCheckService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<ValidationCheck>> ValidationCheckService::forRelease(qint64 releaseId) const {
    return ValidationCheckRepository(m_db).forRelease(releaseId);
}

Result<QList<ValidationCheck>> ValidationCheckService::forService(qint64 serviceId) const {
    return ValidationCheckRepository(m_db).forService(serviceId);
}

Result<ValidationCheck> ValidationCheckService::find(qint64 checkId) const {
    return ValidationCheckRepository(m_db).find(checkId);
}

Result<ValidationCheck> ValidationCheckService::create(const ValidationCheck& check) {
    ValidationCheck fresh = check;
    fresh.id = 0;
    auto stored =
        AuditedWrite::insert(m_db, m_session, store(m_db), fresh, QStringLiteral("create"));
    if (stored)
        Q_EMIT checksChanged(stored->releaseId);
    return stored;
}

Result<ValidationCheck> ValidationCheckService::update(const ValidationCheck& check) {
    auto stored = AuditedWrite::update(m_db, m_session, store(m_db), check);
    if (stored)
        Q_EMIT checksChanged(stored->releaseId);
    return stored;
}

Result<void> ValidationCheckService::remove(qint64 checkId, qint64 rowVersion) {
    ValidationCheck removed;
    QList<CheckResult> results;
    const RecordStore<ValidationCheck> s = store(m_db);
    // The results go with the check (ON DELETE CASCADE); the audit entry says how many, and
    // they are kept here for an undo.
    auto done = AuditedWrite::run(
        m_db, m_session, s.action, QStringLiteral("delete"), s.entity,
        [&](qint64) -> Result<AuditedWrite::Logged> {
            auto before = s.find(checkId);
            if (!before)
                return before.error();
            removed = before.value();
            auto all = ValidationResultRepository(m_db).allForCheck(checkId);
            if (!all)
                return all.error();
            results = std::move(all.value());
            if (auto gone = s.remove(checkId, rowVersion); !gone)
                return gone.error();
            QJsonObject image = toJson(removed);
            image.insert(QStringLiteral("results_removed"), qint64(results.size()));
            return AuditedWrite::Logged{checkId, image, {}};
        });
    if (done) {
        m_removedResults.insert(checkId, std::move(results));
        Q_EMIT checksChanged(removed.releaseId);
    }
    return done;
}

// The results remove() took away with the check, back under its id; those of a release removed
// since stay gone. Inside restore()'s transaction.
Result<qint64> ValidationCheckService::restoreResults(qint64 checkId) {
    const auto kept = m_removedResults.constFind(checkId);
    if (checkId <= 0 || kept == m_removedResults.cend())
        return qint64(0);
    ValidationResultRepository repository(m_db);
    QHash<qint64, bool> releaseExists;
    qint64 count = 0;
    for (const CheckResult& r : kept.value()) {
        auto exists = releaseExists.constFind(r.releaseId);
        if (exists == releaseExists.cend()) {
            auto release = ReleaseRepository(m_db).find(r.releaseId);
            if (!release && release.error().kind != Error::Kind::NotFound)
                return release.error();
            exists = releaseExists.insert(r.releaseId, bool(release));
        }
        if (!exists.value())
            continue;
        CheckResult again = r;
        again.checkId = checkId;
        if (auto inserted = repository.insert(again); !inserted)
            return inserted.error();
        ++count;
    }
    return count;
}

Result<ValidationCheck> ValidationCheckService::restore(const ValidationCheck& check) {
    const RecordStore<ValidationCheck> s = store(m_db);
    if (const auto problems = validateCheck(check); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    ValidationCheck stored;
    auto done =
        AuditedWrite::run(m_db, m_session, s.action, QStringLiteral("restore"), s.entity,
                          [&](qint64 now) -> Result<AuditedWrite::Logged> {
                              auto ready = prepareCheck(m_db, check);
                              if (!ready)
                                  return ready.error();
                              auto written = s.insert(ready.value(), m_session.actor, now);
                              if (!written)
                                  return written.error();
                              stored = written.value();
                              auto restored = restoreResults(stored.id);
                              if (!restored)
                                  return restored.error();
                              QJsonObject image = toJson(stored);
                              image.insert(QStringLiteral("results_restored"), restored.value());
                              return AuditedWrite::Logged{stored.id, {}, image};
                          });
    if (!done)
        return done.error();
    m_removedResults.remove(check.id);
    Q_EMIT checksChanged(stored.releaseId);
    return stored;
}

Result<QList<ValidationCheck>> ValidationCheckService::importFile(qint64 releaseId,
                                                                  const QString& path) {
    const QString file = QFileInfo(path).fileName();
    auto fail = [&](const QString& where, const QString& message) {
        return Error{Error::Kind::Usage, where.isEmpty()
                                             ? Text::tr("%1: %2").arg(file, message)
                                             : Text::tr("%1: %2: %3").arg(file, where, message)};
    };
    if (auto release = ReleaseRepository(m_db).find(releaseId); !release)
        return release.error();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, Text::tr("%1: cannot read: %2").arg(file, in.errorString())};
    if (in.size() > kMaxImportBytes)
        return fail(QString(), Text::tr("larger than %1 MB").arg(kMaxImportBytes / 1024 / 1024));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QString(), Text::tr("not JSON: %1 at byte %2")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    if (!document.isObject() || !document.object().value(QStringLiteral("checks")).isArray())
        return fail(QString(), Text::tr("expected {\"checks\": [ … ]}"));
    const QJsonArray list = document.object().value(QStringLiteral("checks")).toArray();
    if (list.size() > kMaxImportChecks)
        return fail(QStringLiteral("checks"),
                    Text::tr("more than %1 checks").arg(kMaxImportChecks));

    QList<ValidationCheck> checks;
    QSet<QString> names;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("checks[%1]").arg(i);
        if (!list.at(i).isObject())
            return fail(at, Text::tr("must be an object"));
        const QJsonObject o = list.at(i).toObject();
        ValidationCheck c;
        c.releaseId = releaseId;
        if (!o.value(QStringLiteral("name")).isString())
            return fail(at + QStringLiteral(".name"), Text::tr("missing or not text"));
        c.name = o.value(QStringLiteral("name")).toString().trimmed();
        const QString kindKey = o.value(QStringLiteral("kind")).toString(QStringLiteral("http"));
        const auto kind = checkKindFromKey(kindKey);
        if (!kind)
            return fail(at + QStringLiteral(".kind"),
                        Text::tr("unknown kind %1; known: http, transaction")
                            .arg(InputText::quoted(kindKey, 30)));
        c.kind = *kind;
        for (const auto& [key, target] :
             {std::pair{"schedule_hours", &c.scheduleHours}, {"interval_min", &c.intervalMin}}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                continue;
            if (!v.isDouble() || v.toDouble() != double(v.toInt()))
                return fail(at + u'.' + QLatin1String(key), Text::tr("must be a whole number"));
            *target = v.toInt();
        }
        if (o.contains(QStringLiteral("enabled"))) {
            if (!o.value(QStringLiteral("enabled")).isBool())
                return fail(at + QStringLiteral(".enabled"), Text::tr("must be true or false"));
            c.enabled = o.value(QStringLiteral("enabled")).toBool();
        }
        if (!o.value(QStringLiteral("definition")).isObject())
            return fail(at + QStringLiteral(".definition"), Text::tr("missing or not an object"));
        auto steps = ValidationCheck::stepsFromDefinition(
            c.kind, o.value(QStringLiteral("definition")).toObject(),
            Text::tr("%1: %2.definition").arg(file, at), &c.timeoutMs);
        if (!steps)
            return steps.error();
        c.steps = steps.value();
        if (const auto problems = validateCheck(c); !problems.isEmpty())
            return fail(at, problems.first().message);
        if (names.contains(c.name.toCaseFolded()))
            return fail(at + QStringLiteral(".name"),
                        Text::tr("%1 is used by an earlier check in the file")
                            .arg(InputText::quoted(c.name, 80)));
        names.insert(c.name.toCaseFolded());
        checks.append(c);
    }

    QList<ValidationCheck> created;
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::EditValidation,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            QList<AuditedWrite::Entry> entries;
            ValidationCheckRepository repository(m_db);
            for (qsizetype i = 0; i < checks.size(); ++i) {
                auto ready = prepareCheck(m_db, checks.at(i));
                if (!ready)
                    return fail(QStringLiteral("checks[%1]").arg(i), ready.error().message);
                auto written = repository.insert(ready.value(), m_session.actor, now);
                if (!written)
                    return written.error();
                created.append(written.value());
                entries.append({QStringLiteral("import"),
                                QStringLiteral("validation_check"),
                                written->id,
                                {},
                                toJson(written.value()),
                                {}});
            }
            return entries;
        });
    if (!done)
        return done.error();
    if (!created.isEmpty())
        Q_EMIT checksChanged(releaseId);
    return created;
}

Result<void> ValidationCheckService::record(const QList<CheckResult>& results) {
    QList<qint64> releases;
    for (const CheckResult& r : results) {
        if (r.checkId <= 0 || r.releaseId <= 0)
            return Error{Error::Kind::Usage,
                         Text::tr("A result needs a stored check and a release.")};
        if (!releases.contains(r.releaseId))
            releases.append(r.releaseId);
    }
    if (results.isEmpty())
        return {};
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::RunValidation, [&](qint64) -> Result<QList<AuditedWrite::Entry>> {
            ValidationStateReader reader(m_db);
            QHash<qint64, ValidationState> before;
            for (const qint64 id : std::as_const(releases)) {
                auto state = reader.read(id);
                if (!state)
                    return state.error();
                if (!state->contains(id))
                    return Error{Error::Kind::NotFound,
                                 Text::tr("Release %1 no longer exists — reload.").arg(id)};
                before.insert(id, state->value(id));
            }
            ValidationResultRepository repository(m_db);
            QHash<qint64, int> failing;
            QHash<qint64, int> count;
            for (CheckResult r : results) {
                r.runBy = m_session.actor;
                r.reason = InputText::singleLine(r.reason, kMaxReason);
                r.excerpt = InputText::singleLine(r.excerpt, kMaxExcerpt);
                r.failedStep = InputText::singleLine(r.failedStep, 200);
                if (auto inserted = repository.insert(r); !inserted)
                    return inserted.error();
                ++count[r.releaseId];
                if (!r.ok)
                    ++failing[r.releaseId];
            }
            QList<AuditedWrite::Entry> entries;
            for (const qint64 id : std::as_const(releases)) {
                auto state = reader.read(id);
                if (!state)
                    return state.error();
                const ValidationState after = state->value(id);
                if (after == before.value(id))
                    continue;
                QJsonObject image = stateImage(after);
                image.insert(QStringLiteral("results"), count.value(id));
                image.insert(QStringLiteral("failing"), failing.value(id));
                entries.append({QStringLiteral("validate"),
                                QStringLiteral("release"),
                                id,
                                stateImage(before.value(id)),
                                image,
                                {}});
            }
            return entries;
        });
    if (!done)
        return done;
    for (const qint64 id : std::as_const(releases))
        Q_EMIT resultsRecorded(id);
    return {};
}

Result<QList<CheckResult>> ValidationCheckService::results(qint64 checkId, qint64 releaseId,
                                                           qint64 fromMs, qint64 toMs) const {
    return ValidationResultRepository(m_db).forCheck(checkId, releaseId, fromMs, toMs);
}

Result<QHash<qint64, CheckResult>> ValidationCheckService::latest(qint64 releaseId) const {
    return ValidationResultRepository(m_db).latest(releaseId);
}

Result<QHash<qint64, ValidationState>> ValidationCheckService::states() const {
    return ValidationStateReader(m_db).read();
}

Result<QList<QPair<ValidationCheck, qint64>>> ValidationCheckService::due(qint64 nowMs) const {
    if (m_db.schemaVersion() < 21)
        return QList<QPair<ValidationCheck, qint64>>{};
    auto scheduled = ValidationCheckRepository(m_db).scheduled();
    if (!scheduled)
        return scheduled.error();
    QList<QPair<ValidationCheck, qint64>> out;
    for (const ValidationCheckRepository::Scheduled& s : scheduled.value()) {
        const qint64 deployedMs = s.deployedAtSecs * 1000;
        const qint64 endMs = deployedMs + qint64(s.check.scheduleHours) * 3600 * 1000;
        if (nowMs < deployedMs || nowMs >= endMs)
            continue;
        if (s.lastRunMs > 0 && nowMs - s.lastRunMs < qint64(s.check.intervalMin) * 60 * 1000)
            continue;
        out.append({s.check, s.releaseId});
    }
    return out;
}

} // namespace slipway
