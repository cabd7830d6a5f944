// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskSection.h"

#include "DefinitionContext.h"
#include "DefinitionOps.h"
#include "IconProvider.h"
#include "Theme.h"
#include "releases/ReleaseCommands.h"
#include "rules/ApprovalRules.h"
#include "rules/RiskClassifier.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/RiskAssessmentService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace slipway::ui {
namespace {

QString gateName(const QString& key) {
    if (key == u"development-complete")
        return RiskSection::tr("Development complete");
    if (key == u"qa")
        return RiskSection::tr("QA");
    if (key == u"security")
        return RiskSection::tr("Security");
    if (key == u"staging")
        return RiskSection::tr("Staging");
    if (key == u"cab")
        return RiskSection::tr("CAB");
    return key;
}

QColor levelColor(RiskLevel level) {
    switch (level) {
    case RiskLevel::Low:
        return Theme::success();
    case RiskLevel::Medium:
        return Theme::accent();
    case RiskLevel::High:
        return Theme::warning();
    case RiskLevel::Critical:
        return Theme::danger();
    }
    return Theme::muted();
}

template <typename Enum> QComboBox* answerCombo(QWidget* parent, const char* name) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    for (int i = 0; i < 4; ++i)
        combo->addItem(displayName(Enum(i)), toKey(Enum(i)));
    return combo;
}

} // namespace

RiskSection::RiskSection(DefinitionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("riskSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::space(1));
    auto* title = new QLabel(tr("Risk classification"), this);
    title->setFont(Theme::sectionFont());
    layout->addWidget(title);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(Theme::space(1));
    form->setVerticalSpacing(Theme::space(1) / 2);
    m_users = answerCombo<UsersAffected>(this, "riskUsers");
    form->addRow(tr("Users affected"), m_users);
    m_services = new QSpinBox(this);
    m_services->setObjectName(QStringLiteral("riskServices"));
    m_services->setRange(0, 999);
    m_services->setValue(1);
    form->addRow(tr("Services affected"), m_services);
    m_data = answerCombo<DataMigration>(this, "riskDataMigration");
    form->addRow(tr("Data migration"), m_data);
    m_rollback = answerCombo<RollbackComplexity>(this, "riskRollback");
    form->addRow(tr("Rollback"), m_rollback);
    m_regulatory = answerCombo<RegulatoryExposure>(this, "riskRegulatory");
    form->addRow(tr("Regulatory exposure"), m_regulatory);
    m_window = new QDoubleSpinBox(this);
    m_window->setObjectName(QStringLiteral("riskWindowHours"));
    m_window->setRange(0.25, 168);
    m_window->setSingleStep(0.5);
    m_window->setDecimals(2);
    m_window->setSuffix(tr(" h"));
    m_window->setValue(1);
    form->addRow(tr("Change window"), m_window);
    m_novelty = answerCombo<Novelty>(this, "riskNovelty");
    form->addRow(tr("Novelty"), m_novelty);
    m_urgent =
        new QCheckBox(tr("Urgent: restores a live service or closes an exploited hole"), this);
    m_urgent->setObjectName(QStringLiteral("riskUrgent"));
    form->addRow(QString(), m_urgent);
    layout->addLayout(form);

    auto* result = new QFrame(this);
    result->setObjectName(QStringLiteral("riskResultCard"));
    result->setStyleSheet(Theme::cardStyleSheet(QStringLiteral("riskResultCard")));
    auto* resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(Theme::space(1), Theme::space(1), Theme::space(1),
                                     Theme::space(1));
    resultLayout->setSpacing(Theme::space(1) / 2);
    m_score = new QLabel(result);
    m_score->setObjectName(QStringLiteral("riskScoreLabel"));
    QFont big = Theme::sectionFont();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_score->setFont(big);
    resultLayout->addWidget(m_score);
    m_type = new QLabel(result);
    m_type->setObjectName(QStringLiteral("suggestedTypeLabel"));
    resultLayout->addWidget(m_type);
    for (QLabel** label : {&m_gates, &m_approvals, &m_planning}) {
        *label = new QLabel(result);
        (*label)->setWordWrap(true);
        resultLayout->addWidget(*label);
    }
    m_gates->setObjectName(QStringLiteral("riskGatesLabel"));
    m_approvals->setObjectName(QStringLiteral("riskApprovalsLabel"));
    m_planning->setObjectName(QStringLiteral("riskPlanningLabel"));
    auto* drivenBy = new QLabel(tr("What drove it"), result);
    drivenBy->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    resultLayout->addWidget(drivenBy);
    m_drivers = new QListWidget(result);
    m_drivers->setObjectName(QStringLiteral("riskDriversList"));
    m_drivers->setSelectionMode(QAbstractItemView::NoSelection);
    m_drivers->setFocusPolicy(Qt::NoFocus);
    m_drivers->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    resultLayout->addWidget(m_drivers);
    layout->addWidget(result);

    auto* overrideRow = new QHBoxLayout;
    overrideRow->setSpacing(Theme::space(1));
    overrideRow->addWidget(new QLabel(tr("Release type"), this));
    m_override = new QComboBox(this);
    m_override->setObjectName(QStringLiteral("riskOverrideType"));
    m_override->addItem(tr("As suggested"), QString());
    for (const QString& key : allReleaseTypeKeys()) {
        const ReleaseType t = *releaseTypeFromKey(key);
        m_override->addItem(IconProvider::icon(Theme::typeIconName(t), Theme::typeColor(t)),
                            displayName(t), key);
    }
    overrideRow->addWidget(m_override);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("riskOverrideReason"));
    m_reason->setPlaceholderText(tr("Why the suggestion does not fit (required to override)"));
    overrideRow->addWidget(m_reason, 1);
    layout->addLayout(overrideRow);

    auto* buttons = new QHBoxLayout;
    m_savedInfo = new QLabel(this);
    m_savedInfo->setObjectName(QStringLiteral("riskSavedInfo"));
    m_savedInfo->setWordWrap(true);
    m_savedInfo->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    buttons->addWidget(m_savedInfo, 1);
    m_apply = new QPushButton(tr("Use for release"), this);
    m_apply->setObjectName(QStringLiteral("applyRiskTypeButton"));
    m_apply->setToolTip(tr("Set the release's type to the assessed one"));
    buttons->addWidget(m_apply);
    m_save = new QPushButton(IconProvider::icon(QStringLiteral("save"), Theme::onAccent()),
                             tr("Save assessment"), this);
    m_save->setObjectName(QStringLiteral("saveRiskButton"));
    m_save->setStyleSheet(Theme::primaryButtonStyleSheet());
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch(1);

    for (QComboBox* c : {m_users, m_data, m_rollback, m_regulatory, m_novelty, m_override})
        connect(c, &QComboBox::currentIndexChanged, this, &RiskSection::answersChanged);
    connect(m_services, &QSpinBox::valueChanged, this, &RiskSection::answersChanged);
    connect(m_window, &QDoubleSpinBox::valueChanged, this, &RiskSection::answersChanged);
    connect(m_urgent, &QCheckBox::toggled, this, &RiskSection::answersChanged);
    connect(m_reason, &QLineEdit::textChanged, this, &RiskSection::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &RiskSection::save);
    connect(m_apply, &QPushButton::clicked, this, &RiskSection::applyType);
    answersChanged();
}

RiskAnswers RiskSection::answers() const {
    RiskAnswers a;
    a.users = UsersAffected(m_users->currentIndex());
    a.servicesAffected = m_services->value();
    a.dataMigration = DataMigration(m_data->currentIndex());
    a.rollback = RollbackComplexity(m_rollback->currentIndex());
    a.regulatory = RegulatoryExposure(m_regulatory->currentIndex());
    a.windowMinutes = std::max(1, int(std::lround(m_window->value() * 60)));
    a.novelty = Novelty(m_novelty->currentIndex());
    a.urgent = m_urgent->isChecked();
    return a;
}

std::optional<ReleaseType> RiskSection::chosenOverride() const {
    return releaseTypeFromKey(m_override->currentData().toString());
}

void RiskSection::load(qint64 releaseId) {
    m_releaseId = releaseId;
    m_stored.reset();
    if (releaseId > 0) {
        auto stored = m_context.document.riskAssessments().forRelease(releaseId);
        if (stored)
            m_stored = stored.value();
        else
            m_context.fail(stored.error().message);
    }
    m_loading = true;
    const RiskAnswers a = m_stored ? m_stored->answers : RiskAnswers();
    m_users->setCurrentIndex(int(a.users));
    m_services->setValue(a.servicesAffected);
    m_data->setCurrentIndex(int(a.dataMigration));
    m_rollback->setCurrentIndex(int(a.rollback));
    m_regulatory->setCurrentIndex(int(a.regulatory));
    m_window->setValue(a.windowMinutes / 60.0);
    m_novelty->setCurrentIndex(int(a.novelty));
    m_urgent->setChecked(a.urgent);
    m_override->setCurrentIndex(m_stored && m_stored->overrideType
                                    ? m_override->findData(toKey(*m_stored->overrideType))
                                    : 0);
    m_reason->setText(m_stored ? m_stored->overrideReason : QString());
    m_loading = false;

    if (!m_stored) {
        m_savedInfo->setText(tr("Not assessed yet: answer the questions and save."));
    } else {
        const auto when = [](const QDateTime& t) {
            return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
        };
        QString info = tr("Saved by %1, %2.").arg(m_stored->assessedBy, when(m_stored->assessedAt));
        if (m_stored->overrideType)
            info += u' ' + tr("Type set to %1 by %2: “%3”.")
                               .arg(displayName(*m_stored->overrideType), m_stored->overriddenBy,
                                    m_stored->overrideReason);
        m_savedInfo->setText(info);
    }
    answersChanged();
}

void RiskSection::setEditable(bool) {
    load(m_releaseId);
}

void RiskSection::answersChanged() {
    if (m_loading)
        return;
    showResult(RiskClassifier::classify(answers()));
    updateButtons();
}

void RiskSection::showResult(const RiskAssessmentResult& r) {
    const QColor color = levelColor(r.level);
    m_score->setText(tr("Score %1 / %2 · %3 risk")
                         .arg(r.score)
                         .arg(RiskClassifier::kMaxScore)
                         .arg(displayName(r.level)));
    m_score->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
    m_type->setText(tr("Suggested type: <b>%1</b>").arg(displayName(r.suggestedType)));
    QStringList gates;
    for (const QString& g : r.rigour.gates)
        gates << gateName(g);
    m_gates->setText(tr("Gates: %1").arg(gates.join(QStringLiteral(" → "))));
    QStringList approvals;
    for (const QString& a : r.rigour.approvals)
        approvals << approvalRoleName(a);
    m_approvals->setText(tr("Approvals: %1").arg(approvals.join(QStringLiteral(", "))));
    QStringList planning;
    planning << (r.rigour.minimumNoticeDays == 0
                     ? tr("No notice period (emergency)")
                     : tr("Book the window %n day(s) ahead", nullptr, r.rigour.minimumNoticeDays));
    if (r.rigour.rollbackRehearsal)
        planning << tr("rehearse the rollback in staging");
    if (r.rigour.postReleaseReview)
        planning << tr("hold a post-release review");
    m_planning->setText(planning.join(QStringLiteral(" · ")));

    m_drivers->clear();
    for (const RiskDriver& d : r.drivers) {
        const QString points =
            d.points > 0 ? QStringLiteral("+%1").arg(d.points) : QStringLiteral("  ·");
        auto* item =
            new QListWidgetItem(QStringLiteral("%1  %2").arg(points, d.explanation), m_drivers);
        item->setData(Qt::UserRole, d.question);
        if (d.floor || d.question == u"urgent")
            item->setForeground(levelColor(d.floor.value_or(RiskLevel::Critical)));
    }
    if (r.drivers.isEmpty())
        new QListWidgetItem(tr("Nothing raises the risk: a routine change."), m_drivers);
    // As tall as its lines (eight at most), so the card does not end in blank space.
    const int lines = std::min(8, m_drivers->count());
    m_drivers->setFixedHeight(lines * m_drivers->sizeHintForRow(0) + 2 * m_drivers->frameWidth() +
                              Theme::space(1) / 2);
}

void RiskSection::updateButtons() {
    const bool editable = m_context.editable && m_releaseId > 0;
    const auto over = chosenOverride();
    m_reason->setEnabled(editable && over.has_value());
    const bool reasonOk = !over || !m_reason->text().trimmed().isEmpty();
    bool dirty = !m_stored;
    if (m_stored) {
        dirty = !(m_stored->answers == answers()) || m_stored->overrideType != over ||
                (over && m_stored->overrideReason != m_reason->text().trimmed());
    }
    m_save->setEnabled(editable && dirty && reasonOk);
    m_save->setToolTip(reasonOk ? tr("Save the answers and the type (Edit ▸ Undo takes it back)")
                                : tr("Say why you override the suggested type first"));
    bool applicable = false;
    if (editable && m_stored) {
        auto release = m_context.document.releases().find(m_releaseId);
        applicable = release && release->type != m_stored->effectiveType();
        if (applicable)
            m_apply->setText(tr("Make it %1").arg(displayName(m_stored->effectiveType())));
    }
    m_apply->setVisible(applicable);
}

void RiskSection::save() {
    if (m_releaseId <= 0 || !m_context.editable)
        return;
    const auto over = chosenOverride();
    if (over && m_reason->text().trimmed().isEmpty()) {
        m_context.fail(tr("Say why you override the suggested type: the reason is kept on "
                          "record."));
        return;
    }
    RiskAssessment after = m_stored.value_or(RiskAssessment());
    after.releaseId = m_releaseId;
    after.answers = answers();
    const RiskAssessmentResult r = RiskClassifier::classify(after.answers);
    after.score = r.score;
    after.level = r.level;
    after.suggestedType = r.suggestedType;
    after.overrideType = over == r.suggestedType ? std::nullopt : over;
    after.overrideReason = after.overrideType ? m_reason->text().trimmed() : QString();
    m_context.push(
        new ChangeRecordCommand<RiskAssessment>(riskAssessmentOps(m_context.document), m_stored,
                                                after, tr("Assess release risk"), m_context.fail));
    load(m_releaseId);
}

void RiskSection::applyType() {
    if (!m_stored || m_releaseId <= 0)
        return;
    auto release = m_context.document.releases().find(m_releaseId);
    if (!release)
        return m_context.fail(release.error().message);
    Release after = release.value();
    after.type = m_stored->effectiveType();
    m_context.push(new EditReleaseCommand(m_context.document.releases(), release.value(), after,
                                          m_context.fail));
    updateButtons();
}

} // namespace slipway::ui
