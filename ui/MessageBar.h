// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace slipway::ui {

// An inline, dismissable message above a screen's content: errors a user should read but
// that must not block the window (or a test) behind a modal dialog.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };

    // `name` is the object name tests and style sheets find it by.
    explicit MessageBar(const QString& name, QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    QString text() const;

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace slipway::ui
