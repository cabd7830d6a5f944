// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for ConnectionSpec, what --db names: any text gives a file, a PostgreSQL
// connection or one line of error, never a crash or a hang; no password is ever kept, and a
// PostgreSQL connection reads back the same from the libpq connection string it writes.
#include "FuzzSupport.h"

#include "storage/ConnectionSpec.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace slipway;
using slipway::fuzz::fail;
using slipway::fuzz::oneLine;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 4096)
        return 0; // an address, not a document
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto spec = ConnectionSpec::parse(text);
    if (!spec.ok()) {
        if (!oneLine(spec.error().message))
            fail("error message is not one line", spec.error().message);
        return 0;
    }
    if (!spec->isPostgres()) {
        if (spec->filePath().isEmpty())
            fail("a file with no path", text);
        return 0;
    }
    for (const auto& p : spec->parameters()) {
        if (p.first == QLatin1String("password") || p.first == QLatin1String("sslpassword"))
            fail("a password was kept", text);
        if (!ConnectionSpec::isLibpqKeyword(p.first))
            fail("an unknown keyword was kept", p.first);
    }
    if (!oneLine(spec->displayName()) && !spec->parameters().isEmpty())
        fail("display name is not one line", spec->displayName());
    if (spec->parameters().isEmpty())
        return 0;
    const auto again = ConnectionSpec::parse(spec->conninfo());
    if (!again.ok())
        fail("its own connection string is refused", spec->conninfo());
    if (again->parameters() != spec->parameters())
        fail("its own connection string reads back differently", spec->conninfo());
    (void)spec->driverSettings();
    return 0;
}
