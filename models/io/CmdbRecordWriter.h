// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PostReview.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace slipway {

// A closed release's configuration-management record as a ServiceNow import set takes it:
// CSV (a header and one row, RFC 4180, UTF-8) or the import set REST API's insertMultiple body,
// {"records": [ {column: value, …} ]}. Columns in the given order, values as text.
class CmdbRecordWriter {
public:
    static QByteArray csv(const CmdbRecord& record, const QStringList& columns);
    static QByteArray json(const CmdbRecord& record, const QStringList& columns);
    // CSV or JSON by the file's extension (.csv, .json), written complete or not at all.
    static Result<void> write(const CmdbRecord& record, const QStringList& columns,
                              const QString& path);
};

} // namespace slipway
