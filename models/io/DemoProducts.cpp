// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoProducts.h"

#include "rules/CalVer.h"
#include "rules/VersionScheme.h"
#include "storage/Database.h"
#include "storage/ProductRepository.h"
#include "storage/Transaction.h"

namespace slipway {

QString DemoProducts::calVerFormat(int index, const QString& name, bool large) {
    if (large)
        return index % 6 == 5 ? QStringLiteral("YYYY.0M.MICRO") : QString();
    if (name == u"Data Warehouse")
        return QStringLiteral("YYYY.0M.MICRO");
    if (name == u"Customer Portal")
        return QStringLiteral("YY.MM.MICRO");
    return {};
}

QString DemoProducts::Counter::next(const QString& format, QDate date) {
    if (date.year() > m_year || (date.year() == m_year && date.month() > m_month)) {
        m_year = date.year();
        m_month = date.month();
        m_micro = 0;
    } else {
        ++m_micro;
    }
    const auto calVer = CalVer::fromFormat(format);
    if (!calVer)
        return {};
    CalVerVersion v;
    for (CalVer::Segment s : calVer->segments()) {
        switch (s) {
        case CalVer::Segment::FullYear:
            v.numbers << quint64(m_year);
            break;
        case CalVer::Segment::ShortYear:
        case CalVer::Segment::PaddedYear:
            v.numbers << quint64(m_year - 2000);
            break;
        case CalVer::Segment::ShortMonth:
        case CalVer::Segment::PaddedMonth:
            v.numbers << quint64(m_month);
            break;
        case CalVer::Segment::Modifier:
            break;
        default: // the demo's formats count with MICRO only
            v.numbers << quint64(m_micro);
            break;
        }
    }
    return calVer->toString(v);
}

Result<void> DemoProducts::write(Database& db, bool large, const QString& actor, qint64 atSecs) {
    ProductRepository repo(db);
    auto products = repo.all();
    if (!products)
        return products.error();
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    for (const Product& p : std::as_const(products.value())) {
        const QString format = calVerFormat(int(p.id - 1), p.name, large);
        if (format.isEmpty())
            continue;
        auto scheme = VersionScheme::calVer(format);
        if (!scheme)
            return scheme.error();
        if (auto set = repo.setScheme(p.id, scheme->key(), p.rowVersion, actor, atSecs); !set)
            return set.error();
    }
    return tx.commit();
}

} // namespace slipway
