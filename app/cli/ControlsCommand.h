// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"

#include <QStringList>

namespace slipway::cli {

// slipway controls list|add|set|remove|tag|untag|attest|clear|status: the regulatory control
// sets of tags (SOX, HIPAA, GDPR, PCI DSS …), the tags of releases, the references recorded
// for their attestation controls, and the state of each release's controls.
int runControls(const QStringList& args);

} // namespace slipway::cli
