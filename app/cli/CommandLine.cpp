// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "AdherenceCommand.h"
#include "AdminCommand.h"
#include "CliSupport.h"
#include "ControlsCommand.h"
#include "EnvCommand.h"
#include "GuiApplication.h"
#include "IncidentsCommand.h"
#include "MetricsCommand.h"
#include "MigrateCommand.h"
#include "ProductCommand.h"
#include "ReviewCommand.h"
#include "RunbookCommand.h"
#include "ValidateCommand.h"
#include "services/DatabaseAddress.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstring>
#include <functional>

namespace slipway::cli {
namespace {

struct Command {
    const char* name;
    std::function<int(const QStringList&)> run; // empty: planned, not in this version
};

const Command kCommands[] = {
    {"demo", runDemo},
    {"check", runCheck},
    {"audit", runAudit},
    {"export", runExport},
    {"screenshot", runScreenshot},
    {"import", runImport},
    {"find-window", runFindWindow},
    {"gate", runGate},
    {"render", runRender},
    {"report", runReport},
    {"deploy", runDeploy},
    {"lifecycle", runLifecycle},
    {"artifact", runArtifact},
    {"config", runConfig},
    {"env", runEnv},
    {"component", runComponent},
    {"product", runProduct},
    {"release", runRelease},
    {"runbook", runRunbook},
    {"metrics", runMetrics},
    {"validate", runValidate},
    {"review", runReview},
    {"closure", runClosure},
    {"incidents", runIncidents},
    {"feedback", runFeedback},
    {"adherence", runAdherence},
    {"controls", runControls},
    {"migrate", runMigrate},
    {"admin", runAdmin},
};

QString overview() {
    return CliText::tr(
        "Usage:\n"
        "  slipway [--db FILE|URL] [--shared]          open the window\n"
        "  slipway --version\n"
        "  slipway demo --db FILE|URL [--scale small|large] [--seed N] [--force]\n"
        "  slipway check --db FILE|URL [--json] [--full] [--integrity-only]\n"
        "                  structure, foreign keys, audit chain, scheduling conflicts,\n"
        "                  scope dependency warnings\n"
        "  slipway audit verify --db FILE|URL [--anchor FILE]... [--json]\n"
        "  slipway audit anchor --db FILE|URL --out FILE [--json]\n"
        "                  append the log's count and head to FILE; verify holds the\n"
        "                  log against such anchors (truncated or rewritten since)\n"
        "  slipway migrate --from SOURCE --to TARGET [--json]\n"
        "                  copy a whole database, file or server, to a new file or an\n"
        "                  empty server; audit chain verified on both sides, all or nothing\n"
        "  slipway export csv --db FILE|URL --out FILE\n"
        "                     --table releases|scope|assumptions|metrics|tradeoffs|\n"
        "                             communications|acknowledgements|deployments|\n"
        "                             artifacts|components|config\n"
        "  slipway export csv --db FILE|URL --table cab-agenda|decisions\n"
        "                     --meeting ID|DATE --out FILE\n"
        "  slipway export ics --db FILE|URL --out FILE.ics [--from DATE --to DATE]\n"
        "  slipway export cmdb --db FILE|URL --release R --out FILE.csv|FILE.json\n"
        "                  a closed release's configuration-management record\n"
        "  slipway import csv --db FILE|URL --kind scope [--release VERSION]\n"
        "                     [--skip-invalid] [--map COLUMN=FIELD,…] INPUT.csv\n"
        "  slipway import csv --db FILE|URL --kind acknowledgements INPUT.csv\n"
        "  slipway import csv --db FILE|URL --kind incidents [--skip-invalid]\n"
        "                     [--map COLUMN=FIELD,…] [--time-zone ZONE] INPUT.csv\n"
        "                  a ServiceNow, Jira Service Management or PagerDuty export\n"
        "  slipway import ics --db FILE|URL --as blackouts|freezes [--soft] INPUT.ics\n"
        "  slipway import junit|sarif|bench --db FILE|URL --release ID\n"
        "                 --criterion NAME INPUT\n"
        "                  a CI report as a gate criterion's evidence (exit 1: it fails)\n"
        "  slipway import checksums --db FILE|URL --release ID|PRODUCT@VERSION\n"
        "                 [--json] SUMS\n"
        "                  a SHA256SUMS list's files as the release's artifacts\n"
        "  slipway import sbom --db FILE|URL --release ID|PRODUCT@VERSION [--json] SBOM\n"
        "                  a CycloneDX or SPDX SBOM as the release's component list\n"
        "  slipway gate status --db FILE|URL --release ID [--json]\n"
        "                  gates and criteria with evidence (exit 1: promotion blocked)\n"
        "  slipway deploy record --db FILE|URL --release ID|NAME@VERSION\n"
        "                 --environment NAME --outcome succeeded|failed|rolled-back\n"
        "                 [--ticket T] [--at TIME]\n"
        "                  recorded as made by you; refused (exit 1) when the lifecycle\n"
        "                  does not allow it\n"
        "  slipway lifecycle show|set|override|approve|settle --db FILE|URL ...\n"
        "                  a release's guards; a status change; guard overrides\n"
        "  slipway artifact add|list|verify --db FILE|URL --release ID|PRODUCT@VERSION\n"
        "                 [FILE...] [--dir DIR] [--json]\n"
        "                  what a release ships: digests, signatures (exit 1: one fails)\n"
        "  slipway artifact trust|keys --db FILE|URL [--key FILE]\n"
        "                  the public keys trusted for artifact signatures\n"
        "  slipway config set|unset|list --db FILE|URL --release ID|PRODUCT@VERSION\n"
        "                 [--environment NAME] [KEY (VALUE | --ref REF)] [--secret]\n"
        "                  configuration per environment; secret-looking values refused\n"
        "  slipway config diff --db FILE|URL --release ID --from NAME --to NAME [--json]\n"
        "  slipway env matrix --db FILE|URL [--json] [--environment NAME]...\n"
        "                  what runs where, components x environments, with drift\n"
        "  slipway component pin|unpin --db FILE|URL --release ID|PRODUCT@VERSION\n"
        "                 --component NAME --on TARGET [--constraint EXPR]\n"
        "  slipway component pins --db FILE|URL [--release ID|PRODUCT@VERSION] [--json]\n"
        "                  version pins on what components depend on\n"
        "  slipway product list --db FILE|URL [--json]\n"
        "  slipway product set --db FILE|URL PRODUCT --scheme semver|calver\n"
        "                 [--format FMT]\n"
        "                  a product (a service) and its versioning scheme\n"
        "  slipway release suggest-version --db FILE|URL --release ID|PRODUCT@VERSION\n"
        "                 [--json]\n"
        "                  the next version from the release's scope, with warnings\n"
        "  slipway runbook guide [--answer KEY=VALUE]...\n"
        "  slipway runbook create|show|ready|rehearse --db FILE|URL --release R ...\n"
        "                  a release's deployment runbook: pattern, steps, readiness\n"
        "  slipway runbook start|step|status|decide|finish --db FILE|URL --release R ...\n"
        "                  the live run; pipelines report steps with `runbook step`\n"
        "  slipway runbook import|export --db FILE|URL --release R ... FILE\n"
        "                  CSV, Markdown, or the bridge-call PDF\n"
        "  slipway review start|show|save|done|reopen --db FILE|URL --release R\n"
        "                 [--summary T] [--went-well T] [--went-badly T]\n"
        "                 [--factors T] [--lessons T] [--json]\n"
        "                  the blameless post-implementation review and its timeline\n"
        "  slipway review action add|done|drop|list --db FILE|URL --release R\n"
        "                 [--title T --owner O --due DATE] [--id N]\n"
        "  slipway closure status --db FILE|URL --release R [--json]\n"
        "                  the closure checklist and every blocker (exit 1: not yet)\n"
        "  slipway closure tick|na|reopen --db FILE|URL --release R --item KEY\n"
        "                 [--reference REF | --reason TEXT]\n"
        "  slipway validate run --db FILE|URL --release R [--check NAME]... [--json]\n"
        "                  runs a release's health checks and synthetic transactions,\n"
        "                  stores the results (exit 1: a check failed)\n"
        "  slipway validate checks|results --db FILE|URL --release R [--check NAME]\n"
        "                 [--json]\n"
        "  slipway validate add-check --db FILE|URL (--release R | --service S) --name N\n"
        "                 --url U [--expect-status N] [--expect-body T] [--latency-ms N]\n"
        "                 [--schedule-hours H] [--interval-min M]\n"
        "  slipway validate import-checks --db FILE|URL --release R FILE.json\n"
        "  slipway validate watch --db FILE|URL [--for-minutes N]\n"
        "                  runs scheduled checks after each production deployment\n"
        "  slipway incidents list --db FILE|URL [--from DATE --to DATE] [--json]\n"
        "  slipway incidents correlate --db FILE|URL --release R [--json]\n"
        "                  incidents on a release's services within 72 hours of its\n"
        "                  production deployment; new patterns flagged\n"
        "  slipway feedback add --db FILE|URL --release R --team T --severity S\n"
        "                 --what TEXT [--at TIME]\n"
        "  slipway feedback list --db FILE|URL --release R [--json]\n"
        "  slipway import metrics --db FILE|URL --service S --metric NAME [--series SEL]\n"
        "                 FILE | --from-prometheus URL --query Q --from T --to T [--step 60s]\n"
        "                  a service metric's samples (CSV timestamp,value or a Prometheus\n"
        "                  response); the verdicts of releases deployed in their range\n"
        "  slipway metrics define|list|compare --db FILE|URL [--service S]\n"
        "                 [--metric NAME] [--release R] [--json]\n"
        "                  service metrics; a release's medians before and after its\n"
        "                  production deployment, Mann-Whitney U, p and the verdict\n"
        "  slipway adherence deviations --db FILE|URL [--from DATE] [--to DATE] [--json]\n"
        "                  where the release process was not followed, with each\n"
        "                  deviation's key and its corrective actions\n"
        "  slipway adherence action add --db FILE|URL --deviation KEY --title T\n"
        "                 --owner NAME --due DATE [--note T]\n"
        "  slipway adherence action list --db FILE|URL [--deviation KEY] [--json]\n"
        "  slipway adherence action set --db FILE|URL --id N\n"
        "                 [--state open|in_progress|done|dropped] [--note T]\n"
        "                 [--owner NAME] [--due DATE] [--title T]\n"
        "  slipway adherence action remove --db FILE|URL --id N\n"
        "                  corrective actions tracked to closure, audited\n"
        "  slipway controls list|add|set|remove --db FILE|URL [--tag T] [--id N]\n"
        "                 [--kind K] [--name T] [--parameter P] [--enabled yes|no]\n"
        "                 [--json]\n"
        "                  the regulatory control sets of tags (sox, hipaa, gdpr, pci)\n"
        "  slipway controls tag|untag --db FILE|URL --release R --tag T\n"
        "  slipway controls attest|clear --db FILE|URL --release R --control N\n"
        "                 [--reference REF | --not-applicable WHY]\n"
        "  slipway controls status --db FILE|URL [--release R] [--json]\n"
        "                  each control of a tagged release (exit 1: one fails; it\n"
        "                  keeps the release from being deployed)\n"
        "  slipway find-window --db FILE|URL --release ID [--after DATE] [--duration 4h]\n"
        "  slipway report cab --db FILE|URL --meeting ID|DATE --out FILE.pdf\n"
        "                 [--page a4|letter]\n"
        "  slipway report pir --db FILE|URL --release R --out FILE.pdf\n"
        "                  the post-implementation review as PDF (exit 1: no review yet)\n"
        "  slipway report adherence --db FILE|URL --from DATE --to DATE\n"
        "                 --out FILE.pdf|csv\n"
        "                  where the process was not followed, with corrective actions\n"
        "  slipway report service --db FILE|URL --from DATE --to DATE [--service S]\n"
        "                 [--team T] --out FILE.pdf|csv\n"
        "                  deployment frequency, lead time, failures\n"
        "  slipway render --db FILE|URL --release ID --template NAME --format pdf|eml|md\n"
        "                 --out FILE [--list NAME] [--reason TEXT] [--issue]\n"
        "  slipway screenshot --db FILE|URL\n"
        "                     --view releases|audit|calendar|scope|gates|comms|cab\n"
        "                     --out FILE.png\n"
        "                     [--size WxH] [--from DATE --to DATE]\n"
        "\n"
        "Commands that open a file also take --shared (file on a network share) and\n"
        "--read-only. 'slipway COMMAND --help' explains a command.\n"
        "\n"
        "URL: a PostgreSQL server, postgresql://[USER@]HOST[:PORT]/DATABASE\n"
        "[?sslmode=verify-full] (recommended across a network) or service=NAME (a libpq\n"
        "service). The password comes from ~/.pgpass or the service file; Slipway never\n"
        "takes one on the command line. On a server, commands act as the login the\n"
        "server knows; 'demo' needs an empty database there.\n"
        "\n"
        "Exit codes: 0 fine; 1 findings (problems in the file, a broken audit chain,\n"
        "conflict errors, a failing or blocking gate); 2 bad usage or bad input (one\n"
        "line on stderr says what and which file).\n");
}

// The window's own options; anything else on the command line is headless work or an error.
bool isWindowOption(const char* arg) {
    return std::strcmp(arg, "--shared") == 0;
}

} // namespace

bool isHeadlessInvocation(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
            ++i;
            continue;
        }
        if (std::strncmp(argv[i], "--db=", 5) == 0 || isWindowOption(argv[i]))
            continue;
        return true; // a subcommand, --help, --version or a mistake: none needs a display
    }
    return false;
}

bool isDataOnlyInvocation(int argc, char* argv[]) {
    return argc > 1 && std::strcmp(argv[1], "import") == 0;
}

int run(QCoreApplication& app) {
    const QStringList args = app.arguments();
    if (args.size() > 1 && !args[1].startsWith(u'-')) {
        const QString& name = args[1];
        for (const Command& c : kCommands) {
            if (name != QLatin1String(c.name))
                continue;
            if (!c.run)
                return usageError(QString(), CliText::tr("'%1' is not available in this version of "
                                                         "Slipway (see 'slipway --help')")
                                                 .arg(name));
            return c.run(QStringList{args[0]} + args.mid(2));
        }
        return usageError(QString(),
                          CliText::tr("unknown command '%1' (see 'slipway --help')").arg(name));
    }

    QCommandLineParser parser;
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    FileOptions files;
    parser.addOptions({help, version, files.db, files.shared});
    if (!parser.parse(args))
        return usageError(QString(), parser.errorText() + CliText::tr(" (see 'slipway --help')"));
    if (parser.isSet(help)) {
        out() << QCoreApplication::applicationName() << u' '
              << QCoreApplication::applicationVersion()
              << CliText::tr(" - release planning for release "
                             "managers and CABs")
              << Qt::endl
              << Qt::endl
              << overview();
        out().flush();
        return ExitOk;
    }
    if (parser.isSet(version)) {
        out() << QStringLiteral("slipway ") << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QString(), CliText::tr("unexpected argument '%1' (see 'slipway --help')")
                                         .arg(parser.positionalArguments().first()));
    if (const QString db = parser.value(files.db); !db.isEmpty()) {
        if (auto checked = DatabaseAddress::check(db); !checked)
            return usageError(QString(), QStringLiteral("--db: ") + checked.error().message);
        if (isServer(db) && parser.isSet(files.shared))
            return usageError(QString(), CliText::tr("--shared is for a Slipway file on a "
                                                     "network share, not for the PostgreSQL "
                                                     "server %1")
                                             .arg(shownDb(db)));
    }
    auto* gui = qobject_cast<QApplication*>(&app);
    if (!gui) // never: only subcommands run without one
        return ExitBadInput;
    return ui::runGui(*gui, parser.value(files.db), parser.isSet(files.shared));
}

} // namespace slipway::cli
