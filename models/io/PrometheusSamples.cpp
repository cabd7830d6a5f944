// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/PrometheusSamples.h"

#include "domain/InputText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PrometheusSamples)
};

// 9999-12-31T23:59:59Z: later (or non-finite) times are not a scrape's.
constexpr double kLatestSecs = 253402300799.0;

Error usage(const QString& text) {
    return Error{Error::Kind::Usage, text};
}

bool matches(const QMap<QString, QString>& labels, const QMap<QString, QString>& wanted) {
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

QString seriesList(const QList<const PrometheusSeries*>& series) {
    QStringList shown;
    for (const PrometheusSeries* s : series) {
        if (shown.size() == PrometheusSamples::kListedSeries)
            break;
        shown.append(PrometheusSamples::labelText(s->labels));
    }
    QString text = shown.join(QStringLiteral(", "));
    if (series.size() > PrometheusSamples::kListedSeries)
        text += Text::tr(" and %n more", nullptr,
                         int(series.size()) - PrometheusSamples::kListedSeries);
    return text;
}

} // namespace

QString PrometheusSamples::labelText(const QMap<QString, QString>& labels) {
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        QString value = it.value();
        value.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
        parts.append(it.key() + QLatin1String("=\"") + value + u'"');
    }
    return InputText::singleLine(QString(u'{' + parts.join(u',') + u'}'), 200);
}

Result<QMap<QString, QString>> PrometheusSamples::parseSelector(const QString& selector) {
    QString text = selector.trimmed();
    if (text.startsWith(u'{') && text.endsWith(u'}'))
        text = text.mid(1, text.size() - 2).trimmed();
    QMap<QString, QString> wanted;
    if (text.isEmpty())
        return wanted;
    // Split on commas outside quotes.
    QStringList parts;
    QString part;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == u'\\' && i + 1 < text.size()) {
                part += c;
                part += text[++i];
                continue;
            }
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u',') {
            parts.append(part);
            part.clear();
            continue;
        }
        part += c;
    }
    if (!quote.isNull())
        return usage(Text::tr("--series %1: a quote is not closed")
                         .arg(InputText::quoted(InputText::singleLine(selector, 80))));
    parts.append(part);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const QString& p : std::as_const(parts)) {
        if (p.trimmed().isEmpty())
            continue;
        const qsizetype eq = p.indexOf(u'=');
        const QString key = p.left(eq).trimmed();
        if (eq < 0 || key.endsWith(u'!') || p.mid(eq + 1).startsWith(u'~') ||
            !name.match(key).hasMatch())
            return usage(Text::tr("--series: %1 is not label=value (only equality is supported)")
                             .arg(InputText::quoted(InputText::singleLine(p.trimmed(), 80))));
        QString value = p.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') &&
            value.back() == value.front()) {
            const QString inner = value.mid(1, value.size() - 2);
            value.clear();
            for (qsizetype i = 0; i < inner.size(); ++i) {
                if (inner[i] == u'\\' && i + 1 < inner.size())
                    ++i;
                value += inner[i];
            }
        }
        if (wanted.contains(key) && wanted.value(key) != value)
            return usage(Text::tr("--series: the label %1 is given twice").arg(key));
        wanted.insert(key, value);
    }
    return wanted;
}

Result<PrometheusSamples::Picked> PrometheusSamples::pick(const PrometheusResponse& response,
                                                          const QString& selector,
                                                          const QString& source) {
    if (response.type == PrometheusResponse::Type::String)
        return usage(Text::tr("%1: the query gave a string, not samples").arg(source));
    auto wanted = parseSelector(selector);
    if (!wanted)
        return wanted.error();
    QList<const PrometheusSeries*> all;
    QList<const PrometheusSeries*> chosen;
    for (const PrometheusSeries& s : response.series) {
        all.append(&s);
        if (matches(s.labels, wanted.value()))
            chosen.append(&s);
    }
    if (all.isEmpty())
        return usage(Text::tr("%1: the response has no series").arg(source));
    if (chosen.isEmpty())
        return usage(Text::tr("%1: no series matches %2; there are %3: %4")
                         .arg(source, labelText(wanted.value()))
                         .arg(all.size())
                         .arg(seriesList(all)));
    if (chosen.size() > 1)
        return usage((wanted->isEmpty()
                          ? Text::tr("%1: %2 series; pick one with --series label=value,…: %3")
                          : Text::tr("%1: %2 series match; narrow --series down to one: %3"))
                         .arg(source)
                         .arg(chosen.size())
                         .arg(seriesList(chosen)));
    const PrometheusSeries& series = *chosen.first();
    Picked picked;
    picked.series = labelText(series.labels);
    picked.seriesCount = int(all.size());
    picked.samples.reserve(series.samples.size());
    for (qsizetype i = 0; i < series.samples.size(); ++i) {
        const double t = series.samples[i].time;
        if (!std::isfinite(t) || t < 0 || t > kLatestSecs)
            return usage(Text::tr("%1: %2, sample %3: the time %4 is not one Slipway can store")
                             .arg(source, picked.series)
                             .arg(i + 1)
                             .arg(t, 0, 'g', 17));
        picked.samples.append(MetricSample{std::llround(t * 1000.0), series.samples[i].value});
    }
    // A server sends each series in time order; a hand-edited file might not. The later of
    // two samples at one time wins, as a re-import would.
    std::stable_sort(picked.samples.begin(), picked.samples.end(),
                     [](const MetricSample& a, const MetricSample& b) { return a.atMs < b.atMs; });
    QList<MetricSample> unique;
    unique.reserve(picked.samples.size());
    for (const MetricSample& s : std::as_const(picked.samples)) {
        if (!unique.isEmpty() && unique.constLast().atMs == s.atMs)
            unique.last() = s;
        else
            unique.append(s);
    }
    picked.samples = std::move(unique);
    return picked;
}

Result<PrometheusSamples::Picked> PrometheusSamples::fromBytes(const QByteArray& data,
                                                               const QString& selector,
                                                               const QString& source) {
    auto response = PrometheusResponse::parse(data, source);
    if (!response)
        return response.error();
    return pick(response.value(), selector, source);
}

} // namespace slipway
