// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/SemVer.h"

#include <QString>

namespace slipway {

// A version read leniently: "v1.2.3" is accepted, and `prefixed` says the "v" was there so
// the caller can warn or store the canonical form.
struct LenientSemVer {
    SemVer version;
    bool prefixed = false;
};

// Reads Semantic Versioning 2.0.0 text into the domain's SemVer, strictly, with an error that
// quotes the text, says what is wrong and at which character (1-based). It accepts exactly
// what SemVer::parse accepts (the tests and the fuzz target check both agree); it exists for
// the messages and the lenient form.
class SemVerParser {
public:
    static Result<SemVer> parse(const QString& text);
    // Also accepts one leading "v" or "V", as tags and some tools write versions.
    static Result<LenientSemVer> parseLenient(const QString& text);
};

} // namespace slipway
