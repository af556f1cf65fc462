#!/usr/bin/env bash
# The one entry point, used by the README and by CI.
#   ./dev.sh run     build the native library and the module, then run the runbook's
#                    conversion through the module (and the C example on the same values)
#   ./dev.sh test    every test: Rust (unit, property, C99/C++17 callers, Samba DC),
#                    header freshness, and the module's xunit suite in a hosted engine
#   ./dev.sh bench   criterion benchmarks, then the module benchmarks
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root=$PWD

say() { printf '\n== %s\n' "$*" >&2; }

# Cargo builds from shared/vendor where crates.io is out of reach.
setup_cargo() {
    local offline=../shared/offline-cargo
    if [[ -x $offline ]] && ! grep -qs 'shared-vendor' "${CARGO_HOME:-$HOME/.cargo}/config.toml"; then
        if ! curl -fsS --max-time 5 -o /dev/null https://index.crates.io/config.json 2>/dev/null; then
            "$offline"
        fi
    fi
}

build_native() {
    setup_cargo
    say "cargo build --release"
    cargo build --release
}

stage_module() {
    say "powershell/build.sh (stages out/HardMatch)"
    powershell/build.sh --skip-native >/dev/null
}

host() {
    dotnet powershell/host/HardMatch.Host/bin/Release/net10.0/HardMatch.Host.dll "$@"
}

cmd_run() {
    build_native
    stage_module
    say "the runbook's conversion through the HardMatch module (powershell/examples/runbook.ps1)"
    HARDMATCH_MODULE="$root/out/HardMatch/HardMatch.psd1" host powershell/examples/runbook.ps1
    say "the same values through the C ABI (examples/convert.c)"
    cc -std=c99 -Wall -Wextra -Werror -Iinclude examples/convert.c -Ltarget/release -lhardmatch \
        -Wl,-rpath,"$root/target/release" -o target/release/hardmatch-convert
    target/release/hardmatch-convert 02347d41-d494-480c-a212-6e645f458fdb
    say "a mistaken value is explained, and the converter exits 1"
    local status=0
    target/release/hardmatch-convert QX00ApTUDEiiEm5kX0WP2w || status=$?
    [[ $status == 1 ]]
}

check_header() {
    if git rev-parse --git-dir >/dev/null 2>&1; then
        say "include/hardmatch.h matches the sources (git diff --exit-code)"
        git diff --exit-code -- include/hardmatch.h ||
            { echo "include/hardmatch.h is stale: commit the header build.rs regenerated" >&2; return 1; }
    fi
}

cmd_test() {
    build_native
    say "cargo test"
    cargo test
    check_header
    stage_module
    say "dotnet test (module in a hosted PowerShell engine)"
    dotnet test powershell/tests/HardMatch.Tests -c Release --nologo
}

cmd_bench() {
    build_native
    say "cargo bench"
    cargo bench --bench convert
    if [[ -x powershell/bench/run.sh ]]; then
        stage_module
        say "module benchmarks"
        powershell/bench/run.sh
    fi
}

case "${1:-}" in
    run) cmd_run ;;
    test) cmd_test ;;
    bench) cmd_bench ;;
    *) sed -n '2,7s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
esac
