// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabModeWindow.h"

#include "CabDecider.h"
#include "CabStyle.h"
#include "DarkScreen.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QInputDialog>
#include <QKeyEvent>
#include <QPainter>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace slipway::ui {
namespace {

using namespace darkScreen;

QColor onDark(RiskLevel level) {
    switch (level) {
    case RiskLevel::Low:
        return kGood;
    case RiskLevel::Medium:
        return kWarn;
    case RiskLevel::High:
        return QColor(0xfb, 0x92, 0x3c);
    case RiskLevel::Critical:
        return kBad;
    }
    return kDim;
}

QString city(const QString& zone) {
    return zone.section(u'/', -1).replace(u'_', u' ');
}

QString clock(qint64 ms) {
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2")
        .arg(s / 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

CabModeWindow::CabModeWindow(CabPack pack, CabDecider& decider, Reload reload, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_pack(std::move(pack))
    , m_decider(decider)
    , m_reload(std::move(reload)) {
    setObjectName(QStringLiteral("cabModeWindow"));
    setWindowTitle(tr("CAB mode — %1").arg(m_pack.meeting.title));
    setAttribute(Qt::WA_DeleteOnClose);
    darkScreen::prepare(this);
    m_spentMs = QList<qint64>(m_pack.items.size(), 0);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_status = m_pack.items.isEmpty()
                   ? tr("The agenda is empty. Build it on the CAB screen, then come back.")
                   : QString();
}

qint64 CabModeWindow::elapsedSecs(int index) const {
    if (index < 0 || index >= m_spentMs.size())
        return 0;
    qint64 ms = m_spentMs[index];
    if (m_timing && index == m_index)
        ms += m_clock.elapsed();
    return ms / 1000;
}

void CabModeWindow::showItem(int index) {
    if (m_pack.items.isEmpty())
        return;
    const int target = std::clamp(index, 0, int(m_pack.items.size()) - 1);
    if (target == m_index)
        return;
    if (m_timing) {
        m_spentMs[m_index] += m_clock.elapsed();
        m_clock.restart();
    }
    m_index = target;
    m_status.clear();
    update();
}

void CabModeWindow::toggleTimer() {
    if (m_pack.items.isEmpty())
        return;
    if (m_timing) {
        m_spentMs[m_index] += m_clock.elapsed();
        m_tick->stop();
    } else {
        m_clock.restart();
        m_tick->start();
    }
    m_timing = !m_timing;
    update();
}

QStringList CabModeWindow::askConditions() {
    if (m_ask)
        return m_ask();
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Approve with conditions"),
        tr("Conditions, one per line (the change is not ready until each is met):"), QString(),
        &ok);
    return ok ? text.split(u'\n', Qt::SkipEmptyParts) : QStringList();
}

void CabModeWindow::decide(DecisionOutcome outcome) {
    if (m_pack.items.isEmpty())
        return;
    const CabPackItem& item = m_pack.items[m_index];
    if (!item.change) {
        m_status = tr("A gate escalation is heard, not decided; decide the change it concerns.");
        m_statusBad = true;
        update();
        return;
    }
    QStringList conditions;
    if (outcome == DecisionOutcome::ApproveWithConditions) {
        conditions = askConditions();
        if (conditions.isEmpty()) {
            m_status = tr("No conditions given; nothing recorded.");
            m_statusBad = true;
            update();
            return;
        }
    }
    QString message;
    const bool ok = m_decider.decide(m_pack.meeting.id, item.change->id, item.change->ticket,
                                     outcome, conditions, QString(), &message);
    if (ok && m_reload) {
        const int keep = m_index;
        m_pack = m_reload();
        if (m_spentMs.size() != m_pack.items.size())
            m_spentMs.resize(m_pack.items.size());
        m_index = std::clamp(keep, 0, std::max(0, int(m_pack.items.size()) - 1));
    }
    m_status = message;
    m_statusBad = !ok;
    update();
}

void CabModeWindow::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        showItem(m_index + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        showItem(m_index - 1);
        return;
    case Qt::Key_Home:
        showItem(0);
        return;
    case Qt::Key_End:
        showItem(int(m_pack.items.size()) - 1);
        return;
    case Qt::Key_A:
        decide(DecisionOutcome::Approve);
        return;
    case Qt::Key_C:
        decide(DecisionOutcome::ApproveWithConditions);
        return;
    case Qt::Key_R:
        decide(DecisionOutcome::Reject);
        return;
    case Qt::Key_D:
        decide(DecisionOutcome::Defer);
        return;
    case Qt::Key_T:
        toggleTimer();
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void CabModeWindow::closeEvent(QCloseEvent* event) {
    Q_EMIT left();
    event->accept();
}

void CabModeWindow::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), kBackground);
    const qreal H = height(), W = width();
    const qreal body = std::max(14.0, H * 0.034); // about 28 pt on a 1080-line screen
    const qreal margin = W * 0.04;
    const auto font = [](qreal px, bool bold = false) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(int(px));
        f.setBold(bold);
        return f;
    };
    qreal y = H * 0.04;
    const qreal textW = W - 2 * margin;

    // The keys, always on screen.
    const QString keys =
        tr("←/→ move    A approve    C approve with conditions    R reject    D defer    "
           "T timer    Esc leave");
    const qreal keysH = body * 1.6;
    p.fillRect(QRectF(0, H - keysH, W, keysH), QColor(0x1f, 0x29, 0x37));
    p.setFont(font(body * 0.7, true));
    p.setPen(kText);
    p.drawText(QRectF(margin, H - keysH, textW, keysH), Qt::AlignVCenter | Qt::AlignLeft, keys);

    p.setFont(font(body * 0.7));
    p.setPen(kDim);
    const QString where =
        m_pack.items.isEmpty()
            ? m_pack.meeting.title
            : tr("%1 / %2  ·  %3  ·  %4")
                  .arg(m_index + 1)
                  .arg(m_pack.items.size())
                  .arg(displayName(m_pack.items[m_index].item.kind), m_pack.meeting.title);
    p.drawText(QRectF(margin, y, textW, body), Qt::AlignLeft | Qt::AlignVCenter, where);
    if (!m_pack.items.isEmpty()) {
        p.setPen(m_timing ? kWarn : kDim);
        p.setFont(font(body * 0.8, true));
        p.drawText(QRectF(margin, y, textW, body), Qt::AlignRight | Qt::AlignVCenter,
                   (m_timing ? tr("Timer %1") : tr("Timer %1 (T starts)"))
                       .arg(clock(elapsedSecs(m_index) * 1000)));
    }
    y += body * 1.6;

    if (m_pack.items.isEmpty()) {
        p.setFont(font(body * 1.2, true));
        p.setPen(kText);
        p.drawText(QRectF(margin, y, textW, H * 0.5), Qt::TextWordWrap, m_status);
        return;
    }
    const CabPackItem& item = m_pack.items[m_index];

    // Title and risk.
    const QFont titleFont = font(body * 1.3, true);
    p.setFont(titleFont);
    const QRectF titleBox =
        p.boundingRect(QRectF(margin, y, textW, H), Qt::TextWordWrap, item.heading());
    p.setPen(kText);
    p.drawText(QRectF(margin, y, textW, titleBox.height()), Qt::TextWordWrap, item.heading());
    y += titleBox.height() + body * 0.5;

    const qreal labelW = W * 0.17;
    const auto row = [&](const QString& label, const QString& value, const QColor& colour,
                         int maxLines = 3) {
        const QFont f = font(body);
        p.setFont(f);
        const QFontMetricsF fm(f);
        const qreal lineH = fm.lineSpacing();
        QRectF box =
            p.boundingRect(QRectF(margin + labelW, y, textW - labelW, H), Qt::TextWordWrap, value);
        const qreal h = std::min(box.height(), lineH * maxLines);
        if (y + h > H - keysH - body * 2.2)
            return;
        p.setFont(font(body * 0.75, true));
        p.setPen(kDim);
        p.drawText(QRectF(margin, y + (lineH - body * 0.75) / 2, labelW, lineH),
                   Qt::AlignLeft | Qt::AlignTop, label.toUpper());
        p.setFont(f);
        p.setPen(colour);
        p.save();
        p.setClipRect(QRectF(margin + labelW, y, textW - labelW, h + 1));
        p.drawText(QRectF(margin + labelW, y, textW - labelW, H), Qt::TextWordWrap, value);
        p.restore();
        y += h + body * 0.35;
    };

    if (item.change) {
        const ChangeRequest& c = *item.change;
        QString risk = tr("%1 · %2").arg(displayName(c.riskLevel).toUpper()).arg(c.riskScore);
        if (!c.riskDrivers.isEmpty())
            risk += QStringLiteral(" — ") + c.riskDrivers.mid(0, 2).join(QStringLiteral("; "));
        row(tr("Risk"), risk, onDark(c.riskLevel), 2);
    }
    row(tr("Window"), cabtext::utcWindow(item.windowStart, item.windowEnd), kText, 1);
    if (item.windowStart > 0) {
        QStringList local;
        for (const QString& zone : m_pack.zones()) {
            if (zone == u"UTC")
                continue;
            const QTimeZone tz(zone.toUtf8());
            if (tz.isValid())
                local << city(zone) + u' ' +
                             QDateTime::fromSecsSinceEpoch(item.windowStart, tz)
                                 .toString(QStringLiteral("ddd HH:mm"));
        }
        if (!local.isEmpty())
            row(tr("Local"), local.join(QStringLiteral("  ·  ")), kDim, 2);
    }
    if (item.conflicts.isEmpty()) {
        row(tr("Conflicts"), tr("None"), kGood, 1);
    } else {
        QString text = tr("%n conflict(s): ", nullptr, int(item.conflicts.size())) +
                       item.conflicts.first().message();
        row(tr("Conflicts"), text, kBad, 2);
    }
    row(tr("Gates"), item.gateStatus.isEmpty() ? tr("No quality gates recorded") : item.gateStatus,
        kText, 1);
    if (item.release) {
        const auto any = [&](auto test) {
            return std::any_of(item.readiness.cbegin(), item.readiness.cend(), test);
        };
        const bool open = any([](const GuardCheck& g) { return !g.passes(); });
        const bool excused = !item.openOverrides.isEmpty() ||
                             any([](const GuardCheck& g) { return g.state != GuardState::Met; });
        QString ready = cabtext::readinessSummary(item.readiness);
        if (!item.openOverrides.isEmpty())
            ready += tr(" · %n override(s) not settled", nullptr, int(item.openOverrides.size()));
        row(tr("Readiness"), ready, open ? kBad : excused ? kWarn : kGood, 2);
    }
    if (item.change) {
        row(tr("Rollback"),
            item.change->rollbackPlan.isEmpty() ? tr("NO ROLLBACK PLAN")
                                                : item.change->rollbackPlan,
            item.change->rollbackPlan.isEmpty() ? kBad : kText, 2);
        const QColor state = item.approval.ready()                              ? kGood
                             : item.approval.status == ApprovalStatus::Rejected ? kBad
                                                                                : kAccent;
        row(tr("Approvals"),
            displayName(item.approval.status) + QStringLiteral(" — ") +
                cabtext::approvalsLine(item.approval),
            state, 2);
    } else {
        row(tr("Escalation"), item.item.reason, kWarn, 3);
    }

    if (!m_status.isEmpty()) {
        p.setFont(font(body * 0.8, true));
        p.setPen(m_statusBad ? kBad : kGood);
        p.drawText(QRectF(margin, H - keysH - body * 1.8, textW, body * 1.5),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                   QFontMetricsF(p.font()).elidedText(m_status, Qt::ElideRight, textW));
    }
}

} // namespace slipway::ui
