# Shared helpers for Lede's scripts (sourced, not run).
#
# Sets ROOT (the workspace), LEDE_CACHE (tools kept between clones) and the
# PATH every script uses: node_modules/.bin first (wasm-opt from npm binaryen
# must win over any other wasm-opt, since Trunk takes the first on PATH), then
# cargo's bin directory.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LEDE_CACHE="${LEDE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/lede}"
CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export CARGO_HOME
export PATH="$ROOT/node_modules/.bin:$CARGO_HOME/bin:$PATH"
# Playwright must use Debian's Chromium, never download its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# Keep npm and cargo output plain when piped to logs.
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

# Python with tools/train-claims/requirements.txt, made by scripts/setup; the
# claims weights reproduction test finds it here (or through LEDE_TRAIN_PYTHON).
TRAIN_VENV="$LEDE_CACHE/train-claims-venv"

# The toolchain route chosen by scripts/setup (rustup, or Debian's Rust with
# a wasm32 std built from source, see docs/ARCHITECTURE.md "Toolchain").
ROUTE_FILE="$LEDE_CACHE/rust-route"
DEBIAN_TOOLCHAIN="lede-debian-wasm"
DEBIAN_SYSROOT="$LEDE_CACHE/$DEBIAN_TOOLCHAIN"

say() { printf '[lede] %s\n' "$*"; }
warn() { printf '[lede] warning: %s\n' "$*" >&2; }
die() {
    printf '[lede] error: %s\n' "$*" >&2
    exit 1
}

# Runs a command as root (directly, or through sudo when available).
as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run: $* (install sudo or run it as root)"
    fi
}

# Applies the Debian route when setup chose it: plain `cargo` then means the
# linked toolchain (or, without rustup, the sysroot's own bin/ on PATH).
lede_use_route() {
    local route=""
    [ -f "$ROUTE_FILE" ] && route="$(cat "$ROUTE_FILE")"
    if [ "${LEDE_FORCE_DEBIAN_RUST:-0}" = 1 ] || [ "$route" = debian ]; then
        if [ -d "$DEBIAN_SYSROOT/bin" ]; then
            if command -v rustup >/dev/null 2>&1; then
                export RUSTUP_TOOLCHAIN="$DEBIAN_TOOLCHAIN"
            fi
            export PATH="$DEBIAN_SYSROOT/bin:$PATH"
        fi
        if [ "${LEDE_FORCE_DEBIAN_RUST:-0}" = 1 ]; then
            # A forced trial keeps its builds apart from the default toolchain's.
            export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target/debian-rust}"
        fi
    fi
}

# The wasm-bindgen version pinned in Cargo.lock.
lock_wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}
