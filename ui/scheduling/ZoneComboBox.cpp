// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZoneComboBox.h"

#include <QCompleter>
#include <QTimeZone>

namespace slipway::ui {

ZoneComboBox::ZoneComboBox(QWidget* parent)
    : QComboBox(parent) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        addItem(QString::fromUtf8(id));
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setMinimumContentsLength(20);
}

void ZoneComboBox::setZone(const QString& zone) {
    const int index = findText(zone);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(zone);
}

} // namespace slipway::ui
