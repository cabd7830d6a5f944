// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSavePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportSavePath)
};

} // namespace

QString askReportSavePath(QWidget* parent, const QString& title, const QString& defaultName) {
    QString filter;
    const QString path =
        QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(defaultName),
                                     Text::tr("PDF document (*.pdf);;CSV table (*.csv)"), &filter);
    if (path.isEmpty())
        return {};
    const bool known = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ||
                       path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    if (known)
        return path;
    return path + (filter.contains(QStringLiteral("*.csv")) ? QStringLiteral(".csv")
                                                            : QStringLiteral(".pdf"));
}

} // namespace slipway::ui
