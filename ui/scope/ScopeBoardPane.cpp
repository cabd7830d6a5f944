// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeBoardPane.h"

#include "ScopeBoardView.h"
#include "ScopeStyle.h"
#include "Theme.h"
#include "itemmodels/ScopeBoardModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

QString points(double value) {
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

ScopeBoardPane::ScopeBoardPane(const QString& name, ScopeBoardModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model) {
    setObjectName(name);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::space(1));
    auto* header = new QHBoxLayout;
    header->setSpacing(Theme::space(1));
    auto* label = new QLabel(tr("Release:"), this);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(name + QStringLiteral("Release"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->setMinimumContentsLength(16);
    label->setBuddy(m_picker);
    m_capacity = new QLabel(this);
    m_capacity->setObjectName(name + QStringLiteral("Capacity"));
    m_capacity->setTextFormat(Qt::PlainText);
    m_capacityButton = new QToolButton(this);
    m_capacityButton->setObjectName(name + QStringLiteral("CapacityButton"));
    m_capacityButton->setText(tr("Capacity…"));
    m_capacityButton->setToolTip(tr("How many effort points this release can take"));
    header->addWidget(label);
    header->addWidget(m_picker);
    header->addSpacing(Theme::space(2));
    header->addWidget(m_capacity);
    header->addWidget(m_capacityButton);
    header->addStretch(1);
    layout->addLayout(header);
    m_view = new ScopeBoardView(this);
    m_view->setObjectName(name + QStringLiteral("View"));
    m_view->setModel(model);
    layout->addWidget(m_view, 1);

    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = releaseId();
        m_view->setRelease(id);
        updateCapacity();
    });
    connect(m_capacityButton, &QToolButton::clicked, this,
            [this] { Q_EMIT capacityEditRequested(releaseId()); });
    connect(model, &ScopeBoardModel::boardChanged, this, &ScopeBoardPane::updateCapacity);
}

qint64 ScopeBoardPane::releaseId() const {
    return m_picker->currentData().toLongLong();
}

void ScopeBoardPane::setRelease(qint64 releaseId) {
    const int index = m_picker->findData(releaseId);
    if (index >= 0)
        m_picker->setCurrentIndex(index);
}

void ScopeBoardPane::setEditable(bool editable) {
    m_editable = editable;
    m_view->setEditable(editable);
    updateCapacity();
}

void ScopeBoardPane::refresh() {
    const qint64 current = releaseId();
    {
        const QSignalBlocker block(m_picker);
        m_picker->clear();
        for (const ScopeRelease& r : m_model->releases()) {
            QString text = r.label();
            if (r.isClosed())
                text += QStringLiteral(" (%1)").arg(displayName(r.status).toLower());
            m_picker->addItem(text, r.id);
        }
        const int index = m_picker->findData(current);
        m_picker->setCurrentIndex(index >= 0 ? index : (m_picker->count() > 0 ? 0 : -1));
    }
    m_view->setRelease(releaseId());
    updateCapacity();
}

void ScopeBoardPane::updateCapacity() {
    const qint64 id = releaseId();
    const ScopeRelease* release = m_model->release(id);
    m_capacityButton->setEnabled(m_editable && release);
    if (!release) {
        m_capacity->setText(m_model->releases().isEmpty()
                                ? tr("No releases yet: create one on the Releases screen.")
                                : QString());
        m_capacity->setProperty("capacityState", QStringLiteral("unset"));
        m_capacity->setStyleSheet(QString());
        return;
    }
    const double committed = m_model->committedEffort(id);
    const auto state = ScopeStyle::capacityState(committed, release->capacity);
    QString text;
    switch (state) {
    case ScopeStyle::Capacity::Unset:
        text = tr("Committed %1 pts · no capacity set").arg(points(committed));
        break;
    case ScopeStyle::Capacity::Fine:
    case ScopeStyle::Capacity::Near:
    case ScopeStyle::Capacity::Over: {
        const double cap = *release->capacity;
        const int percent = cap > 0 ? qRound(100.0 * committed / cap) : (committed > 0 ? 999 : 0);
        text = tr("Committed %1 of %2 pts (%3 %)").arg(points(committed), points(cap)).arg(percent);
        if (state == ScopeStyle::Capacity::Near)
            text += tr(" · near capacity");
        if (state == ScopeStyle::Capacity::Over)
            text += tr(" · over capacity by %1 pts").arg(points(committed - cap));
        break;
    }
    }
    m_capacity->setText(text);
    m_capacity->setProperty("capacityState", ScopeStyle::capacityKey(state));
    const QColor color = ScopeStyle::capacityColor(state);
    m_capacity->setStyleSheet(
        state == ScopeStyle::Capacity::Unset
            ? QStringLiteral("color: %1;").arg(color.name())
            : QStringLiteral("color: %1; font-weight: bold; background: %2; border-radius: 4px; "
                             "padding: 2px 8px;")
                  .arg(color.name(), Theme::tint(color, 0.16).name()));
}

} // namespace slipway::ui
