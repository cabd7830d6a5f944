// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogColumns.h"

#include "Theme.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
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

QLabel* fieldErrorLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    label->hide();
    return label;
}

} // namespace slipway::ui
