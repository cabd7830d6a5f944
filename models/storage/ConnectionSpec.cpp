// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ConnectionSpec.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <array>
#include <cctype>
#include <optional>
#include <utility>

namespace slipway {

namespace {

Error usage(const QString& message) {
    return Error{Error::Kind::Usage, message};
}

// The connection keywords of libpq 15 (PQconndefaults).
constexpr std::array<const char*, 37> kKeywords{
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "passfile",
    "channel_binding",
    "connect_timeout",
    "client_encoding",
    "options",
    "application_name",
    "fallback_application_name",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_count",
    "tcp_user_timeout",
    "replication",
    "gssencmode",
    "sslmode",
    "requiressl",
    "sslcompression",
    "sslcert",
    "sslkey",
    "sslpassword",
    "sslrootcert",
    "sslcrl",
    "sslcrldir",
    "sslsni",
    "requirepeer",
    "ssl_min_protocol_version",
    "ssl_max_protocol_version",
    "krbsrvname",
    "gsslib",
    "service",
    "target_session_attrs",
};

// The keywords whose values are one of a few words: a typo is caught here, not by the server.
QStringList allowedValues(const QString& keyword) {
    if (keyword == QLatin1String("sslmode"))
        return {QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (keyword == QLatin1String("gssencmode"))
        return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")};
    if (keyword == QLatin1String("channel_binding"))
        return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")};
    if (keyword == QLatin1String("target_session_attrs"))
        return {QStringLiteral("any"),       QStringLiteral("read-write"),
                QStringLiteral("read-only"), QStringLiteral("primary"),
                QStringLiteral("standby"),   QStringLiteral("prefer-standby")};
    return {};
}

bool isPortList(const QString& value) {
    const QStringList ports = value.split(u',');
    for (const QString& port : ports) {
        if (port.isEmpty())
            continue; // libpq's default for that host
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!ok || number < 1 || number > 65535 || port.size() > 5)
            return false;
        for (QChar c : port) {
            if (!c.isDigit())
                return false;
        }
    }
    return true;
}

bool hasControl(const QString& text, bool allowSpaces) {
    for (QChar c : text) {
        if (allowSpaces && (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'))
            continue;
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// %XX decoding as libpq does it: a bad escape or a NUL is an error, the bytes are UTF-8.
std::optional<QString> percentDecoded(const QString& text) {
    QByteArray bytes;
    const QByteArray raw = text.toUtf8();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '%') {
            bytes.append(raw[i]);
            continue;
        }
        if (i + 2 >= raw.size() || !std::isxdigit(static_cast<unsigned char>(raw[i + 1])) ||
            !std::isxdigit(static_cast<unsigned char>(raw[i + 2])))
            return std::nullopt;
        const char decoded = char(QByteArray::fromHex(raw.mid(i + 1, 2)).at(0));
        if (decoded == '\0')
            return std::nullopt;
        bytes.append(decoded);
        i += 2;
    }
    return QString::fromUtf8(bytes);
}

// A piece of the user's text inside a message: short, and on one line.
QString shown(const QString& text) {
    QString piece = text.left(60);
    for (QChar& c : piece) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = u'?';
    }
    return text.size() > 60 ? piece + QStringLiteral("…") : piece;
}

QString quoted(const QString& value) {
    QString escaped = value;
    escaped.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
    return u'\'' + escaped + u'\'';
}

// A host in a URL: a name or an IPv4 address, an IPv6 address (brackets taken off), or a
// percent-encoded absolute path to a folder holding the server's Unix socket.
bool isHostName(const QString& host) {
    if (host.startsWith(u'/'))
        return true;
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_.-]*)$"));
    return name.match(host).hasMatch() && host.size() <= 253;
}

bool isIpv6(const QString& host) {
    static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?$"));
    return host.contains(u':') && v6.match(host).hasMatch();
}

QString passwordRefusal() {
    return ConnectionSpec::tr(
        "a password in the database address is not accepted: Slipway stores no password; "
        "put it in ~/.pgpass or use a service file (service=NAME)");
}

} // namespace

bool ConnectionSpec::isLibpqKeyword(const QString& keyword) {
    for (const char* known : kKeywords) {
        if (keyword == QLatin1String(known))
            return true;
    }
    return false;
}

Result<ConnectionSpec> ConnectionSpec::parse(const QString& text) {
    if (text.trimmed().isEmpty())
        return usage(tr("no database given: name a file, a postgresql:// URL or service=NAME"));
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    if (const auto m = scheme.match(text); m.hasMatch()) {
        const QString name = m.captured(1).toLower();
        if (name == QLatin1String("postgresql") || name == QLatin1String("postgres"))
            return parseUrl(text, m.capturedLength(0));
        if (name == QLatin1String("file")) {
            const QUrl url(text, QUrl::StrictMode);
            const bool remote = !url.host().isEmpty() && url.host() != QLatin1String("localhost");
            if (!url.isValid() || remote || !url.isLocalFile() || url.toLocalFile().isEmpty() ||
                hasControl(url.toLocalFile(), false))
                return usage(tr("'%1' is not a valid file URL").arg(shown(text)));
            return parse(url.toLocalFile());
        }
        return usage(tr("'%1://' is not a database Slipway opens: give a file, a postgresql:// "
                        "URL or a libpq connection string such as service=NAME")
                         .arg(shown(m.captured(1))));
    }
    static const QRegularExpression firstKeyword(QStringLiteral("^\\s*([A-Za-z_]+)\\s*="));
    if (const auto m = firstKeyword.match(text); m.hasMatch() && isLibpqKeyword(m.captured(1)))
        return parseConninfo(text);
    if (hasControl(text, false))
        return usage(tr("the database file name holds a control character"));
    ConnectionSpec spec;
    spec.m_engine = Engine::SQLite;
    spec.m_filePath = text;
    return spec;
}

Result<void> ConnectionSpec::addParameter(ConnectionSpec& spec, const QString& keyword,
                                          const QString& value) {
    if (keyword == QLatin1String("password") || keyword == QLatin1String("sslpassword"))
        return usage(passwordRefusal());
    if (keyword.isEmpty())
        return usage(tr("a connection parameter has no name"));
    if (!isLibpqKeyword(keyword))
        return usage(tr("'%1' is not a PostgreSQL connection parameter").arg(shown(keyword)));
    for (const auto& given : std::as_const(spec.m_parameters)) {
        if (given.first == keyword)
            return usage(tr("the connection parameter '%1' is given twice").arg(keyword));
    }
    if (hasControl(value, false))
        return usage(tr("the value of '%1' holds a control character").arg(keyword));
    // QPSQL turns every ';' of its connect options into a space before libpq reads them.
    if (value.contains(u';'))
        return usage(tr("the value of '%1' holds a ';', which Qt's PostgreSQL driver cannot "
                        "pass on")
                         .arg(keyword));
    const QStringList allowed = allowedValues(keyword);
    if (!allowed.isEmpty() && !allowed.contains(value))
        return usage(tr("'%1' is not a valid %2: use one of %3")
                         .arg(shown(value), keyword, allowed.join(QLatin1String(", "))));
    if (keyword == QLatin1String("port") && !isPortList(value))
        return usage(tr("port '%1' is not a number from 1 to 65535").arg(shown(value)));
    if (keyword == QLatin1String("connect_timeout")) {
        bool ok = false;
        if (value.toInt(&ok) < 0 || !ok)
            return usage(tr("connect_timeout '%1' is not a number of seconds").arg(shown(value)));
    }
    spec.m_parameters.append({keyword, value});
    return {};
}

Result<ConnectionSpec> ConnectionSpec::parseUrl(const QString& text, qsizetype schemeLength) {
    ConnectionSpec spec;
    spec.m_engine = Engine::PostgreSQL;
    QString rest = text.mid(schemeLength);
    for (QChar c : rest) {
        if (c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return usage(tr("the PostgreSQL URL holds a space or a control character; write a "
                            "space as %20"));
    }
    if (rest.contains(u'#'))
        return usage(tr("the PostgreSQL URL holds a '#'; write it as %23"));

    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    QString path;
    bool hasPath = false;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
        hasPath = true;
    }

    // user[:password]@ – libpq takes the first '@'; a '@' in a name is written %40.
    QString hosts = authority;
    if (const qsizetype at = authority.indexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        hosts = authority.mid(at + 1);
        if (userInfo.contains(u':'))
            return usage(passwordRefusal());
        const auto user = percentDecoded(userInfo);
        if (!user)
            return usage(tr("the user name in the PostgreSQL URL has a bad %-escape"));
        if (user->isEmpty())
            return usage(tr("the user name before '@' in the PostgreSQL URL is empty"));
        if (auto added = addParameter(spec, QStringLiteral("user"), *user); !added)
            return added.error();
    }

    // host[:port][,host[:port]…], IPv6 addresses in brackets.
    if (!hosts.isEmpty()) {
        QStringList hostList;
        QStringList portList;
        bool anyPort = false;
        const QStringList entries = hosts.split(u',');
        for (const QString& entry : entries) {
            QString host;
            QString port;
            bool colonGiven = false;
            if (entry.startsWith(u'[')) {
                const qsizetype close = entry.indexOf(u']');
                if (close < 0)
                    return usage(tr("the IPv6 address '%1' has no closing ']'").arg(shown(entry)));
                host = entry.mid(1, close - 1);
                const QString after = entry.mid(close + 1);
                if (!after.isEmpty() && !after.startsWith(u':'))
                    return usage(
                        tr("'%1' follows the IPv6 address; expected ':port'").arg(shown(after)));
                port = after.mid(1);
                colonGiven = !after.isEmpty();
                if (!isIpv6(host))
                    return usage(tr("'%1' is not an IPv6 address").arg(shown(host)));
            } else {
                const qsizetype colon = entry.indexOf(u':');
                if (colon >= 0 && entry.indexOf(u':', colon + 1) >= 0)
                    return usage(tr("the host '%1' has more than one ':'; put an IPv6 address "
                                    "in brackets")
                                     .arg(shown(entry)));
                host = colon >= 0 ? entry.left(colon) : entry;
                port = colon >= 0 ? entry.mid(colon + 1) : QString();
                colonGiven = colon >= 0;
                const auto decoded = percentDecoded(host);
                if (!decoded)
                    return usage(tr("the host '%1' has a bad %-escape").arg(shown(host)));
                host = *decoded;
                if (!host.isEmpty() && !isHostName(host))
                    return usage(tr("'%1' is not a valid host name").arg(shown(host)));
            }
            if (colonGiven && port.isEmpty())
                return usage(tr("the host '%1' ends in ':' with no port").arg(shown(entry)));
            if (!port.isEmpty() && !isPortList(port))
                return usage(tr("port '%1' is not a number from 1 to 65535").arg(shown(port)));
            anyPort = anyPort || !port.isEmpty();
            hostList.append(host);
            portList.append(port);
        }
        if (hostList.size() > 1 || !hostList.constFirst().isEmpty()) {
            if (auto added =
                    addParameter(spec, QStringLiteral("host"), hostList.join(QLatin1Char(',')));
                !added)
                return added.error();
        }
        if (anyPort) {
            if (auto added =
                    addParameter(spec, QStringLiteral("port"), portList.join(QLatin1Char(',')));
                !added)
                return added.error();
        }
    }

    if (hasPath && !path.isEmpty()) {
        if (path.contains(u'/'))
            return usage(tr("the PostgreSQL URL's path '%1' names more than a database; write a "
                            "'/' in a name as %2F")
                             .arg(shown(path)));
        const auto dbname = percentDecoded(path);
        if (!dbname)
            return usage(tr("the database name '%1' has a bad %-escape").arg(shown(path)));
        if (auto added = addParameter(spec, QStringLiteral("dbname"), *dbname); !added)
            return added.error();
    }

    if (!query.isEmpty()) {
        const QStringList pairs = query.split(u'&');
        for (const QString& pair : pairs) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq < 0)
                return usage(tr("the URL parameter '%1' has no '=value'").arg(shown(pair)));
            const auto key = percentDecoded(pair.left(eq));
            const auto value = percentDecoded(pair.mid(eq + 1));
            if (!key || !value)
                return usage(tr("the URL parameter '%1' has a bad %-escape").arg(shown(pair)));
            if (auto added = addParameter(spec, *key, *value); !added)
                return added.error();
        }
    }
    return spec;
}

// libpq's key = value syntax: values bare (no spaces) or in single quotes, with \ escaping.
Result<ConnectionSpec> ConnectionSpec::parseConninfo(const QString& text) {
    ConnectionSpec spec;
    spec.m_engine = Engine::PostgreSQL;
    if (hasControl(text, true))
        return usage(tr("the connection string holds a control character"));
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < n && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpaces();
        if (i >= n)
            break;
        const qsizetype keyStart = i;
        while (i < n && !text.at(i).isSpace() && text.at(i) != u'=')
            ++i;
        const QString keyword = text.mid(keyStart, i - keyStart);
        skipSpaces();
        if (i >= n || text.at(i) != u'=')
            return usage(tr("'%1' in the connection string has no '=value'").arg(shown(keyword)));
        ++i;
        skipSpaces();
        QString value;
        if (i < n && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < n) {
                    value.append(text.at(i++));
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value.append(c);
                }
            }
            if (!closed)
                return usage(tr("the quoted value of '%1' in the connection string has no "
                                "closing quote")
                                 .arg(shown(keyword)));
        } else {
            while (i < n && !text.at(i).isSpace()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < n)
                    value.append(text.at(i++));
                else
                    value.append(c);
            }
        }
        if (auto added = addParameter(spec, keyword, value); !added)
            return added.error();
    }
    return spec;
}

QString ConnectionSpec::parameter(const QString& keyword) const {
    for (const auto& p : m_parameters) {
        if (p.first == keyword)
            return p.second;
    }
    return {};
}

QString ConnectionSpec::conninfo() const {
    QStringList parts;
    for (const auto& p : m_parameters)
        parts.append(p.first + u'=' + quoted(p.second));
    return parts.join(u' ');
}

ConnectionSpec::DriverSettings ConnectionSpec::driverSettings() const {
    DriverSettings settings;
    const QString host = parameter(QStringLiteral("host"));
    const QString port = parameter(QStringLiteral("port"));
    // One host and one port go to QSqlDatabase's own fields; lists stay libpq's to read.
    const bool single = !host.contains(u',') && !port.contains(u',');
    QStringList options;
    for (const auto& p : m_parameters) {
        if (p.first == QLatin1String("dbname")) {
            settings.databaseName = p.second;
        } else if (p.first == QLatin1String("user")) {
            settings.userName = p.second;
        } else if (single && p.first == QLatin1String("host")) {
            settings.hostName = p.second;
        } else if (single && p.first == QLatin1String("port") && !p.second.isEmpty()) {
            settings.port = p.second.toInt();
        } else {
            options.append(p.first + u'=' + quoted(p.second));
        }
    }
    settings.connectOptions = options.join(u' ');
    return settings;
}

QString ConnectionSpec::displayName() const {
    if (m_engine == Engine::SQLite)
        return m_filePath;
    const QString host = parameter(QStringLiteral("host"));
    const QString service = parameter(QStringLiteral("service"));
    if (!service.isEmpty() && host.isEmpty())
        return QStringLiteral("service=") + service;
    QString shown = QStringLiteral("postgresql://");
    if (const QString user = parameter(QStringLiteral("user")); !user.isEmpty())
        shown += user + u'@';
    shown += host.contains(u':') && !host.contains(u',') && !host.startsWith(u'/')
                 ? u'[' + host + u']'
                 : host;
    if (const QString port = parameter(QStringLiteral("port")); !port.isEmpty())
        shown += u':' + port;
    shown += u'/' + parameter(QStringLiteral("dbname"));
    return shown;
}

} // namespace slipway
