// SPDX-License-Identifier: GPL-3.0-or-later
#include "PatternGuideDialog.h"

#include "DialogColumns.h"
#include "Theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace slipway::ui {

namespace {

QString bullets(const QStringList& lines) {
    QStringList out;
    for (const QString& line : lines)
        out << QStringLiteral("• ") + line;
    return out.join(u'\n');
}

QLabel* plainLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

PatternGuideDialog::PatternGuideDialog(const QString& releaseLabel, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("patternGuideDialog"));
    setWindowTitle(tr("Choose a deployment pattern for %1").arg(releaseLabel));

    using Tri = PatternAnswers::Tri;
    const QList<std::pair<int, QString>> yesNo = {{int(Tri::Yes), tr("Yes")},
                                                  {int(Tri::No), tr("No")},
                                                  {int(Tri::Unknown), tr("Don't know")}};
    auto* form = new QVBoxLayout;
    form->setSpacing(Theme::space(1));
    m_stateless =
        addQuestion(form, QStringLiteral("guideStateless"),
                    tr("Is the service stateless (it keeps no state of its own)?"), yesNo);
    m_balancer =
        addQuestion(form, QStringLiteral("guideBalancer"),
                    tr("Does it run behind a load balancer that can shift traffic?"), yesNo);
    m_schema = addQuestion(form, QStringLiteral("guideSchema"),
                           tr("Is the schema change backward compatible (old and new versions "
                              "can share the data)?"),
                           yesNo);
    m_capacity =
        addQuestion(form, QStringLiteral("guideCapacity"),
                    tr("Is there spare capacity to run two full versions side by side?"), yesNo);
    using Speed = PatternAnswers::Speed;
    m_speed =
        addQuestion(form, QStringLiteral("guideSpeed"), tr("How fast must a rollback take effect?"),
                    {{int(Speed::Seconds), tr("Seconds")},
                     {int(Speed::Minutes), tr("Minutes")},
                     {int(Speed::Hours), tr("Hours")},
                     {int(Speed::Unknown), tr("Don't know")}});
    using Impact = PatternAnswers::Impact;
    m_impact = addQuestion(form, QStringLiteral("guideImpact"),
                           tr("What may users notice during the deployment?"),
                           {{int(Impact::None), tr("Nothing")},
                            {int(Impact::Some), tr("Some errors")},
                            {int(Impact::Tolerated), tr("An outage")},
                            {int(Impact::Unknown), tr("Don't know")}});
    form->addStretch(1);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_recommended = plainLabel(side, QStringLiteral("guideRecommendation"));
    m_recommended->setFont(Theme::sectionFont());
    sideLayout->addWidget(m_recommended);
    m_reasons = plainLabel(side, QStringLiteral("guideReasons"));
    sideLayout->addWidget(m_reasons);
    auto* othersTitle = new QLabel(tr("The other patterns"), side);
    othersTitle->setFont(Theme::sectionFont());
    sideLayout->addWidget(othersTitle);
    m_others = plainLabel(side, QStringLiteral("guideOthers"));
    m_others->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    sideLayout->addWidget(m_others);

    auto* choice = new QFormLayout;
    m_pattern = new QComboBox(side);
    m_pattern->setObjectName(QStringLiteral("guidePattern"));
    for (DeploymentPattern p : allDeploymentPatterns())
        m_pattern->addItem(displayName(p), int(p));
    m_pattern->addItem(tr("Custom (no template)"), int(DeploymentPattern::Custom));
    choice->addRow(tr("&Pattern"), m_pattern);
    sideLayout->addLayout(choice);
    auto* rationaleLabel = new QLabel(tr("&Rationale (recorded with the runbook)"), side);
    sideLayout->addWidget(rationaleLabel);
    m_rationale = new QPlainTextEdit(side);
    m_rationale->setObjectName(QStringLiteral("guideRationale"));
    m_rationale->setMinimumHeight(Theme::space(12));
    rationaleLabel->setBuddy(m_rationale);
    sideLayout->addWidget(m_rationale, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(side);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create runbook"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("guideCreateButton"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layOutFormBeside(this, form, Theme::space(50), 1, scroll, 1, buttons);

    for (QButtonGroup* group : {m_stateless, m_balancer, m_schema, m_capacity, m_speed, m_impact})
        connect(group, &QButtonGroup::idClicked, this, &PatternGuideDialog::update);
    connect(m_pattern, &QComboBox::activated, this, [this] {
        m_patternChosen = true;
        update();
    });
    resize(Theme::space(130), Theme::space(98));
    update();
}

QButtonGroup* PatternGuideDialog::addQuestion(QVBoxLayout* form, const QString& name,
                                              const QString& question,
                                              const QList<std::pair<int, QString>>& choices) {
    auto* box = new QGroupBox(this);
    box->setObjectName(name);
    auto* boxLayout = new QVBoxLayout(box);
    auto* text = new QLabel(question, box);
    text->setWordWrap(true);
    boxLayout->addWidget(text);
    auto* row = new QHBoxLayout;
    auto* group = new QButtonGroup(box);
    for (const auto& [id, label] : choices) {
        auto* radio = new QRadioButton(label, box);
        radio->setObjectName(name + QStringLiteral("_") + QString::number(id));
        group->addButton(radio, id);
        row->addWidget(radio);
        if (id == 0) // every "don't know" is 0: the starting answer
            radio->setChecked(true);
    }
    row->addStretch(1);
    boxLayout->addLayout(row);
    form->addWidget(box);
    return group;
}

PatternAnswers PatternGuideDialog::answers() const {
    PatternAnswers a;
    a.stateless = PatternAnswers::Tri(m_stateless->checkedId());
    a.behindLoadBalancer = PatternAnswers::Tri(m_balancer->checkedId());
    a.schemaBackwardCompatible = PatternAnswers::Tri(m_schema->checkedId());
    a.spareCapacity = PatternAnswers::Tri(m_capacity->checkedId());
    a.rollbackSpeed = PatternAnswers::Speed(m_speed->checkedId());
    a.userImpact = PatternAnswers::Impact(m_impact->checkedId());
    return a;
}

DeploymentPattern PatternGuideDialog::pattern() const {
    return DeploymentPattern(m_pattern->currentData().toInt());
}

QString PatternGuideDialog::rationale() const {
    return m_rationale->toPlainText().trimmed();
}

void PatternGuideDialog::update() {
    m_recommendation = recommendPattern(answers());
    const PatternRecommendation& rec = m_recommendation;
    if (!m_patternChosen)
        m_pattern->setCurrentIndex(m_pattern->findData(int(rec.recommended)));
    QString heading = tr("Recommended: %1").arg(displayName(rec.recommended));
    if (rec.unanswered > 0)
        heading +=
            QStringLiteral(" ") + tr("(%n question(s) not answered yet)", nullptr, rec.unanswered);
    m_recommended->setText(heading);
    QStringList others;
    for (const PatternAssessment& a : rec.assessments) {
        if (a.pattern == rec.recommended) {
            QString text = bullets(a.reasons);
            if (!a.tradeOffs.isEmpty())
                text += QStringLiteral("\n") + tr("What it costs:") + QStringLiteral("\n") +
                        bullets(a.tradeOffs);
            m_reasons->setText(text);
            continue;
        }
        others << (a.possible ? displayName(a.pattern)
                              : tr("%1 (ruled out)").arg(displayName(a.pattern)));
        for (const QString& t : a.tradeOffs)
            others << QStringLiteral("    – ") + t;
    }
    m_others->setText(others.join(u'\n'));

    // The rationale follows the answers until someone writes their own.
    QString text = rec.rationale();
    if (pattern() != rec.recommended)
        text = tr("%1 chosen over the recommended %2.")
                   .arg(pattern() == DeploymentPattern::Custom ? tr("Custom steps")
                                                               : displayName(pattern()),
                        displayName(rec.recommended)) +
               QStringLiteral("\n\n") + text;
    if (m_rationale->toPlainText() == m_autoRationale) {
        m_rationale->setPlainText(text);
        m_autoRationale = text;
    }
}

} // namespace slipway::ui
