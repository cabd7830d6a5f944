// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValidationCheck.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace slipway::ui {

// The fields of one request: a plain HTTP check shows the URL and its expectations; a step of
// a transaction adds its name, method, headers, body, JSON expectations and extractions, each
// list written one entry a line.
class CheckStepEditor : public QWidget {
    Q_OBJECT
public:
    explicit CheckStepEditor(QWidget* parent = nullptr);

    // A plain HTTP check: a GET with its expectations only.
    void setSimple(bool simple);
    void setStep(const TransactionStep& step);
    // What the fields say; a line that does not read goes to `problems`, one sentence each.
    TransactionStep step(QStringList* problems = nullptr) const;

    static QString headersText(const QList<QPair<QString, QString>>& headers);
    static QString jsonText(const QList<JsonExpectation>& expectations);
    static QString extractText(const QList<QPair<QString, QString>>& extract);

Q_SIGNALS:
    void nameEdited(const QString& name);

private:
    QLineEdit* m_name = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_url = nullptr;
    QPlainTextEdit* m_headers = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QSpinBox* m_status = nullptr;
    QLineEdit* m_expectBody = nullptr;
    QPlainTextEdit* m_json = nullptr;
    QSpinBox* m_latency = nullptr;
    QPlainTextEdit* m_extract = nullptr;
    QList<QWidget*> m_transactionOnly;
};

} // namespace slipway::ui
