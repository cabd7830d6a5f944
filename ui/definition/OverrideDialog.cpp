// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverrideDialog.h"

#include "Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway::ui {

OverrideDialog::OverrideDialog(Mode mode, const QString& guard, const QString& release,
                               const QString& actor, QWidget* parent)
    : QDialog(parent) {
    const bool request = mode == Mode::Request;
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(request ? tr("Override a Guard") : tr("Settle an Override"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::space(1));

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(request ? tr("Let %1 past “%2” without meeting it.").arg(release, guard)
                           : tr("Close the override of “%1” for %2: was the guard met after all, "
                                "or is the deviation accepted?")
                                 .arg(guard, release));
    layout->addWidget(intro);

    auto* label = new QLabel(request ? tr("&Reason:") : tr("&How it was settled:"), this);
    layout->addWidget(label);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(request ? QStringLiteral("overrideReason")
                                  : QStringLiteral("overrideSettlement"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(request ? tr("Why the release must go ahead without this control")
                                       : tr("The guard was met on …, or why the deviation stands"));
    m_text->setFixedHeight(Theme::space(10));
    label->setBuddy(m_text);
    layout->addWidget(m_text);

    auto* note = new QLabel(this);
    note->setObjectName(QStringLiteral("overrideExplanation"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    note->setText(request ? tr("Asked for in your name (%1) and audited. It lets nothing pass "
                               "until a second person with the release manager role approves "
                               "it, and it stays in view until it is settled.")
                                .arg(actor)
                          : tr("Settled in your name (%1) and audited; the override then "
                               "leaves the readiness list.")
                                .arg(actor));
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(request ? tr("Ask for Override") : tr("Settle"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &OverrideDialog::validate);
    setMinimumWidth(Theme::space(56));
    validate();
    m_text->setFocus();
}

QString OverrideDialog::text() const {
    return m_text->toPlainText().trimmed();
}

void OverrideDialog::validate() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty());
}

} // namespace slipway::ui
