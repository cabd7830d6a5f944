// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindWindowDialog.h"

#include "Theme.h"
#include "releases/ReleaseCommands.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/ScheduleService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

const QString kFormat = QStringLiteral("ddd d MMM yyyy HH:mm");

QString utcText(qint64 secs) {
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC), kFormat) +
           QStringLiteral(" UTC");
}

QString zoneText(qint64 secs, const QString& zone) {
    const QTimeZone tz(zone.toUtf8());
    const QDateTime local =
        QDateTime::fromSecsSinceEpoch(secs, tz.isValid() ? tz : QTimeZone::utc());
    return QLocale().toString(local, kFormat) + u' ' + local.timeZoneAbbreviation();
}

QTreeWidgetItem* reasonItem(QTreeWidgetItem* parent, QTreeWidget* tree, const QString& when,
                            const QString& why) {
    auto* item =
        parent ? new QTreeWidgetItem(parent, {when, why}) : new QTreeWidgetItem(tree, {when, why});
    item->setToolTip(1, why);
    return item;
}

} // namespace

FindWindowDialog::FindWindowDialog(Document& document, qint64 releaseId, QWidget* parent)
    : QDialog(parent)
    , m_document(document) {
    setWindowTitle(tr("Find a release window"));
    setObjectName(QStringLiteral("findWindowDialog"));
    auto* form = new QFormLayout;
    m_release = new QComboBox(this);
    m_release->setObjectName(QStringLiteral("findWindowRelease"));
    auto releases = document.releases().all();
    if (releases) {
        for (const Release& r : releases.value())
            m_release->addItem(releaseLabel(r.name, r.version), r.id);
    }
    m_release->setCurrentIndex(qMax(0, m_release->findData(releaseId)));
    form->addRow(tr("&Release"), m_release);

    m_after = new QDateTimeEdit(this);
    m_after->setObjectName(QStringLiteral("findWindowAfter"));
    m_after->setTimeSpec(Qt::UTC);
    m_after->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_after->setDateTime(QDateTime::currentDateTimeUtc());
    m_after->setCalendarPopup(true);
    form->addRow(tr("&Earliest start"), m_after);

    auto* length = new QHBoxLayout;
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("findWindowHours"));
    m_hours->setRange(0, 72);
    m_hours->setSuffix(tr(" h"));
    m_hours->setValue(4);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(0, 45);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    length->addWidget(m_hours);
    length->addWidget(m_minutes);
    length->addStretch();
    auto* lengthLabel = new QLabel(tr("&Length"), this);
    lengthLabel->setBuddy(m_hours);
    form->addRow(lengthLabel, length);

    m_horizonDays = new QSpinBox(this);
    m_horizonDays->setRange(1, 730);
    m_horizonDays->setValue(180);
    m_horizonDays->setSuffix(tr(" days"));
    form->addRow(tr("Look &ahead"), m_horizonDays);

    m_result = new QLabel(tr("Choose a release and press Find."), this);
    m_result->setObjectName(QStringLiteral("findWindowResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);

    m_reasons = new QTreeWidget(this);
    m_reasons->setObjectName(QStringLiteral("findWindowReasons"));
    m_reasons->setHeaderLabels({tr("Candidates"), tr("Why not")});
    m_reasons->setRootIsDecorated(true);
    m_reasons->header()->setStretchLastSection(true);
    m_reasons->setMinimumHeight(Theme::space(24));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* findButton = buttons->addButton(tr("&Find"), QDialogButtonBox::ActionRole);
    findButton->setObjectName(QStringLiteral("findWindowFind"));
    findButton->setDefault(true);
    m_apply = buttons->addButton(tr("&Apply to the release"), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(QStringLiteral("findWindowApply"));
    m_apply->setEnabled(false);
    m_apply->setToolTip(tr("Move the release's window here; Edit ▸ Undo takes it back"));
    connect(findButton, &QPushButton::clicked, this, &FindWindowDialog::find);
    connect(m_apply, &QPushButton::clicked, this, &FindWindowDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::space(1));
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_reasons, 1);
    layout->addWidget(buttons);
    resize(Theme::space(90), Theme::space(70));
}

void FindWindowDialog::find() {
    ScheduleService::FindRequest request;
    request.releaseId = m_release->currentData().toLongLong();
    request.after = m_after->dateTime().toSecsSinceEpoch();
    request.durationSecs = qint64(m_hours->value()) * 3600 + qint64(m_minutes->value()) * 60;
    request.horizonSecs = qint64(m_horizonDays->value()) * 86400;
    m_proposal.reset();
    if (request.durationSecs < qint64(15) * 60) {
        m_result->setText(tr("A window needs at least 15 minutes."));
        showProposal();
        return;
    }
    auto found = m_document.schedule().findWindow(request);
    if (!found) {
        m_result->setText(found.error().message);
        showProposal();
        return;
    }
    m_proposal = found.value();
    showProposal();
}

void FindWindowDialog::showProposal() {
    m_reasons->clear();
    m_apply->setEnabled(false);
    if (!m_proposal)
        return;
    const qint64 id = m_release->currentData().toLongLong();
    auto release = m_document.releases().find(id);
    const QString zone = release ? release->windowZone : QStringLiteral("UTC");
    if (m_proposal->when) {
        const Interval w = *m_proposal->when;
        const bool utcOnly = zone == u"UTC" || zone == u"Etc/UTC";
        m_result->setText(utcOnly
                              ? tr("Earliest window: %1 – %2").arg(utcText(w.start), utcText(w.end))
                              : tr("Earliest window: %1 – %2 (%3 – %4)")
                                    .arg(zoneText(w.start, zone), zoneText(w.end, zone),
                                         utcText(w.start), utcText(w.end)));
        m_apply->setEnabled(!m_document.isReadOnly());
        for (const Conflict& c : m_proposal->softConflicts) {
            auto* item = reasonItem(nullptr, m_reasons, tr("Warning on the proposal"), c.message());
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    } else {
        m_result->setText(tr("No window in the next %n day(s) breaks no hard rule.", nullptr,
                             m_horizonDays->value()));
    }
    for (const RejectedCandidate& r : m_proposal->rejected) {
        const QString span = r.candidates == 1
                                 ? utcText(r.when.start)
                                 : tr("%1 to %2 (%3 starts)")
                                       .arg(utcText(r.when.start), utcText(r.when.end))
                                       .arg(r.candidates);
        auto* item = reasonItem(nullptr, m_reasons, span,
                                r.reasons.isEmpty() ? QString() : r.reasons.first().message());
        for (qsizetype i = 1; i < r.reasons.size(); ++i)
            reasonItem(item, m_reasons, QString(), r.reasons[i].message());
    }
    m_reasons->resizeColumnToContents(0);
}

void FindWindowDialog::apply() {
    if (!m_proposal || !m_proposal->when)
        return;
    auto before = m_document.releases().find(m_release->currentData().toLongLong());
    if (!before) {
        m_result->setText(before.error().message);
        return;
    }
    Release after = before.value();
    after.windowStart = QDateTime::fromSecsSinceEpoch(m_proposal->when->start, Qt::UTC);
    after.windowEnd = QDateTime::fromSecsSinceEpoch(m_proposal->when->end, Qt::UTC);
    QString failure;
    m_document.undoStack()->push(
        new EditReleaseCommand(m_document.releases(), before.value(), after,
                               [&failure](const QString& m) { failure = m; }));
    if (!failure.isEmpty()) {
        m_result->setText(failure);
        return;
    }
    m_result->setText(tr("Moved %1 to the proposed window. Edit ▸ Undo takes it back.")
                          .arg(releaseLabel(after.name, after.version)));
    m_apply->setEnabled(false);
}

} // namespace slipway::ui
