// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentMatrixBuilder.h"

#include "domain/Release.h"
#include "rules/SbomPins.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(EnvironmentMatrixBuilder)
};

int kindRank(const QString& kind) {
    static const QStringList order{QStringLiteral("dev"), QStringLiteral("test"),
                                   QStringLiteral("staging"), QStringLiteral("prod")};
    const qsizetype at = order.indexOf(kind);
    return at < 0 ? int(order.size()) : int(at);
}

// What a release brings to an environment: one row's identity and the version.
struct Contribution {
    QString key;
    QString name;
    QString group;
    QString purl;
    QString version;
    MatrixComponent::Kind kind = MatrixComponent::Kind::Component;
};

// The release a product currently runs in an environment.
struct Current {
    qint64 releaseId = 0;
    qint64 since = 0;
    MatrixPlacement::Source source = MatrixPlacement::Source::Deployment;
    qint64 deploymentId = 0;
    QString recordVersion; // the version the deployment record names
};

// Where each release's rows of `parts` are: [first, end).
QHash<qint64, QPair<int, int>> partRanges(const QList<MatrixFacts::Part>& parts) {
    QHash<qint64, QPair<int, int>> ranges;
    int i = 0;
    while (i < parts.size()) {
        const qint64 release = parts.at(i).releaseId;
        int end = i;
        while (end < parts.size() && parts.at(end).releaseId == release)
            ++end;
        ranges.insert(release, {i, end});
        i = end;
    }
    return ranges;
}

class Contributions {
public:
    Contributions(const MatrixFacts& facts)
        : m_facts(facts)
        , m_ranges(partRanges(facts.parts)) {}

    // The release's components at their versions; its product when it has no list.
    // `recordVersion` replaces the release's version for the product.
    QList<Contribution> of(qint64 releaseId, const QString& recordVersion = {}) {
        auto cached = m_cache.constFind(releaseId);
        if (cached == m_cache.constEnd())
            cached = m_cache.insert(releaseId, fromParts(releaseId));
        const QList<Contribution>& list = cached.value();
        if (!list.isEmpty())
            return list;
        const auto release = m_facts.releases.constFind(releaseId);
        if (release == m_facts.releases.constEnd())
            return list;
        const QString product = EnvironmentMatrixBuilder::productOf(release.value());
        Contribution c;
        c.key = product.toLower();
        c.name = product;
        c.version = recordVersion.isEmpty() ? release->version : recordVersion;
        c.kind = MatrixComponent::Kind::Product;
        return {c};
    }

private:
    QList<Contribution> fromParts(qint64 releaseId) const {
        QList<Contribution> out;
        const auto range = m_ranges.constFind(releaseId);
        if (range == m_ranges.constEnd())
            return out;
        QSet<QString> seen;
        for (int i = range->first; i < range->second; ++i) {
            const MatrixFacts::Part& p = m_facts.parts.at(i);
            // A range is a constraint (a pin), not something that runs; without a version
            // there is nothing to compare.
            if (p.versionIsRange || SbomPins::looksLikeConstraint(p.version) ||
                p.version.trimmed().isEmpty() || p.name.trimmed().isEmpty())
                continue;
            Contribution c;
            c.key = matrixKey(p.purl, p.group, p.name);
            if (seen.contains(c.key))
                continue; // the subject comes first and wins
            seen.insert(c.key);
            c.name = p.name.trimmed();
            c.group = p.group.trimmed();
            c.purl = p.purl.isEmpty() ? QString() : purlWithoutVersion(p.purl);
            c.version = p.version.trimmed();
            out << c;
        }
        return out;
    }

    const MatrixFacts& m_facts;
    QHash<qint64, QPair<int, int>> m_ranges;
    QHash<qint64, QList<Contribution>> m_cache;
};

struct Placed {
    int row = 0;
    int column = 0;
    MatrixPlacement placement;
};

} // namespace

bool EnvironmentMatrixBuilder::isPlanned(ReleaseStatus status) {
    switch (status) {
    case ReleaseStatus::Planned:
    case ReleaseStatus::Scheduled:
    case ReleaseStatus::InProgress:
    case ReleaseStatus::Approved:
    case ReleaseStatus::Deploying:
        return true;
    default:
        return false;
    }
}

bool EnvironmentMatrixBuilder::stageEnters(const QString& stage, const Environment& environment) {
    if (environment.kind == u"prod")
        return false;
    const QString s = stage.trimmed().toLower();
    if (s.isEmpty())
        return false;
    if (s == environment.name.trimmed().toLower())
        return true;
    QString kind;
    if (s == u"staging" || s == u"stage")
        kind = QStringLiteral("staging");
    else if (s == u"test" || s == u"testing" || s == u"qa")
        kind = QStringLiteral("test");
    else if (s == u"development" || s == u"dev")
        kind = QStringLiteral("dev");
    return !kind.isEmpty() && kind == environment.kind;
}

QString EnvironmentMatrixBuilder::productOf(const MatrixFacts::Release& release) {
    QString best;
    for (const QString& service : release.services) {
        if (release.name.startsWith(service, Qt::CaseInsensitive) && service.size() > best.size())
            best = service;
    }
    if (!best.isEmpty())
        return best;
    const QString name = release.name.trimmed();
    const qsizetype at = release.version.isEmpty() ? -1 : name.indexOf(release.version);
    const QString base = at > 0 ? name.left(at).trimmed() : name;
    return base.isEmpty() ? name : base;
}

EnvironmentMatrix EnvironmentMatrixBuilder::build(const MatrixFacts& facts) {
    EnvironmentMatrix m;
    m.environments = facts.environments;
    std::sort(m.environments.begin(), m.environments.end(),
              [](const Environment& a, const Environment& b) {
                  const int ra = kindRank(a.kind), rb = kindRank(b.kind);
                  if (ra != rb)
                      return ra < rb;
                  const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
                  return byName != 0 ? byName < 0 : a.id < b.id;
              });
    const int columns = m.columnCount();
    QHash<qint64, int> columnOfEnvironment;
    for (int c = 0; c < columns; ++c)
        columnOfEnvironment.insert(m.environments.at(c).id, c);

    // Each environment's arrivals, oldest first.
    QList<QList<const MatrixFacts::Arrival*>> arrivals(columns);
    for (const MatrixFacts::Arrival& a : facts.arrivals) {
        if (!facts.releases.contains(a.releaseId))
            continue;
        if (a.kind == MatrixFacts::Arrival::Kind::Promoted) {
            for (int c = 0; c < columns; ++c) {
                if (stageEnters(a.stage, m.environments.at(c)))
                    arrivals[c] << &a;
            }
        } else if (const auto c = columnOfEnvironment.constFind(a.environmentId);
                   c != columnOfEnvironment.constEnd()) {
            arrivals[c.value()] << &a;
        }
    }

    Contributions contributions(facts);
    QHash<qint64, QString> productCache;
    const auto productOfRelease = [&](qint64 id) {
        auto it = productCache.constFind(id);
        if (it != productCache.constEnd())
            return it.value();
        return productCache[id] = productOf(facts.releases.value(id)).toLower();
    };

    QHash<QString, int> rowOfKey;
    QList<Placed> placed;
    for (int c = 0; c < columns; ++c) {
        auto& list = arrivals[c];
        std::sort(list.begin(), list.end(), [](const auto* a, const auto* b) {
            if (a->at != b->at)
                return a->at < b->at;
            if (a->kind != b->kind)
                return int(a->kind) > int(b->kind); // a promotion before the record
            return a->id < b->id;
        });
        // Product → the releases that ran there, the current one last.
        QMap<QString, QList<Current>> stacks;
        for (const MatrixFacts::Arrival* a : std::as_const(list)) {
            QList<Current>& stack = stacks[productOfRelease(a->releaseId)];
            if (a->kind == MatrixFacts::Arrival::Kind::RolledBack) {
                stack.removeIf([&](const Current& k) { return k.releaseId == a->releaseId; });
                continue;
            }
            const bool record = a->kind == MatrixFacts::Arrival::Kind::Deployed;
            if (!stack.isEmpty() && stack.last().releaseId == a->releaseId) {
                // Promoted, then deployed: it runs since it arrived, as the record says.
                if (record) {
                    stack.last().source = MatrixPlacement::Source::Deployment;
                    stack.last().deploymentId = a->id;
                    stack.last().recordVersion = a->version;
                }
                continue;
            }
            stack.removeIf([&](const Current& k) { return k.releaseId == a->releaseId; });
            stack << Current{a->releaseId, a->at,
                             record ? MatrixPlacement::Source::Deployment
                                    : MatrixPlacement::Source::Promotion,
                             record ? a->id : 0, record ? a->version : QString()};
        }
        for (auto it = stacks.cbegin(); it != stacks.cend(); ++it) {
            if (it->isEmpty())
                continue;
            const Current& now = it->last();
            const MatrixFacts::Release& release = facts.releases[now.releaseId];
            for (const Contribution& k : contributions.of(now.releaseId, now.recordVersion)) {
                auto row = rowOfKey.constFind(k.key);
                if (row == rowOfKey.constEnd()) {
                    row = rowOfKey.insert(k.key, int(m.components.size()));
                    m.components << MatrixComponent{k.key, k.name, k.group, k.purl, k.kind};
                }
                MatrixPlacement p;
                p.version = k.version;
                p.since = now.since;
                p.releaseId = now.releaseId;
                p.releaseLabel = releaseLabel(release.name, release.version);
                p.source = now.source;
                p.deploymentId = now.deploymentId;
                p.verified =
                    release.artifacts > 0 && release.verifiedArtifacts == release.artifacts;
                placed << Placed{row.value(), c, p};
            }
        }
    }

    // Rows by label; cells filled through the new order.
    QList<int> order(m.components.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int byLabel =
            m.components.at(a).label().compare(m.components.at(b).label(), Qt::CaseInsensitive);
        return byLabel != 0 ? byLabel < 0 : m.components.at(a).key < m.components.at(b).key;
    });
    QList<int> newRow(order.size());
    QList<MatrixComponent> sorted;
    sorted.reserve(order.size());
    for (int i = 0; i < order.size(); ++i) {
        newRow[order.at(i)] = i;
        sorted << m.components.at(order.at(i));
    }
    m.components = sorted;
    m.cells.resize(qsizetype(m.components.size()) * columns);
    for (const Placed& p : std::as_const(placed))
        m.cell(newRow.at(p.row), p.column).placements << p.placement;
    for (MatrixCell& cell : m.cells) {
        std::sort(cell.placements.begin(), cell.placements.end(),
                  [](const MatrixPlacement& a, const MatrixPlacement& b) {
                      return a.version != b.version ? a.version < b.version
                                                    : a.releaseId < b.releaseId;
                  });
    }

    QList<int> staging, production;
    for (int c = 0; c < columns; ++c) {
        if (m.environments.at(c).kind == u"staging")
            staging << c;
        else if (m.environments.at(c).kind == u"prod")
            production << c;
    }

    // Drift (a): what staging runs that production does not, unless a planned release brings it.
    if (!staging.isEmpty() && !production.isEmpty()) {
        QHash<QString, QSet<QString>> carried; // row key → versions planned releases carry
        for (auto it = facts.releases.cbegin(); it != facts.releases.cend(); ++it) {
            if (!isPlanned(it->status))
                continue;
            for (const Contribution& k : contributions.of(it.key()))
                carried[k.key].insert(k.version);
        }
        const auto versionsIn = [&](int row, const QList<int>& cols) {
            QStringList out;
            for (int c : cols) {
                for (const QString& v : m.cell(row, c).versions()) {
                    if (!out.contains(v))
                        out << v;
                }
            }
            return out;
        };
        for (int row = 0; row < m.rowCount(); ++row) {
            const QStringList inStaging = versionsIn(row, staging);
            const QStringList inProduction = versionsIn(row, production);
            if (inStaging.isEmpty() || inProduction.isEmpty())
                continue;
            QStringList missing;
            for (const QString& v : inStaging) {
                if (!inProduction.contains(v))
                    missing << v;
            }
            const QSet<QString> planned = carried.value(m.components.at(row).key);
            const bool closed = std::any_of(missing.cbegin(), missing.cend(),
                                            [&](const QString& v) { return planned.contains(v); });
            if (missing.isEmpty() || closed)
                continue;
            for (int c : staging + production) {
                if (!m.cell(row, c).isEmpty())
                    m.cell(row, c).gap = true;
            }
            MatrixDrift d;
            d.kind = MatrixDrift::Kind::StagingProductionGap;
            d.row = row;
            d.stagingVersions = inStaging;
            d.productionVersions = inProduction;
            d.message = Text::tr("%1: staging runs %2, production runs %3, and no planned "
                                 "release carries %4")
                            .arg(m.components.at(row).label(), inStaging.join(QStringLiteral(", ")),
                                 inProduction.join(QStringLiteral(", ")),
                                 missing.join(QStringLiteral(", ")));
            m.drift << d;
        }
    }

    // Drift (b): production running what was never verified, per release and environment.
    for (int c : std::as_const(production)) {
        QMap<qint64, int> unverifiedRows; // release → rows it placed here
        for (int row = 0; row < m.rowCount(); ++row) {
            MatrixCell& cell = m.cell(row, c);
            for (const MatrixPlacement& p : std::as_const(cell.placements)) {
                if (p.verified)
                    continue;
                cell.unverified = true;
                unverifiedRows[p.releaseId] += 1;
            }
        }
        for (auto it = unverifiedRows.cbegin(); it != unverifiedRows.cend(); ++it) {
            const MatrixFacts::Release& release = facts.releases[it.key()];
            MatrixDrift d;
            d.kind = MatrixDrift::Kind::UnverifiedInProduction;
            d.environmentId = m.environments.at(c).id;
            d.releaseId = it.key();
            d.releaseLabel = releaseLabel(release.name, release.version);
            d.components = it.value();
            d.artifacts = release.artifacts;
            d.verifiedArtifacts = release.verifiedArtifacts;
            d.message = release.artifacts == 0
                            ? Text::tr("%1 runs %2, never verified: the release has no artifacts")
                                  .arg(m.environments.at(c).name, d.releaseLabel)
                            : Text::tr("%1 runs %2, never verified: %3 of its %4 artifacts are not "
                                       "verified")
                                  .arg(m.environments.at(c).name, d.releaseLabel)
                                  .arg(release.artifacts - release.verifiedArtifacts)
                                  .arg(release.artifacts);
            m.drift << d;
        }
    }
    return m;
}

} // namespace slipway
