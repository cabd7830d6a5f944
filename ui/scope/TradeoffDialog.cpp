// SPDX-License-Identifier: GPL-3.0-or-later
#include "TradeoffDialog.h"

#include "Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway::ui {

TradeoffDialog::TradeoffDialog(const QString& itemTitle, const QString& from, const QString& to,
                               QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("tradeoffDialog"));
    setWindowTitle(tr("Record the trade-off"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::space(1));
    auto* intro = new QLabel(
        tr("Moving <b>%1</b> from %2 to %3 is a trade-off. Say why; the reason is kept in the "
           "trade-off log with your name and the time.")
            .arg(itemTitle.toHtmlEscaped(), from.toHtmlEscaped(), to.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("tradeoffRationale"));
    m_text->setPlaceholderText(
        tr("e.g. The payment provider's certification slipped to next quarter."));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record and move"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!rationale().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(Theme::space(60), Theme::space(30));
}

QString TradeoffDialog::rationale() const {
    return m_text->toPlainText().trimmed();
}

} // namespace slipway::ui
