// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a file as the user it runs as and reports the mode and what a write does; the
// read-only test runs it as an unprivileged user.
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace slipway;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() != 2) {
        out << "usage: open_probe FILE\n";
        return 2;
    }
    auto db = Database::open(app.arguments().at(1), {});
    if (!db) {
        out << "error: " << db.error().message << '\n';
        return 1;
    }
    if (db.value()->isReadOnly())
        out << "read-only: " << db.value()->readOnlyReason() << '\n';
    else
        out << "writable\n";
    ReleaseService service(*db.value(), Session{QStringLiteral("probe"), {}});
    Release r;
    r.name = QStringLiteral("Probe");
    r.version = QStringLiteral("1.0.0");
    auto created = service.create(r);
    out << (created ? QStringLiteral("write accepted")
                    : u"write refused: "_qs + created.error().message)
        << '\n';
    return 0;
}
