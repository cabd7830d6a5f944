// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDialog;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QString;
class QWidget;

namespace slipway::ui {

// The layout the editing dialogs share: their form on the left (at least `formMinWidth`
// wide), a companion panel on the right (a preview, the risk result, the agenda), the
// buttons underneath (the dialog wires them: some check before accepting). Stretches share
// the width between form and panel.
void layOutFormBeside(QDialog* dialog, QLayout* form, int formMinWidth, int formStretch,
                      QWidget* side, int sideStretch, QDialogButtonBox* buttons);

// The red line under a field that says what is wrong with it; hidden until there is.
QLabel* fieldErrorLabel(QWidget* parent, const QString& objectName);

} // namespace slipway::ui
