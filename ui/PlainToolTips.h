// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

namespace slipway::ui {

// Shows a view's cell tooltips as the plain text the model gives: a component name, purl or
// file name that an SBOM or a user wrote with markup in it ("<b>x</b>", "<img src=…>") is
// shown as written, never rendered.
class PlainToolTips : public QObject {
    Q_OBJECT
public:
    // Filters the view's viewport; the filter is a child of the view.
    static void install(QAbstractItemView* view);
    // The text QToolTip is given for a model's tooltip: unchanged unless Qt would take it for
    // rich text, then escaped, with its line breaks kept.
    static QString shown(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit PlainToolTips(QAbstractItemView* view);
    QAbstractItemView* m_view;
};

} // namespace slipway::ui
