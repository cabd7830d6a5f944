// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's reporting year, on the small and the large demo made with a fixed seed and
// anchor: every kind of deviation in the adherence review of the last year, corrective
// actions in every state attached to deviations the review finds, releases tagged for each
// regulation, an audit chain that verifies, and the same rows again from the same seed.
#include "TestSupport.h"
#include "domain/CorrectiveAction.h"
#include "domain/Deviation.h"
#include "io/DemoGenerator.h"
#include "services/AdherenceService.h"
#include "services/Session.h"
#include "storage/AuditLog.h"
#include "storage/ControlRepository.h"
#include "storage/CorrectiveActionRepository.h"
#include "storage/Database.h"
#include "storage/ReleaseRepository.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace slipway;
using namespace slipway::test;

namespace {

constexpr qint64 kYear = 365 * 86400;

qint64 anchorSecs() {
    return DemoGenerator::defaultAnchor().toSecsSinceEpoch();
}

QString made(const QString& path, DemoGenerator::Scale scale, quint32 seed) {
    DemoGenerator::Options options;
    options.scale = scale;
    options.seed = seed;
    options.anchor = DemoGenerator::defaultAnchor();
    auto done = DemoGenerator::generate(path, options);
    return done ? QString() : done.error().message;
}

// What the reporting part wrote, as text: the corrective actions, the tags, the attestations
// and the head of the audit chain.
QString picture(Database& db) {
    QStringList out;
    auto actions = CorrectiveActionRepository(db).list();
    if (!actions)
        return actions.error().message;
    for (const CorrectiveAction& a : actions.value())
        out << QString::fromUtf8(QJsonDocument(toJson(a)).toJson(QJsonDocument::Compact));
    QSqlQuery q(db.connection());
    for (const char* sql :
         {"SELECT release_id || ':' || tag FROM release_tags ORDER BY release_id, tag",
          "SELECT release_id || ':' || control_id || ':' || reference || ':' || recorded_at "
          "FROM release_control_records ORDER BY release_id, control_id",
          "SELECT seq || ':' || hash FROM audit_log ORDER BY seq DESC LIMIT 1"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return u"query failed: "_qs + QString::fromLatin1(sql);
        while (q.next())
            out << q.value(0).toString();
    }
    return out.join(u'\n');
}

} // namespace

class tst_DemoReporting : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"demo-reporting"_qs};
    QString m_small;
    QString m_large;

    std::unique_ptr<Database> open(const QString& which) {
        auto db = Database::open(which == u"small" ? m_small : m_large, {});
        if (!db)
            return nullptr;
        return std::move(db.value());
    }

    void scales() {
        QTest::addColumn<QString>("scale");
        QTest::newRow("small") << u"small"_qs;
        QTest::newRow("large") << u"large"_qs;
    }

private Q_SLOTS:
    void initTestCase() {
        m_small = m_files.newFile();
        m_large = m_files.newFile();
        const QString small = made(m_small, DemoGenerator::Scale::Small, 7);
        QVERIFY2(small.isEmpty(), qPrintable(small));
        const QString large = made(m_large, DemoGenerator::Scale::Large, 7);
        QVERIFY2(large.isEmpty(), qPrintable(large));
    }

    void everyDeviationKindInTheLastYear_data() { scales(); }
    void everyDeviationKindInTheLastYear() {
        QFETCH(QString, scale);
        auto db = open(scale);
        QVERIFY(db);
        auto found = AdherenceService(*db, Session{u"tester"_qs, {}})
                         .deviations(anchorSecs() - kYear, anchorSecs(), anchorSecs());
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QSet<QString> kinds;
        for (const Deviation& d : found.value())
            kinds.insert(toKey(d.kind));
        for (DeviationKind kind : allDeviationKinds())
            QVERIFY2(kinds.contains(toKey(kind)), qPrintable(scale + u": no "_qs + toKey(kind)));
    }

    void correctiveActionsInEveryState_data() { scales(); }
    void correctiveActionsInEveryState() {
        QFETCH(QString, scale);
        auto db = open(scale);
        QVERIFY(db);
        auto found = AdherenceService(*db, Session{u"tester"_qs, {}})
                         .deviations(anchorSecs() - kYear, anchorSecs(), anchorSecs());
        QVERIFY(found);
        QSet<QString> keys;
        for (const Deviation& d : found.value())
            keys.insert(d.key);
        auto actions = CorrectiveActionRepository(*db).list();
        QVERIFY(actions);
        QSet<QString> states;
        for (const CorrectiveAction& a : actions.value()) {
            states.insert(toKey(a.state));
            // Each on a deviation the review finds, valid, and written before the anchor.
            QVERIFY2(keys.contains(a.deviationKey), qPrintable(a.deviationKey));
            QCOMPARE(releaseIdOfDeviationKey(a.deviationKey), a.releaseId);
            QVERIFY2(validateCorrectiveAction(a).isEmpty(), qPrintable(a.title));
            QVERIFY(a.createdAt < anchorSecs() && a.updatedAt < anchorSecs());
            QCOMPARE(isClosed(a.state), a.closedAt > 0);
        }
        for (CorrectiveState s : allCorrectiveStates())
            QVERIFY2(states.contains(toKey(s)), qPrintable(scale + u": no "_qs + toKey(s)));

        // Every action's creation is in the audit log, and nothing of this part is dated
        // after the anchor.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'corrective_action' "
                       "AND action = 'create'"_qs));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(actions->size()));
        QVERIFY(
            q.exec(u"SELECT COUNT(*) FROM audit_log WHERE entity IN ('corrective_action', "
                   "'release_tag', 'control_record') AND at_ms >= %1"_qs.arg(anchorSecs() * 1000)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
    }

    void releasesTaggedForEachRegulation_data() { scales(); }
    void releasesTaggedForEachRegulation() {
        QFETCH(QString, scale);
        auto db = open(scale);
        QVERIFY(db);
        auto releases = ReleaseRepository(*db).all();
        QVERIFY(releases);
        ControlRepository controls(*db);
        QHash<QString, int> tagged;
        for (const Release& r : releases.value()) {
            auto tags = controls.tagsOf(r.id);
            QVERIFY(tags);
            for (const QString& t : tags.value())
                ++tagged[t];
        }
        for (const char* tag : {"sox", "hipaa", "gdpr", "pci"})
            QVERIFY2(tagged.value(QString::fromLatin1(tag)) > 0,
                     qPrintable(scale + u": no release tagged "_qs + QString::fromLatin1(tag)));
    }

    void auditChainVerifies_data() { scales(); }
    void auditChainVerifies() {
        QFETCH(QString, scale);
        auto db = open(scale);
        QVERIFY(db);
        auto verified = AuditLog(*db).verify();
        QVERIFY(verified);
        QVERIFY(verified->intact());
        QVERIFY(verified->checked > 0);
    }

    void sameSeedSameRows() {
        const QString again = m_files.newFile();
        const QString error = made(again, DemoGenerator::Scale::Small, 7);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto first = open(u"small"_qs);
        auto second = Database::open(again, {});
        QVERIFY(first && second);
        const QString a = picture(*first);
        QVERIFY(a.count(u'\n') > 10);
        QCOMPARE(picture(*second.value()), a);

        // Another seed tells the same story with other people and times.
        const QString other = m_files.newFile();
        QVERIFY(made(other, DemoGenerator::Scale::Small, 8).isEmpty());
        auto third = Database::open(other, {});
        QVERIFY(third);
        QVERIFY(picture(*third.value()) != a);
    }
};

QTEST_GUILESS_MAIN(tst_DemoReporting)
#include "tst_DemoReporting.moc"
