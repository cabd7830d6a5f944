// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// What IncidentCsvMapping makes of single cells; the timestamps and severities are its own
// static functions.
namespace slipway::incident_csv {

// Reads up to `max` decimal digits at `i`, moving `i` past them; -1 when there is none.
int digits(QByteArrayView s, qsizetype& i, int max);
// A ServiceNow reference field as pandas writes a Table API answer, "{'link': …, 'value':
// 'abc'}": its display_value, else its value; any other text as it is.
QString referenceValue(const QString& cell);
// ServiceNow's coded incident states (1 New … 8 Canceled) in words; other text as it is.
QString serviceNowState(const QString& text);
// Minutes from "5400" (a seconds column when `seconds`), "90" (minutes), "01:30:00",
// "1h 30m", "2d 4h"; none when it does not read.
std::optional<int> outageMinutes(QByteArrayView text, bool seconds);

} // namespace slipway::incident_csv
