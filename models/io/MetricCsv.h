// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ServiceMetric.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// A metric's samples as a two-column CSV file, `timestamp,value`, one sample a line:
// - an optional header line (any two names, e.g. "timestamp,value" or "time,error_rate");
// - the timestamp in ISO 8601 with its UTC offset ("2026-11-01T00:05:00Z",
//   "2026-11-01 01:05:00.250+01:00") or in Unix seconds with an optional fraction
//   ("1793491500.25"); a time without an offset is refused rather than guessed, and so is a
//   number of 10^11 or more (milliseconds, most likely);
// - the value a decimal or exponent number, NaN, Inf, +Inf or -Inf (any case);
// - UTF-8, an optional byte-order mark, LF or CRLF; blank lines and lines starting with '#'
//   are skipped; a field may be quoted ("…").
// A time that appears twice with the same value is kept once; with different values the file
// is refused: which of them is meant cannot be known. Samples come back in time order.
class MetricCsv {
public:
    static constexpr qint64 kMaxBytes = qint64(64) * 1024 * 1024;
    static constexpr int kMaxProblems = 20; // reported; reading stops after as many

    struct Parsed {
        QList<MetricSample> samples;
        bool header = false;
        int repeated = 0; // lines that repeated an earlier line's time and value
    };

    // `source` names the file in every problem: "FILE:LINE: what is wrong". A refusal's message
    // is the first problem (and how many more there are); `problems`, when given, receives
    // every one of them, a line each.
    static Result<Parsed> parse(const QByteArray& data, const QString& source,
                                QStringList* problems = nullptr);
    static Result<Parsed> read(const QString& path, QStringList* problems = nullptr);

    // One timestamp as the file may write it, in UTC milliseconds; false when it is none.
    // `why` receives the reason (no offset, milliseconds…).
    static bool parseTime(QStringView text, qint64* ms, QString* why = nullptr);
    // A value: a number, NaN, Inf, +Inf, -Inf (any case).
    static bool parseValue(QStringView text, double* value);
};

} // namespace slipway
