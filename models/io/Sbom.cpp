// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Sbom.h"
#include "domain/InputText.h"

#include <QCoreApplication>

#include <array>

namespace slipway {

namespace {

struct Algorithm {
    const char* key;  // upper case, letters and digits only
    const char* name; // canonical
    int hexDigits;    // 0: any even count from 32 to 128 (BLAKE3 and MD6 have variable output)
    bool weak;
};

// The algorithms CycloneDX 1.6 and SPDX 2.3 name, and what GNU and BSD tools write in tags
// ("BLAKE2b" is b2sum's 512-bit default).
constexpr std::array<Algorithm, 19> kAlgorithms{{
    {"MD2", "MD2", 32, true},
    {"MD4", "MD4", 32, true},
    {"MD5", "MD5", 32, true},
    {"MD6", "MD6", 0, false},
    {"SHA1", "SHA-1", 40, true},
    {"SHA224", "SHA-224", 56, false},
    {"SHA256", "SHA-256", 64, false},
    {"SHA384", "SHA-384", 96, false},
    {"SHA512", "SHA-512", 128, false},
    {"SHA3224", "SHA3-224", 56, false},
    {"SHA3256", "SHA3-256", 64, false},
    {"SHA3384", "SHA3-384", 96, false},
    {"SHA3512", "SHA3-512", 128, false},
    {"BLAKE2B", "BLAKE2b-512", 128, false},
    {"BLAKE2B256", "BLAKE2b-256", 64, false},
    {"BLAKE2B384", "BLAKE2b-384", 96, false},
    {"BLAKE2B512", "BLAKE2b-512", 128, false},
    {"BLAKE3", "BLAKE3", 0, false},
    {"ADLER32", "ADLER32", 8, true},
}};

const Algorithm* find(QStringView name) {
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key += c.toUpper();
    }
    for (const Algorithm& a : kAlgorithms) {
        if (key == QLatin1String(a.key))
            return &a;
    }
    return nullptr;
}

const Algorithm* findCanonical(QStringView name) {
    for (const Algorithm& a : kAlgorithms) {
        if (name == QLatin1String(a.name))
            return &a;
    }
    return nullptr;
}

bool isHex(QStringView s) {
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

} // namespace

QString SbomHash::canonicalAlgorithm(QStringView name) {
    const Algorithm* a = find(name);
    return a ? QString::fromLatin1(a->name) : QString();
}

QString SbomHash::problem(QStringView algorithm, QStringView value) {
    const Algorithm* a = findCanonical(algorithm);
    if (!a)
        return QCoreApplication::translate("SbomHash", "%1 is not a known hash algorithm")
            .arg(InputText::quoted(algorithm, 40));
    if (value.isEmpty())
        return QCoreApplication::translate("SbomHash", "the %1 hash is empty")
            .arg(QLatin1String(a->name));
    if (!isHex(value))
        return QCoreApplication::translate("SbomHash", "the %1 hash is not hexadecimal")
            .arg(QLatin1String(a->name));
    const qsizetype n = value.size();
    if (a->hexDigits > 0 && n != a->hexDigits)
        return QCoreApplication::translate("SbomHash", "the %1 hash has %2 hex digits; %1 has %3")
            .arg(QLatin1String(a->name))
            .arg(n)
            .arg(a->hexDigits);
    if (a->hexDigits == 0 && (n % 2 != 0 || n < 32 || n > 128))
        return QCoreApplication::translate("SbomHash",
                                           "the %1 hash has %2 hex digits; expected an even "
                                           "count from 32 to 128")
            .arg(QLatin1String(a->name))
            .arg(n);
    return {};
}

bool SbomHash::isWeak(QStringView algorithm) {
    const Algorithm* a = findCanonical(algorithm);
    return a && a->weak;
}

QString SbomComponent::hash(QStringView algorithm) const {
    for (const SbomHash& h : hashes) {
        if (h.algorithm == algorithm)
            return h.hex;
    }
    return {};
}

// A single version has none of the operators, separators or brackets that ranges use in npm,
// PyPI, Maven, Cargo and vers: "1.2.3", "v1.10.0", "2.0.0-rc.1+build.5", "dev-master" are
// versions, and so is Go's "(devel)"; ">= 2,< 4", "^1.2", "~1.4", "1.x", "[1.0,2.0)",
// "1.0 - 2.0", "*" are ranges.
bool SbomComponent::looksLikeRange(QStringView version) {
    const QStringView v = version.trimmed();
    if (v.isEmpty())
        return false;
    if (v == u"x" || v == u"X")
        return true;
    // Maven's "[1.0,2.0)" and "(,1.0]"; Go's "(devel)" is a version, not a range.
    if ((v.startsWith(u'[') || v.startsWith(u'(')) && v.contains(u','))
        return true;
    for (const QChar c : v) {
        switch (c.unicode()) {
        case u'<':
        case u'>':
        case u'=':
        case u'^':
        case u'~':
        case u'*':
        case u'|':
        case u',':
        case u' ':
        case u'\t':
            return true;
        default:
            break;
        }
    }
    // "1.x", "1.2.X": a wildcard segment.
    for (const QStringView part : v.split(u'.')) {
        if (part == u"x" || part == u"X")
            return true;
    }
    return false;
}

int Sbom::dependencyEdges() const {
    int n = 0;
    for (const SbomDependency& d : dependencies)
        n += int(d.dependsOn.size());
    return n;
}

int Sbom::hashCount() const {
    int n = 0;
    for (const SbomComponent& c : components)
        n += int(c.hashes.size());
    return n;
}

QString Sbom::formatName() const {
    switch (format) {
    case SbomFormat::CycloneDxJson:
        return QStringLiteral("CycloneDX %1 JSON").arg(specVersion);
    case SbomFormat::CycloneDxXml:
        return QStringLiteral("CycloneDX %1 XML").arg(specVersion);
    case SbomFormat::SpdxJson:
        break;
    }
    return QStringLiteral("SPDX %1 JSON").arg(specVersion);
}

} // namespace slipway
