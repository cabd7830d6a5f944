// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the fuzz targets check of every message a parser gives: one non-empty line, since the
// command line prints each on a line of its own.

#include <QString>

#include <cstdio>

namespace slipway::fuzz {

inline bool oneLine(const QString& line) {
    return !line.isEmpty() && !line.contains(u'\n') && !line.contains(u'\r');
}

// Shows the offending text (line breaks made visible) next to libFuzzer's report, then stops
// as a crash would.
[[noreturn]] inline void fail(const char* what, const QString& text) {
    QString shown = text;
    shown.replace(u'\n', QLatin1String("\\n")).replace(u'\r', QLatin1String("\\r"));
    std::fprintf(stderr, "%s: [%s]\n", what, shown.toUtf8().constData());
    __builtin_trap();
}

} // namespace slipway::fuzz
