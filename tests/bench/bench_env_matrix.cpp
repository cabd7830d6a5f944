// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the environment matrix takes for 500 components × 6 environments (target:
// 50 ms, reading the file included): 10 products of 50 components each (their subject
// included), 4 releases per product with a deployment history through dev, test, QA,
// staging and two production environments (a rollback among them), gate promotions, two
// artifacts per release with verification history, and 400 pins on other products held
// against the result.
//   bench_env_matrix [RUNS]
#include "BenchTiming.h"
#include "rules/EnvironmentMatrixBuilder.h"
#include "services/EnvironmentMatrixService.h"
#include "storage/Database.h"
#include "storage/MatrixFactsReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace slipway;
using bench::median;
using bench::threadCpuMs;

namespace {

constexpr int kProducts = 10;
constexpr int kComponents = 50; // per product, its subject included
constexpr int kReleases = 4;    // per product

bool run(QSqlQuery& q, const QString& sql) {
    if (q.exec(sql))
        return true;
    QTextStream(stderr) << q.lastError().text() << " in " << sql << '\n';
    return false;
}

// The file: every row written in one transaction behind the services' backs.
bool fill(Database& db) {
    QSqlQuery q(db.connection());
    if (!run(q, QStringLiteral("BEGIN")))
        return false;
    const QStringList envs{QStringLiteral("dev"),  QStringLiteral("test"),
                           QStringLiteral("test"), QStringLiteral("staging"),
                           QStringLiteral("prod"), QStringLiteral("prod")};
    const QStringList names{QStringLiteral("Development"), QStringLiteral("Integration"),
                            QStringLiteral("QA"),          QStringLiteral("Staging"),
                            QStringLiteral("Production"),  QStringLiteral("Production EU")};
    for (int e = 0; e < envs.size(); ++e) {
        if (!run(q, QStringLiteral("INSERT INTO environments (id, name, kind, created_by, "
                                   "created_at, updated_by, updated_at) VALUES (%1, '%2', '%3', "
                                   "'b', 1, 'b', 1)")
                        .arg(e + 1)
                        .arg(names.at(e), envs.at(e))))
            return false;
    }
    qint64 release = 0, component = 0, deployment = 0, artifact = 0, gate = 0;
    for (int p = 0; p < kProducts; ++p) {
        const QString product = QStringLiteral("Product %1").arg(p);
        if (!run(q, QStringLiteral("INSERT INTO services (id, name, created_by, created_at, "
                                   "updated_by, updated_at) VALUES (%1, '%2', 'b', 1, 'b', 1)")
                        .arg(p + 1)
                        .arg(product)))
            return false;
        for (int r = 0; r < kReleases; ++r) {
            ++release;
            const QString version = QStringLiteral("%1.%2.0").arg(1 + p % 3).arg(r);
            const QString status = r < 2 ? QStringLiteral("closed") : QStringLiteral("approved");
            if (!run(q, QStringLiteral("INSERT INTO releases (id, name, version, type, status, "
                                       "created_by, created_at, updated_by, updated_at) VALUES "
                                       "(%1, '%2 %3', '%3', 'minor', '%4', 'b', 1, 'b', 1)")
                            .arg(release)
                            .arg(product, version, status)) ||
                !run(q, QStringLiteral("INSERT INTO release_services VALUES (%1, %2)")
                            .arg(release)
                            .arg(p + 1)))
                return false;
            for (int c = 0; c < kComponents; ++c) {
                ++component;
                const QString name =
                    c == 0 ? product : QStringLiteral("p%1-module-%2").arg(p).arg(c);
                const QString v =
                    c == 0 ? version : QStringLiteral("%1.%2.%3").arg(c % 4).arg(r).arg(p % 2);
                if (!run(q, QStringLiteral("INSERT INTO release_components (id, release_id, ref, "
                                           "name, version, purl, is_subject, source_file, "
                                           "source_sha256, created_by, created_at) VALUES (%1, "
                                           "%2, 'r%1', '%3', '%4', '%5', %6, 'bom.json', '%7', "
                                           "'b', 1)")
                                .arg(component)
                                .arg(release)
                                .arg(name, v,
                                     c == 0 ? QString()
                                            : QStringLiteral("pkg:generic/%1@%2").arg(name, v))
                                .arg(c == 0 ? 1 : 0)
                                .arg(QString(64, u'c'))))
                    return false;
            }
            for (int a = 0; a < 2; ++a) {
                ++artifact;
                if (!run(q, QStringLiteral("INSERT INTO artifacts (id, release_id, name, kind, "
                                           "sha256, created_by, created_at) VALUES (%1, %2, "
                                           "'a%1', 'binary', '%3', 'b', 1)")
                                .arg(artifact)
                                .arg(release)
                                .arg(QString(64, u'd'))) ||
                    !run(q, QStringLiteral("INSERT INTO artifact_verifications (artifact_id, "
                                           "result, verified_by, verified_at) VALUES (%1, "
                                           "'missing_file', 'b', 1), (%1, '%2', 'b', 2)")
                                .arg(artifact)
                                .arg((artifact + p) % 5 ? QStringLiteral("verified")
                                                        : QStringLiteral("digest_mismatch"))))
                    return false;
            }
            // Release r goes as far as environment 6 - r; the newest is still on its way.
            const int reach = envs.size() - r;
            for (int e = 0; e < reach; ++e) {
                const qint64 at = 1'000'000 + release * 100 + e;
                if (e == 3) { // staging by promotion
                    ++gate;
                    if (!run(q, QStringLiteral("INSERT INTO release_gates (id, release_id, name, "
                                               "stage, promoted_by, promoted_at, created_by, "
                                               "created_at, updated_by, updated_at) VALUES (%1, "
                                               "%2, 'Staging', 'Staging', 'b', %3, 'b', 1, 'b', "
                                               "1)")
                                    .arg(gate)
                                    .arg(release)
                                    .arg(at)))
                        return false;
                    continue;
                }
                ++deployment;
                const bool rolledBack = e == 5 && r == 1 && p % 4 == 0;
                if (!run(q,
                         QStringLiteral("INSERT INTO deployments (id, release_id, "
                                        "environment_id, outcome, deployed_by, deployed_at, "
                                        "created_by, created_at) VALUES (%1, %2, %3, 'succeeded', "
                                        "'b', %4, 'b', 1)")
                             .arg(deployment)
                             .arg(release)
                             .arg(e + 1)
                             .arg(at)))
                    return false;
                if (rolledBack) {
                    ++deployment;
                    if (!run(q, QStringLiteral("INSERT INTO deployments (id, release_id, "
                                               "environment_id, outcome, deployed_by, "
                                               "deployed_at, created_by, created_at) VALUES (%1, "
                                               "%2, %3, 'rolled_back', 'b', %4, 'b', 1)")
                                    .arg(deployment)
                                    .arg(release)
                                    .arg(e + 1)
                                    .arg(at + 50)))
                        return false;
                }
            }
            // Pins: every fifth component of a release on the next product, a service.
            for (int c = 1; c < kComponents; c += 5) {
                if (!run(q, QStringLiteral("INSERT INTO pins (release_id, component, target, "
                                           "constraint_text, source, created_by, created_at, "
                                           "updated_by, updated_at) VALUES (%1, 'p%2-module-%3', "
                                           "'Product %4', '^%5.0.0', 'sbom', 'b', "
                                           "1, 'b', 1)")
                                .arg(release)
                                .arg(p)
                                .arg(c)
                                .arg((p + 1) % kProducts)
                                .arg(1 + (c + p) % 3)))
                    return false;
            }
        }
    }
    return run(q, QStringLiteral("COMMIT"));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        QTextStream(stderr) << "no temporary folder\n";
        return 2;
    }
    const QString path = dir.filePath(QStringLiteral("matrix.slipway"));
    {
        Database::OpenOptions create;
        create.create = true;
        auto db = Database::open(path, create);
        if (!db || !fill(*db.value())) {
            QTextStream(stderr) << (db ? QStringLiteral("filling the file failed")
                                       : db.error().message)
                                << '\n';
            return 2;
        }
    }
    Database::OpenOptions options;
    options.readOnly = true;
    auto db = Database::open(path, options);
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 2;
    }
    EnvironmentMatrixService service(*db.value());
    QList<double> wall, cpu, read, build, pins;
    EnvironmentMatrix m;
    int checks = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        auto matrix = service.matrix();
        cpu << threadCpuMs() - c0;
        wall << double(t.nsecsElapsed()) / 1e6;
        if (!matrix) {
            QTextStream(stderr) << matrix.error().message << '\n';
            return 2;
        }
        m = matrix.value();
        t.restart();
        auto facts = MatrixFactsReader(*db.value()).read();
        read << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const EnvironmentMatrix again = EnvironmentMatrixBuilder::build(facts.value());
        build << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        auto held = service.pinChecks(m);
        pins << double(t.nsecsElapsed()) / 1e6;
        checks = held ? int(held->size()) : -1;
        Q_UNUSED(again);
    }
    int placements = 0;
    for (const MatrixCell& cell : std::as_const(m.cells))
        placements += int(cell.placements.size());
    out << "environment matrix: " << m.rowCount() << " components x " << m.columnCount()
        << " environments, " << placements << " placements, " << m.drift.size()
        << " drift findings\n";
    out << "matrix() read + build, median of " << runs << " (target 50 ms): " << median(wall)
        << " ms wall, " << median(cpu) << " ms CPU\n";
    out << "  reading the facts: " << median(read) << " ms; building: " << median(build) << " ms\n";
    out << "pin checks (" << checks << " against the matrix): " << median(pins) << " ms\n";
    return 0;
}
