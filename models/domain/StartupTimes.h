// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the time goes while the window opens. With SLIPWAY_STARTUP_TIMES=1 in the environment
// each stage prints one line on stderr: wall and CPU milliseconds since main() and since the
// stage before. Without it every call is a cheap no-op.
namespace slipway::StartupTimes {

// Starts the clock; the first line says how much CPU the process spent before main()
// (loading and relocating its libraries).
void begin();
bool enabled();
// `stage` is a plain ASCII label ("document: services built").
void mark(const char* stage);

} // namespace slipway::StartupTimes
