// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace slipway::cli {

// slipway env matrix: what runs where (EnvCommand.cpp).
int runEnv(const QStringList& args);
// slipway component pin|unpin|pins: version pins by hand (ComponentCommand.cpp).
int runComponent(const QStringList& args);

} // namespace slipway::cli
