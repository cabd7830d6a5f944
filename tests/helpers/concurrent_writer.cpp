// SPDX-License-Identifier: GPL-3.0-or-later
// A second (and third) writer for the multi-process tests: it writes through the same
// services as the application, retrying when another process saved first.
//   concurrent_writer FILE create COUNT PREFIX
//   concurrent_writer FILE append RELEASE_ID COUNT TAG
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

using namespace slipway;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 5 && args.size() != 6) {
        err << "usage: concurrent_writer FILE create COUNT PREFIX | FILE append ID COUNT TAG\n";
        return 2;
    }
    Database::OpenOptions options;
    options.busyTimeoutMs = 20000;
    auto db = Database::open(args[1], options);
    if (!db) {
        err << db.error().message << '\n';
        return 2;
    }
    ReleaseService service(*db.value(), Session{QStringLiteral("writer-") + args[4], {}});
    if (args[2] == u"create") {
        const int count = args[3].toInt();
        for (int i = 0; i < count; ++i) {
            Release r;
            r.name = args[4] + QStringLiteral(" release %1").arg(i);
            r.version = QStringLiteral("1.0.%1").arg(i);
            auto created = service.create(r);
            if (!created) {
                err << created.error().message << '\n';
                return 1;
            }
        }
        return 0;
    }
    const qint64 id = args[3].toLongLong();
    const int count = args[4].toInt();
    const QString tag = args[5];
    for (int i = 0; i < count; ++i) {
        for (int attempt = 0;; ++attempt) {
            auto current = service.find(id);
            if (!current) {
                err << current.error().message << '\n';
                return 1;
            }
            Release r = current.value();
            r.objectives += QStringLiteral("[%1-%2]").arg(tag).arg(i);
            auto saved = service.update(r);
            if (saved)
                break;
            if (saved.error().kind != Error::Kind::Stale || attempt > 1000) {
                err << saved.error().message << '\n';
                return 1;
            }
            QThread::usleep(200);
        }
    }
    return 0;
}
