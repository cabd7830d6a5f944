// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how fast the scope board is (the scope issue's targets): the median time to repaint
// a 1920×1080 board showing 2,000 cards (≤ 16 ms), and the median time to filter 100,000
// items by text, kind, stakeholder and all of them together (≤ 50 ms).
// The 100,000 items (50 releases of 2,000, with 5,000 dependencies) are written into a
// temporary Slipway file through ScopeRepository and read back by the real ScopeBoardModel.
// Usage: bench_scope_board
#include "BenchTiming.h"
#include "Theme.h"
#include "itemmodels/ScopeBoardModel.h"
#include "scope/ScopeBoardView.h"
#include "services/ScopeService.h"
#include "storage/Database.h"
#include "storage/ScopeRepository.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace slipway;
using bench::median;
using bench::threadCpuMs;

namespace {

constexpr int kItems = 100000;
constexpr int kReleases = 50;
constexpr int kDependencies = 5000;

Result<void> generate(Database& db) {
    QRandomGenerator rng(7);
    const QStringList stakeholders = {u"Finance"_qs,  u"Risk & Compliance"_qs, u"Retail"_qs,
                                      u"Payments"_qs, u"Customer Support"_qs,  u"Security"_qs,
                                      u"Platform"_qs, u"Marketing"_qs};
    const QStringList words = {u"checkout"_qs, u"ledger"_qs,  u"token"_qs,   u"export"_qs,
                               u"audit"_qs,    u"refund"_qs,  u"invoice"_qs, u"session"_qs,
                               u"cache"_qs,    u"latency"_qs, u"report"_qs,  u"consent"_qs};
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    QSqlQuery q(db.connection());
    const qint64 start = QDateTime::currentSecsSinceEpoch();
    for (int r = 1; r <= kReleases; ++r) {
        q.prepare(u"INSERT INTO releases (id, name, version, type, status, window_start, "
                  u"window_end, capacity, created_by, created_at, updated_by, updated_at) "
                  u"VALUES (?, 'Payments', ?, 'minor', 'planned', ?, ?, 6000, 'bench', 0, "
                  u"'bench', 0)"_qs);
        q.addBindValue(r);
        q.addBindValue(u"2.%1.0"_qs.arg(r));
        q.addBindValue(start + r * 14 * 86400);
        q.addBindValue(start + r * 14 * 86400 + 3600);
        if (!q.exec())
            return Error{Error::Kind::Internal, u"releases"_qs};
    }
    QList<ScopeItem> items;
    items.reserve(kItems);
    for (int i = 0; i < kItems; ++i) {
        ScopeItem s;
        s.title = u"%1 %2 for %3 #%4"_qs
                      .arg(words[int(rng.bounded(12))], words[int(rng.bounded(12))],
                           stakeholders[int(rng.bounded(8))])
                      .arg(i);
        s.kind = ScopeKind(rng.bounded(5));
        s.priority = ScopePriority(rng.bounded(4));
        s.status = ScopeStatus(rng.bounded(5));
        s.stakeholder = stakeholders[int(rng.bounded(8))];
        s.effort = double(1 + rng.bounded(13));
        s.releaseId = 1 + i % kReleases;
        s.externalKey = u"PAY-%1"_qs.arg(i + 1);
        items.append(s);
    }
    ScopeRepository repo(db);
    if (auto inserted = repo.insertAll(items, u"bench"_qs, start); !inserted)
        return inserted.error();
    for (int d = 0; d < kDependencies; ++d) {
        const qint64 a = items[int(rng.bounded(kItems))].id;
        const qint64 b = items[int(rng.bounded(kItems))].id;
        if (a != b)
            (void)repo.addDependency(a, b, u"bench"_qs, start);
    }
    return tx.commit();
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ui::Theme::apply();
    QTextStream out(stdout);
    QTemporaryDir dir;
    Database::OpenOptions options;
    options.create = true;
    auto db = Database::open(dir.filePath(u"scope-bench.slipway"_qs), options);
    if (!db) {
        out << "cannot create the file: " << db.error().message << Qt::endl;
        return 2;
    }
    QElapsedTimer wall;
    wall.start();
    if (auto made = generate(*db.value()); !made) {
        out << "cannot generate: " << made.error().message << Qt::endl;
        return 2;
    }
    out << "Generated " << kItems << " items in " << kReleases << " releases with " << kDependencies
        << " dependencies in " << wall.elapsed() << " ms" << Qt::endl;

    ScopeService service(*db.value(), Session{u"bench"_qs, {}});
    ScopeBoardModel model(service);
    wall.restart();
    if (!model.reload()) {
        out << "cannot read: " << model.lastError() << Qt::endl;
        return 2;
    }
    out << "Read the board model in " << wall.elapsed() << " ms" << Qt::endl;

    // Filtering 100,000 items.
    struct Case {
        const char* name;
        ScopeBoardFilter filter;
    };
    QList<Case> cases;
    {
        ScopeBoardFilter text;
        text.setText(u"Ledger"_qs);
        ScopeBoardFilter kind;
        kind.kind = ScopeKind::Regulatory;
        ScopeBoardFilter stakeholder;
        stakeholder.stakeholder = u"Risk & Compliance"_qs;
        ScopeBoardFilter all;
        all.setText(u"refund"_qs);
        all.priority = ScopePriority::High;
        all.regulatoryOnly = true;
        ScopeBoardFilter miss;
        miss.setText(u"no such words anywhere"_qs);
        cases = {{"text 'ledger'", text},
                 {"kind regulatory", kind},
                 {"stakeholder", stakeholder},
                 {"text+priority+regulatory", all},
                 {"text matching nothing", miss}};
    }
    double worstFilter = 0;
    for (const Case& c : cases) {
        QList<double> times;
        qsizetype matched = 0;
        for (int run = 0; run < 21; ++run) {
            const double t0 = threadCpuMs();
            matched = model.matching(c.filter).size();
            times.append(threadCpuMs() - t0);
        }
        worstFilter = qMax(worstFilter, median(times));
        out << QStringLiteral("Filter %1 over %2 items: %3 matched, median %4 ms")
                   .arg(QLatin1String(c.name))
                   .arg(kItems)
                   .arg(matched)
                   .arg(median(times), 0, 'f', 2)
            << Qt::endl;
    }

    // A board showing 2,000 cards (release 1), repainted at several scroll positions.
    ui::ScopeBoardView view;
    view.setModel(&model);
    view.setRelease(1);
    view.resize(1920, 1080);
    view.show();
    QApplication::processEvents();
    out << "Board of release 2.1.0 shows " << view.cardCount() << " cards" << Qt::endl;
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> paints;
    int painted = 0;
    QScrollBar* bar = view.verticalScrollBar();
    int mostPainted = 0;
    for (int run = 0; run < 60; ++run) {
        // From the top to the bottom of the longest column, where shorter ones have ended.
        bar->setValue(bar->maximum() * (run % 10) / 9);
        QPainter painter(&image);
        const double t0 = threadCpuMs();
        painted = view.paintTo(painter, view.viewport()->size());
        paints.append(threadCpuMs() - t0);
        mostPainted = qMax(mostPainted, painted);
    }
    const double paint = median(paints);
    out << QStringLiteral("Repaint 1920x1080 board with %1 cards (up to %2 in view): median %3 "
                          "ms (target <= 16 ms, ratio %4)")
               .arg(view.cardCount())
               .arg(mostPainted)
               .arg(paint, 0, 'f', 2)
               .arg(paint / 16.0, 0, 'f', 2)
        << Qt::endl;

    // The same board with every card filtered out: what the columns alone cost.
    {
        ScopeBoardFilter none;
        none.setText(u"no such words anywhere"_qs);
        view.setFilter(none);
        QList<double> empty;
        for (int run = 0; run < 21; ++run) {
            QPainter painter(&image);
            const double t0 = threadCpuMs();
            view.paintTo(painter, view.viewport()->size());
            empty.append(threadCpuMs() - t0);
        }
        out << QStringLiteral("Repaint the same board with no cards: median %1 ms")
                   .arg(median(empty), 0, 'f', 2)
            << Qt::endl;
        view.setFilter({});
    }

    // Laying the board out again after a filter change (filter + columns + sort).
    QList<double> layouts;
    for (int run = 0; run < 11; ++run) {
        ScopeBoardFilter f;
        f.setText(run % 2 ? u"ledger"_qs : QString());
        const double t0 = threadCpuMs();
        view.setFilter(f);
        layouts.append(threadCpuMs() - t0);
    }
    out << QStringLiteral("Filter change and board layout over %1 items: median %2 ms")
               .arg(kItems)
               .arg(median(layouts), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("Filter 100,000 items: worst median %1 ms (target <= 50 ms, ratio %2)")
               .arg(worstFilter, 0, 'f', 2)
               .arg(worstFilter / 50.0, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
