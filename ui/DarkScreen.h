// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QWidget;

namespace slipway::ui {

// The dark, large-type look of the screens shown to a room: CAB mode and the deployment war
// room. One palette, so both read the same on the meeting-room screen.
namespace darkScreen {

inline const QColor kBackground(0x0b, 0x10, 0x1a);
inline const QColor kPanel(0x1f, 0x29, 0x37);
inline const QColor kText(0xf9, 0xfa, 0xfb);
inline const QColor kDim(0xa8, 0xb3, 0xc4);
inline const QColor kFaint(0x6b, 0x76, 0x88);
inline const QColor kGood(0x4a, 0xde, 0x80);
inline const QColor kBad(0xf8, 0x71, 0x71);
inline const QColor kWarn(0xfb, 0xbf, 0x24);
inline const QColor kAccent(0x60, 0xa5, 0xfa);
inline const QColor kAlarm(0x99, 0x1b, 0x1b);

// A top-level window that takes the keys and paints on the dark background.
void prepare(QWidget* window);

} // namespace darkScreen
} // namespace slipway::ui
