// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinService.h"

#include "AuditedWrite.h"
#include "domain/EnvironmentMatrix.h"
#include "rules/EnvironmentMatrixBuilder.h"
#include "rules/VersionConstraint.h"
#include "storage/ComponentRepository.h"
#include "storage/MatrixFactsReader.h"
#include "storage/PinRepository.h"

#include <algorithm>

namespace slipway {
namespace {

QString labelOf(const Component& c) {
    return c.group.isEmpty() ? c.name : c.group + u'/' + c.name;
}

QJsonObject imageOf(const Pin& p) {
    return {{QStringLiteral("release_id"), p.releaseId},
            {QStringLiteral("component"), p.component},
            {QStringLiteral("target"), p.target},
            {QStringLiteral("constraint"), p.constraint},
            {QStringLiteral("source"), toKey(p.source)}};
}

} // namespace

PinService::PinService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<Pin>> PinService::pins(qint64 releaseId) const {
    return PinRepository(m_db).forRelease(releaseId);
}

Result<Pin> PinService::pin(qint64 releaseId, const QString& component, const QString& target,
                            const QString& constraint, std::optional<QString>* previous) {
    const QString wantedTarget = target.trimmed();
    const QString text = constraint.trimmed();
    if (component.trimmed().isEmpty())
        return Error{Error::Kind::Usage, tr("A pin needs the component that depends.")};
    if (wantedTarget.isEmpty())
        return Error{Error::Kind::Usage, tr("A pin needs what the component depends on.")};
    if (text.isEmpty())
        return Error{Error::Kind::Usage, tr("A pin needs a version constraint.")};
    auto parsed = VersionConstraint::parse(text);
    if (!parsed)
        return Error{Error::Kind::Usage,
                     tr("'%1' is not a version constraint: %2").arg(text, parsed.error().message)};

    // The component, as the release's list labels it (or its product without a list).
    auto release = MatrixFactsReader(m_db).release(releaseId);
    if (!release)
        return release.error();
    auto parts = ComponentRepository(m_db).forRelease(releaseId);
    if (!parts)
        return parts.error();
    const QString wanted = component.trimmed();
    QString canonical;
    QStringList known;
    for (const Component& c : parts.value()) {
        if (c.versionIsRange)
            continue;
        known << labelOf(c);
        if (canonical.isEmpty() &&
            (labelOf(c).compare(wanted, Qt::CaseInsensitive) == 0 ||
             c.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
             (!c.purl.isEmpty() &&
              matrixKey(c.purl, c.group, c.name) == purlWithoutVersion(wanted).toLower())))
            canonical = labelOf(c);
    }
    if (known.isEmpty()) {
        const QString product = EnvironmentMatrixBuilder::productOf(release.value());
        known << product;
        if (product.compare(wanted, Qt::CaseInsensitive) == 0)
            canonical = product;
    }
    if (canonical.isEmpty()) {
        const QStringList shown = known.mid(0, 5);
        return Error{Error::Kind::Usage,
                     tr("The release has no component '%1' (it has %2%3)")
                         .arg(wanted, shown.join(QStringLiteral(", ")),
                              known.size() > shown.size() ? QStringLiteral(", …") : QString())};
    }

    Pin stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RegisterArtifact, QStringLiteral("pin"), QStringLiteral("pin"),
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            PinRepository repo(m_db);
            // The hand-set pin on this component and target, the target in any case (as
            // unpin() finds it), so pinning "OpenSSL" after "openssl" changes that pin.
            auto all = repo.forRelease(releaseId);
            if (!all)
                return all.error();
            const auto existing = std::find_if(all->cbegin(), all->cend(), [&](const Pin& p) {
                return p.source == Pin::Source::Manual && p.component == canonical &&
                       p.target.compare(wantedTarget, Qt::CaseInsensitive) == 0;
            });
            if (previous)
                *previous = std::nullopt;
            if (existing != all->cend()) {
                Pin changed = *existing;
                if (previous)
                    *previous = changed.constraint;
                const QJsonObject before = imageOf(changed);
                changed.constraint = text;
                auto written = repo.updateConstraint(changed, m_session.actor, now);
                if (!written)
                    return written.error();
                stored = written.value();
                return AuditedWrite::Logged{stored.id, before, imageOf(stored)};
            }
            Pin fresh;
            fresh.releaseId = releaseId;
            fresh.component = canonical;
            fresh.target = wantedTarget;
            fresh.constraint = text;
            fresh.source = Pin::Source::Manual;
            auto written = repo.insert(fresh, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, {}, imageOf(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT pinsChanged(releaseId);
    return stored;
}

Result<Pin> PinService::unpin(qint64 releaseId, const QString& component, const QString& target) {
    Pin removed;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RegisterArtifact, QStringLiteral("unpin"), QStringLiteral("pin"),
        [&](qint64) -> Result<AuditedWrite::Logged> {
            PinRepository repo(m_db);
            auto all = repo.forRelease(releaseId);
            if (!all)
                return all.error();
            for (const Pin& p : all.value()) {
                if (p.source == Pin::Source::Manual &&
                    p.component.compare(component.trimmed(), Qt::CaseInsensitive) == 0 &&
                    p.target.compare(target.trimmed(), Qt::CaseInsensitive) == 0) {
                    if (auto gone = repo.remove(p.id, p.rowVersion); !gone)
                        return gone.error();
                    removed = p;
                    return AuditedWrite::Logged{p.id, imageOf(p), {}};
                }
            }
            return Error{Error::Kind::NotFound, tr("The release has no pin set by hand of %1 on %2")
                                                    .arg(component.trimmed(), target.trimmed())};
        });
    if (!done)
        return done.error();
    Q_EMIT pinsChanged(releaseId);
    return removed;
}

} // namespace slipway
