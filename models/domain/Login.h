// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace slipway {

// Logins name operating-system accounts, which people type in any case: "Priya.Raman" in the
// people editor is the account priya.raman. Every comparison of logins (the acting user with
// a person, a requester with an approver) goes through these, never through ==.

// Whether `a` and `b` name the same account: equal ignoring case and surrounding spaces.
// An empty login names nobody, so it is never the same as anything.
bool sameLogin(const QString& a, const QString& b);

// The form two logins share exactly when sameLogin holds: trimmed and case-folded. For keys
// of hashes and sets; never shown or stored.
QString loginKey(const QString& login);

} // namespace slipway
