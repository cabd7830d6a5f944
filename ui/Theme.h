// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReleaseEnums.h"
#include "itemmodels/SemanticStyle.h"

#include <QColor>
#include <QFont>
#include <QString>

namespace slipway::ui {

// The one visual language of every screen: Fusion, a palette that follows the system's
// light or dark mode, one accent, semantic colours and an 8-pixel grid.
class Theme {
public:
    // Call once after the QApplication exists. SLIPWAY_THEME=light|dark overrides the system.
    static void apply();
    static bool isDark();

    static constexpr int kGrid = 8;
    static constexpr int space(int units) { return units * kGrid; }
    static constexpr int kRadius = 6;

    static QColor accent();
    static QColor success();
    static QColor warning();
    static QColor danger();
    static QColor muted();    // secondary text
    static QColor border();   // card and separator lines
    static QColor card();     // surface of cards and panels
    static QColor onAccent(); // text and icons drawn on the accent colour

    // Calendar bands and marks: hard blackouts hatched red, soft ones amber, incident
    // freezes hatched grey, conflicts outlined red (always with a badge or text too).
    static QColor hardBlackout();
    static QColor softBlackout();
    static QColor incidentFreeze();
    static QColor conflict();
    static QColor todayLine();

    static QColor typeColor(ReleaseType type);
    static QColor statusColor(ReleaseStatus status);
    static QString typeIconName(ReleaseType type);
    static QString statusIconName(ReleaseStatus status);
    static SemanticStyle semanticStyle();

    // A colour laid over the window background at low strength, for banners and badges.
    static QColor tint(const QColor& color, qreal strength = 0.14);

    static QFont titleFont();   // a screen's heading
    static QFont sectionFont(); // bold section headers

    // Style sheets for the few shaped surfaces, written once here.
    static QString cardStyleSheet(const QString& objectName);
    static QString bannerStyleSheet(const QColor& color);
    static QString primaryButtonStyleSheet(); // the one main action of a screen
};

} // namespace slipway::ui
