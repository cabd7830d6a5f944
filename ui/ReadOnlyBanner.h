// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace slipway::ui {

// The strip across the top of the window that says the file cannot be changed, and why.
class ReadOnlyBanner : public QFrame {
    Q_OBJECT
public:
    explicit ReadOnlyBanner(QWidget* parent = nullptr);
    void setReason(const QString& reason);
    QString text() const;

private:
    QLabel* m_text = nullptr;
};

} // namespace slipway::ui
