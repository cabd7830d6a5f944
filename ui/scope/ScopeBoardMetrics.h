// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScopeCardPainter.h"
#include "Theme.h"
#include "domain/ScopeItem.h"

#include <array>

// The scope board's geometry and columns, shared by its painting and its input handling.
namespace slipway::ui::scopeboard {

constexpr int kHeader = 48;
constexpr int kGap = Theme::space(1);
constexpr int kMargin = Theme::space(1);
constexpr int kInset = 6; // card inside its column
constexpr int kMinColumn = 160;
constexpr int kPitch = ScopeCardPainter::kHeight + kGap;

constexpr std::array<ScopeStatus, 5> kStatuses = {ScopeStatus::Proposed, ScopeStatus::Committed,
                                                  ScopeStatus::InProgress, ScopeStatus::Done,
                                                  ScopeStatus::Deferred};

} // namespace slipway::ui::scopeboard
