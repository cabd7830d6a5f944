// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the GUI tests only: header-only, since the support library does not link the
// widgets the GUI tests do.

#include "TestSupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QObject>
#include <QString>
#include <QTest>
#include <QWidget>

namespace slipway::test {

// The child of `parent` called `name`; a missing one fails the test and gives null.
template <typename T> T* child(QObject& parent, const QString& name) {
    T* found = parent.findChild<T*>(name);
    if (!found)
        helperFailed(QStringLiteral("no child named ") + name);
    return found;
}

// Replaces an edit's text the way a user does: focus, select all, delete, type.
inline void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// With SLIPWAY_DIALOG_SHOTS=folder, `dialog` is also rendered to <folder>/<name>.png, for a
// person to look at; a picture that cannot be saved fails the test.
inline void shoot(QWidget* dialog, const QString& name) {
    const QString folder = qEnvironmentVariable("SLIPWAY_DIALOG_SHOTS");
    if (folder.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(dialog->grab().save(folder + u'/' + name + QStringLiteral(".png")));
}

} // namespace slipway::test
