// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace slipway::ui {

// Asks why a committed item leaves its release or an item is deferred; the answer goes
// into the trade-off log. OK stays disabled until there is a reason.
class TradeoffDialog : public QDialog {
    Q_OBJECT
public:
    TradeoffDialog(const QString& itemTitle, const QString& from, const QString& to,
                   QWidget* parent = nullptr);

    QString rationale() const;

private:
    QPlainTextEdit* m_text = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace slipway::ui
