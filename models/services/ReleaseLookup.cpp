// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseLookup.h"

#include "storage/ProductRepository.h"
#include "storage/ReleaseRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseLookup)
};

// The product part of PRODUCT@VERSION: the release's name, or its name without the version
// it often ends with ("Payments API 2.4.0" is the product "Payments API").
QString productOf(const Release& r) {
    const QString suffix = u' ' + r.version;
    return r.name.endsWith(suffix, Qt::CaseInsensitive) && r.name.size() > suffix.size()
               ? r.name.chopped(suffix.size()).trimmed()
               : r.name;
}

bool isProduct(const Release& r, const QString& product) {
    return r.name.compare(product, Qt::CaseInsensitive) == 0 ||
           productOf(r).compare(product, Qt::CaseInsensitive) == 0;
}

Error ambiguous(const QString& wanted, const QList<Release>& matches,
                const QHash<qint64, QString>& productNames) {
    QStringList candidates;
    for (const Release& r : matches.mid(0, 10))
        candidates << QStringLiteral("%1 (%2@%3)")
                          .arg(r.id)
                          .arg(productNames.value(r.productId, productOf(r)), r.version);
    return Error{Error::Kind::Usage, Text::tr("%1 is ambiguous: %2%3")
                                         .arg(wanted, candidates.join(QStringLiteral(", ")),
                                              matches.size() > 10 ? Text::tr(" …") : QString())};
}

} // namespace

Result<Release> lookUpRelease(Database& db, const QString& text) {
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return Error{Error::Kind::Usage, Text::tr("name a release: its id or NAME@VERSION")};
    ReleaseRepository repo(db);
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        auto found = repo.find(id);
        if (found || found.error().kind != Error::Kind::NotFound)
            return found;
    }
    auto all = repo.all();
    if (!all)
        return all.error();
    const qsizetype at = wanted.lastIndexOf(u'@');
    const QString name = at > 0 ? wanted.left(at).trimmed() : QString();
    const QString version = at > 0 ? wanted.mid(at + 1).trimmed() : wanted;
    auto products = ProductRepository(db).all();
    if (!products)
        return products.error();
    QHash<qint64, QString> productNames;
    for (const Product& p : products.value())
        productNames.insert(p.id, p.name);
    QList<Release> matches;
    // PRODUCT@VERSION names the product (a service) first: a version is unique per product.
    if (!name.isEmpty()) {
        for (const Release& r : all.value())
            if (r.productId > 0 && r.version.compare(version, Qt::CaseInsensitive) == 0 &&
                productNames.value(r.productId).compare(name, Qt::CaseInsensitive) == 0)
                matches << r;
        if (matches.size() == 1)
            return matches.first();
        if (matches.size() > 1) {
            // Products named apart only by case: the one spelt as given, if any.
            QList<Release> exact;
            for (const Release& r : std::as_const(matches))
                if (productNames.value(r.productId) == name)
                    exact << r;
            if (exact.size() == 1)
                return exact.first();
            return ambiguous(wanted, matches, productNames);
        }
    }
    // Then the release's own name, with or without the version it ends in.
    for (const Release& r : all.value()) {
        if (r.version.compare(version, Qt::CaseInsensitive) != 0)
            continue;
        if (!name.isEmpty() && !isProduct(r, name))
            continue;
        matches << r;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error{Error::Kind::Usage,
                     isNumber ? Text::tr("no release has the id or version %1").arg(wanted)
                     : at > 0
                         ? Text::tr("no release is %1 (give an id or PRODUCT@VERSION)").arg(wanted)
                         : Text::tr("no release has version %1 (give an id or PRODUCT@VERSION)")
                               .arg(wanted)};
    return ambiguous(wanted, matches, productNames);
}

} // namespace slipway
