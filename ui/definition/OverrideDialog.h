// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace slipway::ui {

// Asks for what an override of a lifecycle guard needs in words: the reason when asking for
// one (it lets nothing pass until a second release manager approves it), or how it was
// settled. OK stays disabled while the text is empty.
class OverrideDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Request, Settle };

    // `guard` and `release` as shown to users; `actor` is who will be recorded.
    OverrideDialog(Mode mode, const QString& guard, const QString& release, const QString& actor,
                   QWidget* parent = nullptr);

    // The reason (Request) or the settlement note (Settle), trimmed.
    QString text() const;

private:
    void validate();

    QPlainTextEdit* m_text = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace slipway::ui
