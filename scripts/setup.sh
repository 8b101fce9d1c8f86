# Sourced by ./x: installs what is missing, then sets the environment for building.
# Everything slow is cached under $HERE_AND_NOW_TOOLS (default ~/.cache/here-and-now),
# so a second run only checks versions and takes seconds.
# shellcheck shell=bash

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
LIGHTHOUSE_VERSION=12.2.3
BINARYEN_VERSION=132
AXE_CORE_VERSION=4.14.1
TOOLS="${HERE_AND_NOW_TOOLS:-$HOME/.cache/here-and-now}"
mkdir -p "$TOOLS/bin"
export PATH="$TOOLS/bin:$TOOLS/npm/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '==> %s\n' "$*" >&2; }
failure_said=""
fail() {
    failure_said=1
    printf 'x: %s\n' "$*" >&2
    exit 1
}
# No step may stop silently: a run that `set -e` ends without `fail` having said why names the
# command that stopped it (an EXIT trap rather than ERR, which would also fire inside tests of
# a command's output; Ctrl-C, 130, is the member's own choice). Tool builds still running in
# the background end with the run.
on_exit() {
    local status=$1 command=$2 build
    if [ "$status" -ne 0 ] && [ "$status" -ne 130 ] && [ -z "$failure_said" ]; then
        printf 'x: stopped: "%s" failed (exit %s)\n' "$command" "$status" >&2
    fi
    if [ "$status" -ne 0 ]; then
        for build in $(jobs -p); do
            pkill -P "$build" 2>/dev/null || true
            kill "$build" 2>/dev/null || true
        done
    fi
    return "$status"
}
trap 'on_exit $? "$BASH_COMMAND"' EXIT

is_root() { [ "$(id -u)" = 0 ]; }

apt_updated=""
apt_install() {
    # Debian packages: installed when we are root on a Debian-like machine, otherwise named.
    if ! is_root || ! command -v apt-get >/dev/null; then
        fail "please install these packages, then run again: $*"
    fi
    if [ -z "$apt_updated" ]; then
        say "apt-get update"
        apt-get update -q >/dev/null || fail "apt-get update failed"
        apt_updated=1
    fi
    say "apt-get install $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null \
        || fail "apt-get install $* failed"
}

deb_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"
}

need_cargo() {
    command -v cargo >/dev/null || fail "Rust is not installed: see https://rustup.rs, then run again."
}

# --- WASM target ---------------------------------------------------------------------------
# The ordinary rustup target where it can be had; otherwise Debian's rustc-web, which builds
# std for wasm32 from source (rust-web-src) and links with lld-19.
WASM_ENV=()
setup_wasm_target() {
    local marker="$TOOLS/wasm-path"
    # HERE_AND_NOW_WASM=debian or =rustup overrides the remembered choice for one run
    # (to test the fallback where rustup works, or to try rustup again).
    local choice="${HERE_AND_NOW_WASM:-$(cat "$marker" 2>/dev/null)}"
    if [ "$choice" != debian ] && command -v rustup >/dev/null; then
        if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
            say "WASM target: rustup (wasm32-unknown-unknown installed)"
            echo rustup >"$marker"
            return
        fi
        say "WASM target: trying 'rustup target add wasm32-unknown-unknown' (20 s at most)"
        if timeout 20 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
            say "WASM target: rustup"
            echo rustup >"$marker"
            return
        fi
    fi
    say "WASM target: Debian rustc-web building std from source (rustup's target is not available here)"
    local missing=() package
    for package in rustc-web rust-web-src rust-web-clippy lld-19; do
        deb_installed "$package" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
    [ -n "${HERE_AND_NOW_WASM:-}" ] || echo debian >"$marker"
    # One compiler for host and wasm on this path, so shared build artefacts are reused.
    export RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
    WASM_ENV=(CARGO_UNSTABLE_BUILD_STD=std,panic_abort
        CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19)
}

# Runs a command with the environment a wasm32 build needs on the chosen path.
# A subshell rather than `env`, so it can run the functions below too.
wasm() (
    for setting in "${WASM_ENV[@]}"; do export "${setting?}"; done
    "$@"
)

# clippy that matches the compiler in use.
clippy() {
    if [ -n "${RUSTC:-}" ]; then
        /usr/bin/cargo-clippy clippy "$@"
    else
        cargo clippy "$@"
    fi
}

# --- Tools ---------------------------------------------------------------------------------
tool_version() { "$1" --version 2>/dev/null | head -n1; }

# The tools built from source (Trunk, wasm-bindgen-cli, geckodriver) compile side by side, in
# the background, while the rest is set up: each build has long stretches that keep one core
# busy (macros, the final link), so on two cores they finish sooner together. Each gets an
# install root of its own (cargo locks a root for the whole build) and its binaries are linked
# into $TOOLS/bin. Trunk asks for fat LTO and one codegen unit, which doubles its build for
# nothing we need (it runs for seconds): tools are built with light optimisation instead.
# `tools_ready` waits for them.
TOOL_BUILDS=()
install_tool() {
    local name=$1
    shift
    local root="$TOOLS/installs/$name"
    mkdir -p "$root"
    (
        CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
            CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
            cargo install --quiet --root "$root" "$@" && ln -sf "$root"/bin/* "$TOOLS/bin/"
    ) >"$root.log" 2>&1 &
    TOOL_BUILDS+=("$name:$!")
}

tools_ready() {
    local build name failed=()
    [ ${#TOOL_BUILDS[@]} -eq 0 ] || say "waiting for the tools being built (${#TOOL_BUILDS[@]})"
    for build in "${TOOL_BUILDS[@]}"; do
        name=${build%%:*}
        wait "${build##*:}" || failed+=("$name")
    done
    TOOL_BUILDS=()
    if [ ${#failed[@]} -gt 0 ]; then
        for name in "${failed[@]}"; do
            printf -- '--- the end of cargo install %s (%s):\n' "$name" "$TOOLS/installs/$name.log" >&2
            tail -n 15 "$TOOLS/installs/$name.log" >&2
        done
        fail "could not install ${failed[*]}: cargo's words are above"
    fi
}

setup_trunk() {
    case "$(tool_version "$TOOLS/bin/trunk")" in
        *" $TRUNK_VERSION") return ;;
    esac
    say "building trunk $TRUNK_VERSION (in the background; minutes, once)"
    install_tool trunk --locked "trunk@$TRUNK_VERSION"
}

wasm_bindgen_version() {
    # The CLI must equal the wasm-bindgen crate in Cargo.lock, or Trunk tries to download one.
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

setup_wasm_bindgen() {
    local want
    want=$(wasm_bindgen_version)
    [ -n "$want" ] || fail "Cargo.lock names no wasm-bindgen version"
    case "$(tool_version "$TOOLS/bin/wasm-bindgen")" in
        *" $want") return ;;
    esac
    say "building wasm-bindgen-cli $want (in the background; minutes, once)"
    # Not --locked: the CLI's own lock names a crate version some registries lack.
    install_tool wasm-bindgen "wasm-bindgen-cli@$want"
}

# The splitter that cuts the release wasm into the first page and the parts loaded later
# (scripts/split_wasm.py). It prints no version, so cargo's record of the install is read.
setup_wasm_split() {
    grep -qs "^\"wasm_split_cli_support $WASM_SPLIT_VERSION " "$TOOLS/installs/wasm-split/.crates.toml" \
        && [ -x "$TOOLS/bin/wasm-split-cli" ] && return
    say "building wasm-split-cli $WASM_SPLIT_VERSION (in the background; minutes, once)"
    install_tool wasm-split --locked "wasm_split_cli_support@$WASM_SPLIT_VERSION" --features build-binary
}

setup_wasm_opt() {
    case "$(tool_version "$TOOLS/npm/node_modules/.bin/wasm-opt")" in
        *"version $BINARYEN_VERSION"*) return ;;
    esac
    command -v npm >/dev/null || fail "npm is needed for wasm-opt (binaryen@$BINARYEN_VERSION): install Node.js, then run again"
    say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
    mkdir -p "$TOOLS/npm"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/npm" "binaryen@$BINARYEN_VERSION" >/dev/null \
        || fail "could not install binaryen@$BINARYEN_VERSION from npm"
}

# axe-core checks every page against WCAG in the end-to-end tests (tests/e2e/accessibility.rs);
# the harness reads axe.min.js from here and evaluates it in the page, so nothing is fetched.
# HERE_AND_NOW_AXE may name another copy.
AXE_DIR="$TOOLS/npm/node_modules/axe-core"
export HERE_AND_NOW_AXE="${HERE_AND_NOW_AXE:-$AXE_DIR/axe.min.js}"
setup_axe() {
    local installed
    # No package.json yet on a new machine: an empty answer, not a failed command under set -e.
    installed=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$AXE_DIR/package.json" 2>/dev/null || true)
    [ "$installed" = "$AXE_CORE_VERSION" ] && [ -f "$AXE_DIR/axe.min.js" ] && return
    command -v npm >/dev/null || fail "npm is needed for axe-core@$AXE_CORE_VERSION: install Node.js, then run again"
    say "installing axe-core $AXE_CORE_VERSION (npm)"
    mkdir -p "$TOOLS/npm"
    npm install --silent --no-audit --no-fund --save-exact --prefix "$TOOLS/npm" "axe-core@$AXE_CORE_VERSION" >/dev/null \
        || fail "could not install axe-core@$AXE_CORE_VERSION from npm"
}

# Lighthouse, for the benchmark only (`./x bench`); 13 needs a newer Node.js than Debian's.
setup_lighthouse() {
    local dir="$TOOLS/npm/node_modules/lighthouse" installed
    installed=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$dir/package.json" 2>/dev/null || true)
    [ "$installed" = "$LIGHTHOUSE_VERSION" ] && return
    command -v npm >/dev/null || fail "npm is needed for lighthouse@$LIGHTHOUSE_VERSION: install Node.js, then run again"
    say "installing lighthouse $LIGHTHOUSE_VERSION (npm)"
    mkdir -p "$TOOLS/npm"
    npm install --silent --no-audit --no-fund --save-exact --prefix "$TOOLS/npm" "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null \
        || fail "could not install lighthouse@$LIGHTHOUSE_VERSION from npm"
}

# Trunk's post_build hook (scripts/post_build.py) writes the Content-Security-Policy and the
# service worker's file list; it needs only python3's standard library.
setup_python() {
    command -v python3 >/dev/null || apt_install python3
}

# --- Browsers for tests ---------------------------------------------------------------------
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
setup_browser() {
    local missing=()
    [ -x "$CHROMIUM" ] || missing+=(chromium)
    [ -x "$CHROMEDRIVER" ] || missing+=(chromium-driver)
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
    export CHROMIUM CHROMEDRIVER
    setup_axe
}

# The member journeys also run in WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, on a
# virtual display) and Firefox (firefox-esr through geckodriver): tests/e2e/journeys.rs.
GECKODRIVER_VERSION=0.37.1
WEBKIT_DRIVER="${WEBKIT_DRIVER:-/usr/bin/WebKitWebDriver}"
MINIBROWSER="${MINIBROWSER:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
FIREFOX="${FIREFOX:-/usr/bin/firefox-esr}"
setup_engines() {
    local missing=()
    { [ -x "$WEBKIT_DRIVER" ] && [ -x "$MINIBROWSER" ]; } || missing+=(webkit2gtk-driver)
    command -v xvfb-run >/dev/null || missing+=(xvfb)
    command -v xauth >/dev/null || missing+=(xauth)
    [ -x "$FIREFOX" ] || missing+=(firefox-esr)
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
    case "$(tool_version "$TOOLS/bin/geckodriver")" in
        *" $GECKODRIVER_VERSION"*) ;;
        *)
            say "building geckodriver $GECKODRIVER_VERSION (in the background; a minute or two, once)"
            install_tool geckodriver --locked "geckodriver@$GECKODRIVER_VERSION"
            ;;
    esac
    export WEBKIT_DRIVER MINIBROWSER FIREFOX GECKODRIVER="$TOOLS/bin/geckodriver"
}

setup_build() {
    need_cargo
    setup_wasm_target
    setup_trunk
    setup_wasm_bindgen
    setup_wasm_split
    setup_wasm_opt
    setup_python
    # Trunk runs cargo offline: fetch everything (host and wasm) first.
    cargo fetch --quiet || fail "cargo fetch failed (no access to crates.io?)"
}
