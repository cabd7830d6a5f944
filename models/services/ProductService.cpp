// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductService.h"

#include "AuditedWrite.h"
#include "domain/InputText.h"
#include "rules/ReleaseVersioning.h"
#include "storage/Database.h"
#include "storage/ProductRepository.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProductService)
};

// The audit log's name for a product's versioning.
const QString kEntity = QStringLiteral("product");
constexpr int kListed = 10; // releases named in one refusal

bool isReleased(ReleaseStatus status) {
    return status == ReleaseStatus::Deployed || status == ReleaseStatus::Closed;
}

} // namespace

ProductService::ProductService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<Product>> ProductService::all() const {
    return ProductRepository(m_db).all();
}

Result<Product> ProductService::find(qint64 id) const {
    return ProductRepository(m_db).find(id);
}

Result<Product> ProductService::lookUp(const QString& text) const {
    const QString wanted = text.trimmed();
    auto all = ProductRepository(m_db).all();
    if (!all)
        return all.error();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    QList<Product> matches;
    for (const Product& p : all.value())
        if ((isNumber && p.id == id) || p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            matches << p;
    for (const Product& p : std::as_const(matches))
        if (p.name == wanted || (isNumber && p.id == id))
            return p; // an exact name or the id wins over a case-insensitive match
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error{Error::Kind::Usage, Text::tr("no product is %1 (give a service's id or name; "
                                                  "'slipway product list' shows them)")
                                             .arg(InputText::quoted(wanted))};
    QStringList candidates;
    for (const Product& p : std::as_const(matches))
        candidates << QStringLiteral("%1 (%2)").arg(p.id).arg(p.name);
    return Error{Error::Kind::Usage,
                 Text::tr("%1 is ambiguous: %2")
                     .arg(InputText::quoted(wanted), candidates.join(QStringLiteral(", ")))};
}

namespace {

// Every release of the product must read under the new scheme, or its version would stop
// meaning anything: refuses naming those that would not.
Result<void> requireReadable(ProductRepository& repo, qint64 productId,
                             const VersionScheme& scheme) {
    auto product = repo.find(productId);
    if (!product)
        return product.error();
    auto versions = repo.versionsOf(productId);
    if (!versions)
        return versions.error();
    QStringList unreadable;
    qsizetype count = 0;
    for (const auto& v : versions.value()) {
        if (scheme.validate(v.version))
            continue;
        if (++count <= kListed)
            unreadable << QStringLiteral("%1 (%2)").arg(v.releaseId).arg(v.version);
    }
    if (count == 0)
        return {};
    return Error{Error::Kind::Validation,
                 Text::tr("%1 cannot use %2: %n of its releases have versions that are not of "
                          "that scheme: %3%4",
                          nullptr, int(count))
                     .arg(product->name, scheme.displayName(),
                          unreadable.join(QStringLiteral(", ")),
                          count > kListed ? Text::tr(" …") : QString())};
}

} // namespace

Result<Product> ProductService::setScheme(qint64 productId, const VersionScheme& scheme,
                                          qint64 rowVersion) {
    ProductRepository repo(m_db);
    // Checked before writing, so a refusal leaves the file as it was, and again inside the
    // transaction, where it counts.
    if (auto readable = requireReadable(repo, productId, scheme); !readable)
        return readable.error();
    Product stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditRelease, QStringLiteral("update"), kEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            auto before = repo.find(productId);
            if (!before)
                return before.error();
            if (auto readable = requireReadable(repo, productId, scheme); !readable)
                return readable.error();
            auto changed =
                repo.setScheme(productId, scheme.key(), rowVersion, m_session.actor, now);
            if (!changed)
                return changed.error();
            stored = changed.value();
            return AuditedWrite::Logged{productId, toJson(before.value()), toJson(stored), {}};
        });
    if (!done)
        return done.error();
    Q_EMIT productChanged(productId);
    return stored;
}

Result<QList<FieldProblem>> ProductService::validate(Database& db, const Release& release) {
    if (release.productId <= 0)
        return validateRelease(release);
    ProductRepository repo(db);
    if (!repo.hasProducts())
        return validateRelease(release);
    auto product = repo.find(release.productId);
    if (!product) {
        if (product.error().kind != Error::Kind::NotFound)
            return product.error();
        QList<FieldProblem> problems = validateRelease(release);
        problems.append({QStringLiteral("product"),
                         Text::tr("Product %1 does not exist.").arg(release.productId)});
        return problems;
    }
    auto scheme = VersionScheme::fromKey(product->schemeKey);
    if (!scheme)
        return scheme.error();
    return ReleaseVersioning::validate(release, scheme.value());
}

Result<void> ProductService::requireUniqueVersion(Database& db, const Release& release) {
    if (release.productId <= 0)
        return {};
    ProductRepository repo(db);
    auto other = repo.holding(release.productId, release.version, release.id);
    if (!other)
        return other.error();
    if (!other.value())
        return {};
    auto product = repo.find(release.productId);
    const QString productName = product ? product->name : QString::number(release.productId);
    return Error{Error::Kind::Validation,
                 Text::tr("%1 already has version %2: release %3 \"%4\". A version is unique per "
                          "product; choose another.")
                     .arg(productName, release.version)
                     .arg(other.value()->releaseId)
                     .arg(other.value()->name)};
}

Result<VersionAdvice> ProductService::advise(const Release& release, QDate today) const {
    VersionAdvice advice;
    ProductRepository repo(m_db);
    if (release.productId > 0 && repo.hasProducts()) {
        auto product = repo.find(release.productId);
        if (!product)
            return product.error();
        auto scheme = VersionScheme::fromKey(product->schemeKey);
        if (!scheme)
            return scheme.error();
        advice.productId = product->id;
        advice.productName = product->name;
        advice.scheme = scheme.value();
        auto versions = repo.versionsOf(product->id);
        if (!versions)
            return versions.error();
        // The highest released version by the scheme's precedence; one that does not read
        // under the scheme cannot be compared and is left out.
        for (const auto& v : versions.value()) {
            if (v.releaseId == release.id || !isReleased(v.status))
                continue;
            if (!advice.scheme.validate(v.version))
                continue;
            if (advice.lastReleased.isEmpty() ||
                advice.scheme.compare(v.version, advice.lastReleased).value() > 0) {
                advice.lastReleased = v.version;
                advice.lastReleasedId = v.releaseId;
            }
        }
    }
    auto scope = repo.scopeOf(release.id);
    if (!scope)
        return scope.error();
    advice.scope = ReleaseVersioning::countScope(scope.value());
    QDate day = today;
    if (release.windowStart.isValid()) {
        const QTimeZone zone(release.windowZone.toUtf8());
        day = release.windowStart.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
    }
    auto next = advice.scheme.suggestNext(advice.lastReleased, advice.scope, day);
    if (next)
        advice.suggested = next.value();
    else
        advice.suggestionProblem = next.error().message;
    // A version another release of the product has taken already (1.6.0 planned before this
    // one) is no suggestion: the same step is taken again from it until one is free.
    for (int step = 0; advice.productId > 0 && !advice.suggested.isEmpty() && step < 50; ++step) {
        auto taken = repo.holding(advice.productId, advice.suggested, release.id);
        if (!taken)
            return taken.error();
        if (!taken.value())
            break;
        auto after = advice.scheme.suggestNext(advice.suggested, advice.scope, day);
        if (!after || after.value() == advice.suggested)
            break;
        advice.suggested = after.value();
    }
    const QString chosen = release.version.trimmed();
    advice.warnings = advice.scheme.warnings(chosen, advice.lastReleased, advice.suggested);
    // Versions another release of the product already has: the chosen one cannot be saved,
    // and the suggested one would have to wait for it.
    if (advice.productId > 0) {
        QStringList versions{chosen};
        if (advice.suggested != chosen)
            versions << advice.suggested;
        for (const QString& version : std::as_const(versions)) {
            if (version.isEmpty())
                continue;
            auto other = repo.holding(advice.productId, version, release.id);
            if (!other)
                return other.error();
            if (other.value())
                advice.warnings << Text::tr("%1 is already release %2 \"%3\" of %4.")
                                       .arg(version)
                                       .arg(other.value()->releaseId)
                                       .arg(other.value()->name, advice.productName);
        }
    }
    return advice;
}

} // namespace slipway
