#!/usr/bin/env bash
# Slipway's developer entry point: installs what is missing, builds, then runs or tests.
#   ./dev.sh run [slipway arguments…]   build and open Slipway (a demo file on first run)
#   ./dev.sh test                        build and run the whole test suite
#   ./dev.sh bench                       build and print the benchmark figures
set -euo pipefail
cd "$(dirname "$0")"

# Debian 12 / Ubuntu packages, and why each is needed (see also README.md).
packages=(
    g++ cmake ninja-build ccache pkg-config   # compiler and build
    qt6-base-dev qt6-base-dev-tools           # Qt Core, Gui, Widgets, Sql, PrintSupport, Test
    libqt6sql6-sqlite                         # Qt's SQLite driver: the file format
    qt6-svg-dev                               # Qt SVG: our SVG line icons
    qt6-charts-dev                            # the CAB change-outlook charts (screen and PDF)
    libqt6opengl6-dev                         # Qt Charts' CMake package requires Qt OpenGL
    qt6-pdf-dev                               # previewing CAB reports and rendered notices
    libkainjow-mustache-dev                   # Mustache templates for communications
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools # Linguist: translations
    qt6-qpa-plugins                           # the desktop (xcb, wayland) platform plugins
    libsqlite3-dev                            # raw SQLite for bulk and verify paths
    postgresql-15                             # the tests' PostgreSQL server (started per test)
    libqt6sql6-psql                           # Qt's PostgreSQL driver (QPSQL): shared databases
    libpq-dev                                 # libpq for COPY FROM STDIN in bulk imports
    qtkeychain-qt6-dev                        # a typed-in password goes to the desktop keyring
    libssl-dev                                # SHA-256 for the audit chain (OpenSSL EVP)
    libgpgme-dev                              # OpenPGP signatures on artifacts, through GPGME
    gnupg                                     # the gpg that GPGME runs to check those signatures
    minisign                                  # tests sign artifacts with the real minisign
    libical-dev                               # RFC 5545 recurrence rules and iCalendar
    fonts-dejavu-core                         # without fonts Qt writes PDFs with no text
    poppler-utils                             # tests read generated PDFs back (pdftotext)
    python3                                   # tests parse written .eml drafts with a strict mail parser
    tzdata                                    # IANA time zones for windows and people
    clang libclang-rt-14-dev                  # libFuzzer: the fuzz runs in the reliability suite
    clang-format                              # the suite checks the tree is formatted
    clang-tidy                                # the `tidy` target (static analysis)
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "dev.sh: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

build() {
    install_missing
    cmake --preset dev >/dev/null
    cmake --build --preset dev
}

case "${1:-}" in
run)
    shift
    build
    exec build/dev/app/slipway "$@"
    ;;
test)
    build
    QT_QPA_PLATFORM=offscreen ctest --preset dev --output-on-failure
    ;;
bench)
    build
    exec tests/bench/run build/dev
    ;;
*)
    echo "usage: ./dev.sh run [ARGS…] | test | bench" >&2
    exit 2
    ;;
esac
