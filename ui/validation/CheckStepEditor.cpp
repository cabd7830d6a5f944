// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckStepEditor.h"

#include "Theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace slipway::ui {
namespace {

QPlainTextEdit* smallText(QWidget* parent, const QString& name, const QString& placeholder) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + Theme::space(2));
    return edit;
}

QStringList linesOf(const QPlainTextEdit* edit) {
    QStringList out;
    for (const QString& line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

} // namespace

CheckStepEditor::CheckStepEditor(QWidget* parent)
    : QWidget(parent) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto add = [&](const QString& label, QWidget* field, bool transactionOnly) {
        form->addRow(label, field);
        if (transactionOnly) {
            m_transactionOnly << field << form->labelForField(field);
        }
    };
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("stepName"));
    m_name->setPlaceholderText(tr("log in"));
    add(tr("Step &name:"), m_name, true);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("stepMethod"));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD")});
    add(tr("&Method:"), m_method, true);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("stepUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://payments.example.com/health"));
    add(tr("&URL:"), m_url, false);
    m_headers = smallText(this, QStringLiteral("stepHeaders"),
                          tr("One a line: Authorization: Bearer {{secret:env:API_TOKEN}}"));
    add(tr("&Headers:"), m_headers, true);
    m_body = smallText(this, QStringLiteral("stepBody"), tr("Request body; may use {{variable}}"));
    add(tr("&Body:"), m_body, true);
    m_status = new QSpinBox(this);
    m_status->setObjectName(QStringLiteral("stepExpectStatus"));
    m_status->setRange(0, 599);
    m_status->setSpecialValueText(tr("Any 2xx"));
    add(tr("Expected &status:"), m_status, false);
    m_expectBody = new QLineEdit(this);
    m_expectBody->setObjectName(QStringLiteral("stepExpectBody"));
    m_expectBody->setPlaceholderText(tr("Text the answer must contain (optional)"));
    add(tr("Answer &contains:"), m_expectBody, false);
    m_json = smallText(this, QStringLiteral("stepExpectJson"),
                       tr("One a line: status == ok, items contains x, data.id exists"));
    add(tr("&JSON expects:"), m_json, true);
    m_latency = new QSpinBox(this);
    m_latency->setObjectName(QStringLiteral("stepLatencyBudget"));
    m_latency->setRange(0, 120000);
    m_latency->setSuffix(tr(" ms"));
    m_latency->setSpecialValueText(tr("No budget"));
    add(tr("&Latency budget:"), m_latency, false);
    m_extract =
        smallText(this, QStringLiteral("stepExtract"), tr("One a line: token = data.token"));
    add(tr("E&xtract:"), m_extract, true);
    connect(m_name, &QLineEdit::textEdited, this, &CheckStepEditor::nameEdited);
}

void CheckStepEditor::setSimple(bool simple) {
    for (QWidget* w : std::as_const(m_transactionOnly))
        if (w)
            w->setVisible(!simple);
}

QString CheckStepEditor::headersText(const QList<QPair<QString, QString>>& headers) {
    QStringList lines;
    for (const auto& [name, value] : headers)
        lines << name + QStringLiteral(": ") + value;
    return lines.join(u'\n');
}

QString CheckStepEditor::jsonText(const QList<JsonExpectation>& expectations) {
    QStringList lines;
    for (const JsonExpectation& e : expectations) {
        switch (e.op) {
        case JsonExpectation::Op::Equals:
            lines << e.path + QStringLiteral(" == ") + e.value;
            break;
        case JsonExpectation::Op::Contains:
            lines << e.path + QStringLiteral(" contains ") + e.value;
            break;
        case JsonExpectation::Op::Exists:
            lines << e.path + QStringLiteral(" exists");
            break;
        }
    }
    return lines.join(u'\n');
}

QString CheckStepEditor::extractText(const QList<QPair<QString, QString>>& extract) {
    QStringList lines;
    for (const auto& [variable, path] : extract)
        lines << variable + QStringLiteral(" = ") + path;
    return lines.join(u'\n');
}

void CheckStepEditor::setStep(const TransactionStep& step) {
    m_name->setText(step.name);
    m_method->setCurrentText(step.method.isEmpty() ? QStringLiteral("GET") : step.method);
    m_url->setText(step.url);
    m_headers->setPlainText(headersText(step.headers));
    m_body->setPlainText(step.body);
    m_status->setValue(step.expectStatus);
    m_expectBody->setText(step.expectBody);
    m_json->setPlainText(jsonText(step.expectJson));
    m_latency->setValue(step.latencyBudgetMs);
    m_extract->setPlainText(extractText(step.extract));
}

TransactionStep CheckStepEditor::step(QStringList* problems) const {
    TransactionStep s;
    s.name = m_name->text().trimmed();
    s.method = m_method->currentText();
    s.url = m_url->text().trimmed();
    s.body = m_body->toPlainText();
    s.expectStatus = m_status->value();
    s.expectBody = m_expectBody->text();
    s.latencyBudgetMs = m_latency->value();
    const auto problem = [&](const QString& text) {
        if (problems)
            *problems << text;
    };
    for (const QString& line : linesOf(m_headers)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            problem(tr("Header line \"%1\" needs a name, a colon and a value.").arg(line));
            continue;
        }
        s.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    for (const QString& line : linesOf(m_json)) {
        JsonExpectation e;
        if (const qsizetype at = line.indexOf(QStringLiteral("==")); at > 0) {
            e.path = line.left(at).trimmed();
            e.value = line.mid(at + 2).trimmed();
        } else if (const qsizetype in = line.indexOf(QStringLiteral(" contains ")); in > 0) {
            e.op = JsonExpectation::Op::Contains;
            e.path = line.left(in).trimmed();
            e.value = line.mid(in + 10).trimmed();
        } else if (line.endsWith(QStringLiteral(" exists"))) {
            e.op = JsonExpectation::Op::Exists;
            e.path = line.chopped(7).trimmed();
        } else {
            problem(tr("JSON line \"%1\" should read \"path == value\", \"path contains value\" "
                       "or \"path exists\".")
                        .arg(line));
            continue;
        }
        s.expectJson.append(e);
    }
    for (const QString& line : linesOf(m_extract)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            problem(tr("Extract line \"%1\" should read \"variable = path\".").arg(line));
            continue;
        }
        s.extract.append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    return s;
}

} // namespace slipway::ui
