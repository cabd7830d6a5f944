// SPDX-License-Identifier: GPL-3.0-or-later
// slipway product list --db FILE [--json]
// slipway product set --db FILE PRODUCT --scheme semver|calver [--format FORMAT]
// slipway release suggest-version --db FILE --release ID|PRODUCT@VERSION [--json]
#include "ProductCommand.h"

#include "CliSupport.h"
#include "services/ProductService.h"
#include "services/ReleaseLookup.h"
#include "services/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

const QString kProduct = QStringLiteral("product");
const QString kRelease = QStringLiteral("release");
const QString kDefaultCalVer = QStringLiteral("YYYY.MM.MICRO");

void printJson(const QJsonObject& o) {
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

// A refusal of the service: a role says no (exit 1), or the input is bad (exit 2).
int refused(const QString& command, const Error& error) {
    if (error.kind == Error::Kind::Permission || error.kind == Error::Kind::Refused) {
        err() << error.message << Qt::endl;
        return ExitFindings;
    }
    if (error.kind == Error::Kind::Usage || error.kind == Error::Kind::NotFound)
        return usageError(command, error.message);
    return inputError(error);
}

QJsonObject schemeJson(const VersionScheme& scheme) {
    QJsonObject o{{QStringLiteral("scheme"), scheme.kind() == VersionScheme::Kind::SemVer
                                                 ? QStringLiteral("semver")
                                                 : QStringLiteral("calver")},
                  {QStringLiteral("key"), scheme.key()}};
    if (scheme.kind() == VersionScheme::Kind::CalVer)
        o.insert(QStringLiteral("calver_format"), scheme.calVerFormat());
    return o;
}

QString scopeText(const ScopeCounts& s) {
    return CliText::tr("%1 breaking, %2 features, %3 fixes")
        .arg(s.breaking)
        .arg(s.features)
        .arg(s.fixes);
}

int listProducts(ProductService& products, bool json) {
    auto all = products.all();
    if (!all)
        return inputError(all.error());
    QJsonArray list;
    QStringList lines;
    qsizetype nameWidth = 4, schemeWidth = 6;
    struct Row {
        Product product;
        VersionScheme scheme;
        QString last;
    };
    QList<Row> rows;
    for (const Product& p : std::as_const(all.value())) {
        Release probe;
        probe.productId = p.id;
        auto advice = products.advise(probe);
        if (!advice)
            return inputError(advice.error());
        rows << Row{p, advice->scheme, advice->lastReleased};
        nameWidth = std::max(nameWidth, p.name.size());
        schemeWidth = std::max(schemeWidth, advice->scheme.key().size());
    }
    if (json) {
        for (const Row& r : std::as_const(rows)) {
            QJsonObject o = schemeJson(r.scheme);
            o.insert(QStringLiteral("id"), r.product.id);
            o.insert(QStringLiteral("name"), r.product.name);
            o.insert(QStringLiteral("releases"), r.product.releaseCount);
            o.insert(QStringLiteral("last_released"),
                     r.last.isEmpty() ? QJsonValue() : QJsonValue(r.last));
            list << o;
        }
        printJson({{QStringLiteral("format"), 1}, {QStringLiteral("products"), list}});
        return ExitOk;
    }
    if (rows.isEmpty()) {
        out() << CliText::tr("No products yet: a product is a service of the calendar.")
              << Qt::endl;
        return ExitOk;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5")
                 .arg(CliText::tr("ID").leftJustified(5),
                      CliText::tr("NAME").leftJustified(nameWidth),
                      CliText::tr("SCHEME").leftJustified(schemeWidth),
                      CliText::tr("RELEASES").leftJustified(8), CliText::tr("LAST RELEASED"))
          << Qt::endl;
    for (const Row& r : std::as_const(rows))
        out() << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(QString::number(r.product.id).leftJustified(5),
                          r.product.name.leftJustified(nameWidth),
                          r.scheme.key().leftJustified(schemeWidth),
                          QString::number(r.product.releaseCount).leftJustified(8),
                          r.last.isEmpty() ? CliText::tr("—") : r.last)
              << Qt::endl;
    return ExitOk;
}

} // namespace

int runProduct(const QStringList& args) {
    const QString& command = kProduct;
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Products and their versioning schemes. A product is a service of the calendar; its "
        "releases are its versions, each version once. list: every product with its scheme, "
        "its releases and its last released (deployed or closed) version. set: changes a "
        "product's scheme to Semantic Versioning 2.0.0 (semver) or a CalVer format (calver, "
        "with --format, YYYY.MM.MICRO unless given; e.g. YYYY.0M.MICRO, YY.MM.MICRO, "
        "YYYY.0M.0D); refused, naming them, while releases of the product have versions the "
        "new scheme does not read. A release manager's work; audited."));
    parser.addPositionalArgument(QStringLiteral("action"), CliText::tr("list or set."));
    parser.addPositionalArgument(QStringLiteral("product"),
                                 CliText::tr("set: the product, by id or name."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption scheme(QStringLiteral("scheme"), CliText::tr("set: semver or calver."),
                                    QStringLiteral("SCHEME"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    CliText::tr("set: the CalVer format (default YYYY.MM.MICRO)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    parser.addOptions({scheme, format, json});
    if (auto stop =
            parseCommand(parser, args, command,
                         QStringLiteral("slipway product list --db FILE|URL [--json] | "
                                        "slipway product set --db FILE|URL PRODUCT --scheme "
                                        "semver|calver [--format FORMAT]"),
                         2))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != u"list" && action != u"set")
        return usageError(
            command, action.isEmpty()
                         ? CliText::tr("say what to do: list or set")
                         : CliText::tr("unknown action '%1'; available: list, set").arg(action));
    const bool setting = action == u"set";
    std::optional<VersionScheme> wanted;
    if (setting) {
        if (positional.size() < 2)
            return usageError(command, CliText::tr("name the product to change"));
        const QString kind = parser.value(scheme).trimmed().toLower();
        if (kind == u"semver") {
            if (parser.isSet(format))
                return usageError(command,
                                  CliText::tr("--format applies to calver only; semver has none"));
            wanted = VersionScheme::semVer();
        } else if (kind == u"calver") {
            auto calVer = VersionScheme::calVer(
                parser.isSet(format) ? parser.value(format).trimmed() : kDefaultCalVer);
            if (!calVer)
                return usageError(command, QStringLiteral("--format: ") + calVer.error().message);
            wanted = calVer.value();
        } else {
            return usageError(command, parser.isSet(scheme)
                                           ? CliText::tr("--scheme must be semver or calver, "
                                                         "not '%1'")
                                                 .arg(parser.value(scheme))
                                           : CliText::tr("--scheme semver|calver is required"));
        }
    } else {
        if (positional.size() > 1)
            return usageError(command, CliText::tr("'list' takes no product"));
        if (parser.isSet(scheme) || parser.isSet(format))
            return usageError(command, CliText::tr("--scheme and --format apply to 'set' only"));
    }
    if (setting && parser.isSet(json))
        return usageError(command, CliText::tr("--json applies to 'list' only"));

    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    auto db =
        Database::open(*path, setting ? files.openOptions(parser) : files.readingOptions(parser));
    if (!db)
        return inputError(db.error());
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    ProductService products(*db.value(), acting.value());
    if (!setting)
        return listProducts(products, parser.isSet(json));

    auto product = products.lookUp(positional.value(1));
    if (!product)
        return refused(command, product.error());
    if (product->schemeKey == wanted->key()) {
        out() << CliText::tr("%1 already uses %2; nothing written.")
                     .arg(product->name, wanted->displayName())
              << Qt::endl;
        return ExitOk;
    }
    auto changed = products.setScheme(product->id, *wanted, product->rowVersion);
    if (!changed)
        return refused(command, changed.error());
    out() << CliText::tr("%1 now uses %2.").arg(changed->name, wanted->displayName()) << Qt::endl;
    return ExitOk;
}

int runRelease(const QStringList& args) {
    const QString& command = kRelease;
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "suggest-version: the version a release's scope asks for under its product's scheme, "
        "above the product's last released (deployed or closed) version: a breaking change "
        "(an item labelled breaking, breaking-change or semver-major, or with a BREAKING "
        "CHANGE: footer) gives a major, a feature a minor, only fixes a patch; CalVer numbers "
        "the release's window day. Warns when the release's version is not above the last "
        "released one or differs from the suggestion. Writes nothing."));
    parser.addPositionalArgument(QStringLiteral("action"), CliText::tr("suggest-version."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption release(QStringLiteral("release"),
                                     CliText::tr("The release: its id or PRODUCT@VERSION."),
                                     QStringLiteral("ID|PRODUCT@VERSION"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    parser.addOptions({release, json});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway release suggest-version --db FILE|URL "
                                                "--release ID|PRODUCT@VERSION [--json]"),
                                 1))
        return *stop;
    const QString action = parser.positionalArguments().value(0);
    if (action != u"suggest-version")
        return usageError(command, action.isEmpty() ? CliText::tr("say what to do: suggest-version")
                                                    : CliText::tr("unknown action '%1'; available: "
                                                                  "suggest-version")
                                                          .arg(action));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    auto db = Database::open(*path, files.readingOptions(parser));
    if (!db)
        return inputError(db.error());
    const auto releaseId = releaseFrom(*db.value(), parser, release, command, &exit);
    if (!releaseId)
        return exit;
    auto found = lookUpRelease(*db.value(), QString::number(*releaseId));
    if (!found)
        return inputError(found.error());
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    ProductService products(*db.value(), acting.value());
    auto advice = products.advise(found.value());
    if (!advice)
        return inputError(advice.error());
    const VersionAdvice& a = advice.value();
    const QString label = releaseLabel(found->name, found->version);
    if (parser.isSet(json)) {
        QJsonObject o = schemeJson(a.scheme);
        QJsonArray warnings;
        for (const QString& w : a.warnings)
            warnings << w;
        o.insert(QStringLiteral("format"), 1);
        o.insert(QStringLiteral("release_id"), found->id);
        o.insert(QStringLiteral("version"), found->version);
        o.insert(QStringLiteral("product_id"),
                 a.productId > 0 ? QJsonValue(a.productId) : QJsonValue());
        o.insert(QStringLiteral("product"),
                 a.productId > 0 ? QJsonValue(a.productName) : QJsonValue());
        o.insert(QStringLiteral("scope"),
                 QJsonObject{{QStringLiteral("breaking"), a.scope.breaking},
                             {QStringLiteral("features"), a.scope.features},
                             {QStringLiteral("fixes"), a.scope.fixes}});
        o.insert(QStringLiteral("last_released"),
                 a.lastReleased.isEmpty() ? QJsonValue() : QJsonValue(a.lastReleased));
        o.insert(QStringLiteral("last_released_id"),
                 a.lastReleasedId > 0 ? QJsonValue(a.lastReleasedId) : QJsonValue());
        o.insert(QStringLiteral("suggested"),
                 a.suggested.isEmpty() ? QJsonValue() : QJsonValue(a.suggested));
        if (!a.suggestionProblem.isEmpty())
            o.insert(QStringLiteral("suggestion_problem"), a.suggestionProblem);
        o.insert(QStringLiteral("warnings"), warnings);
        printJson(o);
        return ExitOk;
    }
    out() << CliText::tr("%1 (release %2)").arg(label).arg(found->id) << Qt::endl;
    out() << QStringLiteral("  ")
          << (a.productId > 0
                  ? CliText::tr("product: %1, %2").arg(a.productName, a.scheme.displayName())
                  : CliText::tr("no product: %1").arg(a.scheme.displayName()))
          << Qt::endl;
    out() << QStringLiteral("  ") << CliText::tr("scope: %1").arg(scopeText(a.scope)) << Qt::endl;
    out() << QStringLiteral("  ")
          << (a.lastReleased.isEmpty() ? CliText::tr("last released: none")
                                       : CliText::tr("last released: %1 (release %2)")
                                             .arg(a.lastReleased)
                                             .arg(a.lastReleasedId))
          << Qt::endl;
    out() << QStringLiteral("  ")
          << (a.suggested.isEmpty() ? CliText::tr("suggested: none (%1)").arg(a.suggestionProblem)
                                    : CliText::tr("suggested: %1").arg(a.suggested))
          << Qt::endl;
    out() << QStringLiteral("  ") << CliText::tr("chosen: %1").arg(found->version) << Qt::endl;
    for (const QString& w : a.warnings)
        out() << QStringLiteral("  ") << CliText::tr("warning: %1").arg(w) << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
