// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace slipway {
struct CabPackItem;
}

namespace slipway::ui {

class ReportFlow;

// The CAB report's picture of a change's week: its window against the blackouts and freezes
// around it, each band labelled where there is room and named in the caption where not.
void weekPicture(ReportFlow& f, const CabPackItem& item);

} // namespace slipway::ui
