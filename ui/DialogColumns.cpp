// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogColumns.h"

#include "Theme.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace slipway::ui {

void layOutFormBeside(QDialog* dialog, QLayout* form, int formMinWidth, int formStretch,
                      QWidget* side, int sideStretch, QDialogButtonBox* buttons) {
    auto* columns = new QHBoxLayout;
    columns->setSpacing(Theme::space(2));
    auto* formBox = new QWidget(dialog);
    formBox->setLayout(form);
    formBox->setMinimumWidth(formMinWidth);
    columns->addWidget(formBox, formStretch);
    columns->addWidget(side, sideStretch);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(columns);
    layout->addWidget(buttons);
}

} // namespace slipway::ui
