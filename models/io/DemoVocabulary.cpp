// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoVocabulary.h"

namespace slipway::demo {
namespace {

QStringList words(std::initializer_list<const char16_t*> list) {
    QStringList out;
    out.reserve(qsizetype(list.size()));
    for (const char16_t* w : list)
        out.append(QString::fromUtf16(w));
    return out;
}

} // namespace

QList<TeamSeed> smallTeams() {
    return {{QStringLiteral("Payments"), QStringLiteral("PAY")},
            {QStringLiteral("Customer Platform"), QStringLiteral("CUS")},
            {QStringLiteral("Core Infrastructure"), QStringLiteral("INF")}};
}

QList<ServiceSeed> smallServices() {
    return {{QStringLiteral("Payments API"), 0},      {QStringLiteral("Billing Engine"), 0},
            {QStringLiteral("Fraud Scoring"), 0},     {QStringLiteral("Customer Portal"), 1},
            {QStringLiteral("Mobile Backend"), 1},    {QStringLiteral("Notification Service"), 1},
            {QStringLiteral("Identity Provider"), 2}, {QStringLiteral("Data Warehouse"), 2}};
}

QList<PersonSeed> smallPeople() {
    const auto r = [](std::initializer_list<const char16_t*> list) {
        return words(list);
    };
    return {
        {QStringLiteral("Amara Okafor"), QStringLiteral("amara.okafor"),
         QStringLiteral("Europe/London"), 2, r({u"release_manager", u"cab"})},
        {QStringLiteral("Lena Fischer"), QStringLiteral("lena.fischer"),
         QStringLiteral("Europe/Berlin"), 0, r({u"service_owner", u"cab"})},
        {QStringLiteral("Jonas Weber"), QStringLiteral("jonas.weber"),
         QStringLiteral("Europe/Berlin"), 0, r({u"development"})},
        {QStringLiteral("Priya Raman"), QStringLiteral("priya.raman"),
         QStringLiteral("Asia/Kolkata"), 0, r({u"qa"})},
        {QString::fromUtf16(u"Tomás Ortega"), QStringLiteral("tomas.ortega"),
         QStringLiteral("America/New_York"), 0, r({u"development"})},
        {QStringLiteral("Grace Liu"), QStringLiteral("grace.liu"),
         QStringLiteral("America/Los_Angeles"), 1, r({u"service_owner", u"development"})},
        {QStringLiteral("Marcus Johnson"), QStringLiteral("marcus.johnson"),
         QStringLiteral("America/New_York"), 1, r({u"development", u"qa"})},
        {QStringLiteral("Aisha Khan"), QStringLiteral("aisha.khan"), QStringLiteral("Asia/Kolkata"),
         1, r({u"qa"})},
        {QStringLiteral("Sven Lindqvist"), QStringLiteral("sven.lindqvist"),
         QStringLiteral("Europe/Stockholm"), 2, r({u"operations"})},
        {QStringLiteral("Daniel Cohen"), QStringLiteral("daniel.cohen"),
         QStringLiteral("America/New_York"), 2, r({u"security", u"cab"})},
        {QStringLiteral("Hiro Tanaka"), QStringLiteral("hiro.tanaka"), QStringLiteral("Asia/Tokyo"),
         2, r({u"operations"})},
        {QString::fromUtf16(u"Chloé Martin"), QStringLiteral("chloe.martin"),
         QStringLiteral("Europe/Paris"), 2, r({u"release_manager", u"service_owner"})},
    };
}

QList<TeamSeed> largeTeams() {
    return {{QStringLiteral("Payments"), QStringLiteral("PAY")},
            {QStringLiteral("Billing"), QStringLiteral("BIL")},
            {QStringLiteral("Customer Platform"), QStringLiteral("CUS")},
            {QStringLiteral("Core Infrastructure"), QStringLiteral("INF")},
            {QStringLiteral("Identity and Access"), QStringLiteral("IAM")},
            {QStringLiteral("Commerce"), QStringLiteral("COM")},
            {QStringLiteral("Logistics"), QStringLiteral("LOG")},
            {QStringLiteral("Data Platform"), QStringLiteral("DAT")},
            {QStringLiteral("Mobile"), QStringLiteral("MOB")},
            {QStringLiteral("Risk and Compliance"), QStringLiteral("RSK")},
            {QStringLiteral("Search and Discovery"), QStringLiteral("SRC")},
            {QStringLiteral("Messaging"), QStringLiteral("MSG")}};
}

QStringList serviceStems() {
    return words({u"Payments", u"Billing", u"Ledger", u"Fraud", u"Identity", u"Customer", u"Orders",
                  u"Inventory", u"Shipping", u"Search", u"Pricing", u"Catalog", u"Loyalty",
                  u"Reporting", u"Notification"});
}

QStringList serviceSuffixes() {
    return words({u"API", u"Service", u"Portal", u"Gateway"});
}

QStringList firstNames() {
    return words({u"Amara", u"Lena",  u"Jonas",  u"Priya", u"Tomas", u"Grace",  u"Marcus",
                  u"Aisha", u"Sven",  u"Daniel", u"Hiro",  u"Chloe", u"Olivia", u"Noah",
                  u"Mateo", u"Yuki",  u"Fatima", u"Lars",  u"Ines",  u"Kofi",   u"Mei",
                  u"Rahul", u"Sofia", u"Ethan",  u"Zanele"});
}

QStringList lastNames() {
    return words({u"Okafor", u"Fischer",   u"Weber",  u"Raman",  u"Ortega",   u"Liu",   u"Johnson",
                  u"Khan",   u"Lindqvist", u"Cohen",  u"Tanaka", u"Martin",   u"Silva", u"Novak",
                  u"Mensah", u"Kowalski",  u"Haddad", u"Dubois", u"Nakamura", u"Patel"});
}

QStringList timeZones() {
    return words({u"Europe/London", u"Europe/Berlin", u"America/New_York", u"Asia/Kolkata",
                  u"America/Los_Angeles", u"Asia/Tokyo", u"Europe/Paris", u"Australia/Sydney",
                  u"America/Sao_Paulo", u"Africa/Johannesburg"});
}

QStringList objectives() {
    // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): the first objective is two lines long
    return words({u"Ship the features committed for this quarter without raising the change "
                  u"failure rate.",
                  u"Close the security findings from the last penetration test.",
                  u"Cut p95 latency on the checkout path below 300 ms.",
                  u"Move the remaining tenants off the legacy schema.",
                  u"Meet the regulator's reporting deadline with audited figures.",
                  u"Retire the deprecated v1 endpoints after the announced sunset date.",
                  u"Restore service after the incident and stop it from recurring.",
                  u"Upgrade the runtime and libraries to supported versions."});
}

QStringList stakeholders() {
    return words({u"Finance", u"Customer Support", u"Compliance", u"Sales", u"Marketing",
                  u"Operations", u"Security Office", u"Product Management", u"Legal",
                  u"Partner Success"});
}

QStringList featureObjects() {
    return words({u"SEPA instant transfers", u"Apple Pay in the checkout",
                  u"multi-currency invoices", u"self-service refunds", u"passkey sign-in",
                  u"bulk order export", u"saved payment methods", u"partial shipments",
                  u"loyalty points on renewals", u"dark mode in the portal",
                  u"webhook retries with backoff", u"per-tenant rate limits",
                  u"audit export for auditors", u"address autocomplete", u"subscription pausing",
                  u"fraud rules editor"});
}

QStringList fixProblems() {
    return words({u"rounding error on VAT totals", u"timeout when exporting large reports",
                  u"duplicate e-mail notifications", u"session expiry during checkout",
                  u"wrong time zone on receipts", u"memory leak under sustained load",
                  u"race between refund and capture", u"missing translations in emails",
                  u"stale cache after price change", u"crash on empty search query"});
}

QStringList componentNames() {
    return words({u"the ledger sync job", u"the checkout flow", u"the reporting pipeline",
                  u"the notification dispatcher", u"the customer profile store",
                  u"the authentication middleware", u"the search indexer", u"the batch scheduler"});
}

QStringList libraries() {
    return words({u"OpenSSL", u"PostgreSQL driver", u"Spring Boot", u"log4j", u"Node.js",
                  u"Jackson", u"nginx", u"glibc", u"Kafka client", u"Redis client"});
}

QStringList regulations() {
    return words({u"PSD2", u"GDPR", u"SOX", u"PCI DSS", u"DORA", u"eIDAS"});
}

} // namespace slipway::demo
