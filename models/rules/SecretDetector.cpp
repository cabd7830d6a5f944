// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretDetector.h"

#include "SecretReference.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

#include <cctype>
#include <cmath>
#include <utility>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SecretDetector)
};

bool isAsciiAlnum(QChar c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isHex(QChar c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
// The characters of base64 and base64url, where random keys live.
bool isTokenChar(QChar c) {
    return isAsciiAlnum(c) || c == u'+' || c == u'/' || c == u'=' || c == u'_' || c == u'-';
}

// Runs of `accept` characters, in order.
template <typename Accept> QList<QStringView> runs(QStringView text, Accept accept) {
    QList<QStringView> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool in = i < text.size() && accept(text[i]);
        if (in && start < 0)
            start = i;
        else if (!in && start >= 0) {
            out.append(text.mid(start, i - start));
            start = -1;
        }
    }
    return out;
}

// Formats with a fixed shape, each with a phrase naming it. The look-behinds keep a match to
// the start of a word, which also keeps the search linear in the length of the value.
struct KnownFormat {
    QRegularExpression pattern;
    const char* reason;
};

const QList<KnownFormat>& knownFormats() {
    static const QList<KnownFormat> formats = {
        {QRegularExpression(
             QStringLiteral("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")),
         QT_TRANSLATE_NOOP("SecretDetector", "a PEM private key")},
        {QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])")),
         QT_TRANSLATE_NOOP("SecretDetector", "an AWS access key id")},
        {QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|"
                                           "github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])")),
         QT_TRANSLATE_NOOP("SecretDetector", "a GitHub token")},
        {QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}")),
         QT_TRANSLATE_NOOP("SecretDetector", "a GitLab token")},
        {QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])xox[baprs]-[A-Za-z0-9-]{10,}")),
         QT_TRANSLATE_NOOP("SecretDetector", "a Slack token")},
        {QRegularExpression(QStringLiteral("https://hooks\\.slack\\.com/(?:services|workflows|"
                                           "triggers)/[A-Za-z0-9_/-]{8,}")),
         QT_TRANSLATE_NOOP("SecretDetector", "a Slack webhook URL")},
        {QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_])[sr]k_live_[A-Za-z0-9]{16,}")),
         QT_TRANSLATE_NOOP("SecretDetector", "a Stripe secret key")},
        {QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])")),
         QT_TRANSLATE_NOOP("SecretDetector", "a Google API key")},
    };
    return formats;
}

QByteArray decodeBase64(QStringView text, QByteArray::Base64Options encoding) {
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), encoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : QByteArray();
}

// A JSON Web Token: three base64url parts, the first a JSON object naming its "alg".
bool isJwt(QStringView token) {
    const QList<QStringView> parts = token.split(u'.');
    if (parts.size() != 3 || parts[0].size() < 10 || parts[1].isEmpty())
        return false;
    const QByteArray header =
        decodeBase64(parts[0], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (header.isEmpty() || header.front() != '{')
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(header);
    return doc.isObject() && doc.object().contains(QLatin1String("alg"));
}

// ${DB_PASSWORD}, $DB_PASSWORD, {{ password }}, <password>, ****: a stand-in, not a secret.
bool isPlaceholder(QStringView text) {
    if (text.isEmpty())
        return true;
    if (text.startsWith(u'$') || text.startsWith(u"{{") || text.startsWith(u"%(") ||
        (text.startsWith(u'<') && text.endsWith(u'>')))
        return true;
    for (QChar c : text) {
        if (c != u'*' && c != u'x' && c != u'X' && c != u'.')
            return false;
    }
    return true;
}

// scheme://user:password@host with a password that is not a stand-in.
bool hasUrlPassword(QStringView value) {
    for (qsizetype at = value.indexOf(u"://"); at >= 0; at = value.indexOf(u"://", at + 3)) {
        qsizetype end = at + 3;
        while (end < value.size() && !value[end].isSpace() && value[end] != u'/' &&
               value[end] != u'?' && value[end] != u'#')
            ++end;
        const QStringView authority = value.mid(at + 3, end - at - 3);
        const qsizetype userEnd = authority.lastIndexOf(u'@');
        if (userEnd < 0)
            continue;
        const QStringView userInfo = authority.left(userEnd);
        const qsizetype colon = userInfo.indexOf(u':');
        if (colon > 0 && !isPlaceholder(userInfo.mid(colon + 1)))
            return true;
    }
    return false;
}

// The words of a key: DB_PASSWORD, db.password, dbPassword and db-password all end in
// "password".
QStringList keyWords(const QString& key) {
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key[i];
        if (!c.isLetterOrNumber()) {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
            continue;
        }
        if (c.isUpper() && i > 0 && key[i - 1].isLower() && !word.isEmpty()) {
            words.append(word);
            word.clear();
        }
        word += c.toLower();
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// A key whose last word names a secret: DB_PASSWORD, GITHUB_TOKEN, stripeApiKey. The last
// word only, so PASSWORD_MIN_LENGTH and TOKEN_TTL stay ordinary settings.
bool namesSecret(const QString& key) {
    const QStringList words = keyWords(key);
    if (words.isEmpty())
        return false;
    static const QStringList single = {QStringLiteral("password"),   QStringLiteral("passwd"),
                                       QStringLiteral("pwd"),        QStringLiteral("passphrase"),
                                       QStringLiteral("secret"),     QStringLiteral("token"),
                                       QStringLiteral("apikey"),     QStringLiteral("credentials"),
                                       QStringLiteral("credential"), QStringLiteral("privatekey")};
    static const QStringList beforeKey = {QStringLiteral("api"),     QStringLiteral("private"),
                                          QStringLiteral("access"),  QStringLiteral("secret"),
                                          QStringLiteral("signing"), QStringLiteral("encryption")};
    if (single.contains(words.last()))
        return true;
    return words.size() >= 2 && words.last() == u"key" &&
           beforeKey.contains(words.at(words.size() - 2));
}

// A key whose last word names something typed in to get access (DB_PASSWORD, SIM_PIN):
// there, a number is the secret itself.
bool namesPassword(const QString& key) {
    const QStringList words = keyWords(key);
    static const QStringList passwords = {QStringLiteral("password"), QStringLiteral("passwd"),
                                          QStringLiteral("pwd"),      QStringLiteral("passphrase"),
                                          QStringLiteral("pin"),      QStringLiteral("passcode")};
    return !words.isEmpty() && passwords.contains(words.last());
}

// What a secret-named key may hold without being a secret: a switch, a stand-in, a file or
// URL that holds the secret, a reference to a secret store, or a number (a timeout, a
// length) unless the key names a password and the number is long enough to be one.
bool harmlessForSecretKey(const QString& key, const QString& value) {
    const QString v = value.trimmed();
    if (isPlaceholder(v) || SecretReference::parse(v).ok())
        return true;
    static const QStringList words = {QStringLiteral("true"),    QStringLiteral("false"),
                                      QStringLiteral("yes"),     QStringLiteral("no"),
                                      QStringLiteral("on"),      QStringLiteral("off"),
                                      QStringLiteral("none"),    QStringLiteral("null"),
                                      QStringLiteral("enabled"), QStringLiteral("disabled")};
    if (words.contains(v.toLower()))
        return true;
    bool number = true;
    for (QChar c : v)
        number = number && (c.isDigit() || c == u'.' || c == u'-');
    if (number)
        return !(namesPassword(key) && v.size() >= 4);
    const bool path =
        v.startsWith(u'/') || v.startsWith(u"~/") || v.startsWith(u"./") || v.startsWith(u"../") ||
        (v.size() > 2 && v[0].isLetter() && v[1] == u':' && (v[2] == u'\\' || v[2] == u'/'));
    return path || v.contains(u"://");
}

// Public key material and digests look random by design and are not secrets.
bool isPublicMaterial(QStringView value) {
    static const char16_t* const publicKeys[] = {u"ssh-rsa ",    u"ssh-ed25519 ",   u"ssh-dss ",
                                                 u"ecdsa-sha2-", u"sk-ssh-ed25519", u"sk-ecdsa-"};
    const QStringView v = value.trimmed();
    for (const char16_t* prefix : publicKeys) {
        if (v.startsWith(QStringView(prefix)))
            return true;
    }
    return v.contains(u"-----BEGIN ") && !v.contains(u"PRIVATE KEY");
}

// base64 that decodes to readable text ("c2xpcHdheSByZWxlYXNl" is "slipway release") is
// encoded words, not a key: random bytes almost never decode to printable text.
bool decodesToText(QStringView token) {
    for (const auto encoding : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        QString padded = token.toString();
        while (padded.size() % 4 != 0)
            padded += u'=';
        const QByteArray bytes = decodeBase64(padded, encoding);
        if (bytes.isEmpty())
            continue;
        qsizetype wordy = 0;
        bool printable = true;
        for (const char b : bytes) {
            printable = printable && b >= 0x20 && b < 0x7f;
            wordy += (std::isalpha(static_cast<unsigned char>(b)) || b == ' ') ? 1 : 0;
        }
        if (printable && wordy * 5 >= bytes.size() * 4)
            return true;
    }
    return false;
}

} // namespace

double SecretDetector::entropy(QStringView text) {
    if (text.isEmpty())
        return 0;
    QHash<char16_t, int> counts;
    for (QChar c : text)
        ++counts[c.unicode()];
    double bits = 0;
    for (const int count : std::as_const(counts)) {
        const double p = double(count) / double(text.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

// A piece between separators reads as random when its characters are varied for its length
// (entropy at least log2(length) − 1, at most 4 bits) and either it breaks into short
// fragments at case and letter/digit changes (random text averages under 3 characters a
// fragment, names and words 4 or more: "camel Case Name 2024") or it has few vowels for
// letters (random letters: about one in five; words: one in three). Hex is a digest or an
// id (commit, SHA-256, UUID), so it never counts. Tuned on random base62, base64, lower- and
// upper-case with digits (about nine in ten of 20 characters caught, more when longer) and
// on paths, hostnames, class names, image references, purls and such that must pass.
bool SecretDetector::looksRandom(QStringView token) {
    for (const QStringView piece : runs(token, [](QChar c) { return isAsciiAlnum(c); })) {
        const qsizetype n = piece.size();
        if (n < 12)
            continue;
        bool hex = true;
        for (QChar c : piece)
            hex = hex && isHex(c);
        if (hex)
            continue;
        if (entropy(piece) < std::min(4.0, std::log2(double(n)) - 1.0))
            continue;
        qsizetype fragments = 1, letters = 0, vowels = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = piece[i];
            if (c.isLetter()) {
                ++letters;
                vowels += QStringView(u"aeiouAEIOU").contains(c) ? 1 : 0;
            }
            if (i > 0) {
                const QChar p = piece[i - 1];
                if ((p.isLower() && c.isUpper()) || (p.isDigit() != c.isDigit()))
                    ++fragments;
            }
        }
        const bool shortFragments = double(n) / double(fragments) < 3.0;
        const bool fewVowels = letters > 0 && vowels * 5 < letters;
        if (shortFragments || fewVowels)
            return true;
    }
    return false;
}

std::optional<QString> SecretDetector::looksSecret(const QString& key, const QString& value) {
    for (const KnownFormat& format : knownFormats()) {
        if (format.pattern.match(value).hasMatch())
            return Text::tr(format.reason);
    }
    for (const QStringView token : runs(value, [](QChar c) {
             return isAsciiAlnum(c) || c == u'_' || c == u'-' || c == u'.';
         })) {
        if (isJwt(token))
            return Text::tr("a JWT");
    }
    if (hasUrlPassword(value))
        return Text::tr("a URL with a password");
    if ((namesSecret(key) || namesPassword(key)) && !harmlessForSecretKey(key, value))
        return Text::tr("a value under a key named like a password or token");
    if (isPublicMaterial(value))
        return std::nullopt;
    for (QStringView token : runs(value, isTokenChar)) {
        while (token.endsWith(u'='))
            token.chop(1);
        if (token.size() < 20 || token.startsWith(u"sha256-") || token.startsWith(u"sha384-") ||
            token.startsWith(u"sha512-"))
            continue; // short, or a Subresource Integrity digest
        if (looksRandom(token) && !decodesToText(token))
            return Text::tr("a long high-entropy string");
    }
    return std::nullopt;
}

} // namespace slipway
