// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "io/EvidenceFile.h"
#include "io/Sbom.h"

#include <QByteArray>
#include <QString>

namespace slipway {

// Reads a software bill of materials whatever its file is called: the content decides between
// CycloneDX 1.4–1.6 JSON, CycloneDX 1.4–1.6 XML and SPDX 2.2/2.3 JSON (a ".sbom" file may be
// any of them). Anything else is refused (Error::Kind::Usage) in one line naming the file and
// where in it: the line and column of a JSON or XML syntax error, the JSON pointer of a
// value of the wrong type, a component without a name, a hash that is not a digest of its
// algorithm, a ref two components share, an unsupported spec version. A dependency naming
// a ref the document does not define is not refused: it is left out with a warning, because
// real generators write such files.
class SbomReader {
public:
    static Result<Sbom> fromFile(const QString& path,
                                 qint64 maxBytes = EvidenceFile::kDefaultMaxBytes);
    // `path` names the source in errors and in the evidence.
    static Result<Sbom> fromData(const QByteArray& data, const QString& path);
};

} // namespace slipway
