// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/InputText.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace slipway {

// Reads the JSON of an SBOM with the JSON pointer (RFC 6901) of each value at hand, so a
// refusal reads "FILE: /components/3/hashes/0/content: the SHA-256 hash is not hexadecimal".
// Absent and null optional members leave the output alone; a wrong type is refused.
class SbomJson {
    Q_DECLARE_TR_FUNCTIONS(SbomJson)

public:
    explicit SbomJson(QString path)
        : m_path(std::move(path)) {}

    const Error& error() const { return m_error; }

    bool fail(const QString& where, const QString& what) {
        m_error = Error{Error::Kind::Usage,
                        QStringLiteral("%1: %2: %3")
                            .arg(m_path, where.isEmpty() ? QStringLiteral("/") : where, what)};
        return false;
    }

    static QString member(const QString& where, QLatin1String key) {
        return where + u'/' + key; // the keys read here hold neither '~' nor '/'
    }
    static QString element(const QString& where, qsizetype index) {
        return where + u'/' + QString::number(index);
    }

    bool optString(const QJsonObject& o, QLatin1String key, const QString& where, QString* out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return fail(member(where, key), tr("expected a string"));
        *out = v.toString();
        return true;
    }
    bool needString(const QJsonObject& o, QLatin1String key, const QString& where, QString* out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fail(member(where, key), tr("missing"));
        return optString(o, key, where, out);
    }
    bool optObject(const QJsonObject& o, QLatin1String key, const QString& where,
                   QJsonObject* out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isObject())
            return fail(member(where, key), tr("expected an object"));
        *out = v.toObject();
        return true;
    }
    bool optArray(const QJsonObject& o, QLatin1String key, const QString& where, QJsonArray* out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isArray())
            return fail(member(where, key), tr("expected an array"));
        *out = v.toArray();
        return true;
    }
    bool objectAt(const QJsonArray& a, qsizetype i, const QString& where, QJsonObject* out) {
        const QJsonValue v = a.at(i);
        if (!v.isObject())
            return fail(element(where, i), tr("expected an object"));
        *out = v.toObject();
        return true;
    }
    bool stringAt(const QJsonArray& a, qsizetype i, const QString& where, QString* out) {
        const QJsonValue v = a.at(i);
        if (!v.isString())
            return fail(element(where, i), tr("expected a string"));
        *out = v.toString();
        return true;
    }

private:
    QString m_path;
    Error m_error;
};

} // namespace slipway
