// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ServiceMetric.h"
#include "domain/ValidationCheck.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

class QLabel;
class QStandardItem;

namespace slipway::ui {

// How a validation state, a check's result and a metric's verdict look everywhere on the
// After release screen: a colour, an icon and a word, never the colour alone.
class ValidationBadge {
    Q_DECLARE_TR_FUNCTIONS(ValidationBadge)
public:
    static QColor color(ValidationState state);
    static QIcon icon(ValidationState state);
    static QColor color(BaselineVerdict verdict);
    static QIcon icon(BaselineVerdict verdict);
    static QString resultText(bool ok);
    static QColor resultColor(bool ok);
    static QIcon resultIcon(bool ok);

    // Fills a table item as a badge (BadgeDelegate draws it).
    static void decorate(QStandardItem* item, ValidationState state);
    static void decorate(QStandardItem* item, BaselineVerdict verdict);
    static void decorateResult(QStandardItem* item, bool ok);
    // A rounded label in the state's colour, for headers.
    static void styleLabel(QLabel* label, ValidationState state);
};

} // namespace slipway::ui
