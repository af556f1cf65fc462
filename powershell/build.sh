#!/usr/bin/env bash
# Stages the ready-to-import module folder out/HardMatch/ at the repository root:
#   HardMatch.psd1, HardMatch.PowerShell.dll, HardMatch.Format.ps1xml,
#   en-US/HardMatch.PowerShell.dll-Help.xml, runtimes/<rid>/native/<native library>
# and builds the test host (powershell/host/HardMatch.Host).
#
# Usage: powershell/build.sh [--skip-native]
#   --skip-native (or HARDMATCH_SKIP_NATIVE=1): do not run cargo; use the native library
#   already built in target/release (and any cross-built target/<triple>/release).
# Build logs go to stderr; the last line on stdout is the staged module folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
skip_native="${HARDMATCH_SKIP_NATIVE:-0}"

for arg in "$@"; do
    case "$arg" in
        --skip-native) skip_native=1 ;;
        -h|--help) sed -n '2,12s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown argument '$arg'" >&2; exit 2 ;;
    esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [[ "$skip_native" != 1 ]]; then
    echo "build.sh: cargo build --release" >&2
    cargo build --release --manifest-path "$root/Cargo.toml" >&2
fi

echo "build.sh: dotnet build -c Release (module, host)" >&2
dotnet build -c Release -nologo -v quiet "$here/src/HardMatch.PowerShell/HardMatch.PowerShell.csproj" >&2
dotnet build -c Release -nologo -v quiet "$here/host/HardMatch.Host/HardMatch.Host.csproj" >&2

bin="$here/src/HardMatch.PowerShell/bin/Release/netstandard2.0"
out="$root/out/HardMatch"
rm -rf "$out"
mkdir -p "$out/en-US"
cp "$bin/HardMatch.PowerShell.dll" "$bin/HardMatch.psd1" "$bin/HardMatch.Format.ps1xml" "$out/"
cp "$bin/en-US/HardMatch.PowerShell.dll-Help.xml" "$out/en-US/"

# The host build's own native library, under the RID the module's loader looks for.
host_rid() {
    local os arch
    case "$(uname -s)" in
        Linux) os=linux ;;
        Darwin) os=osx ;;
        MINGW*|MSYS*|CYGWIN*) os=win ;;
        *) echo "build.sh: unsupported OS $(uname -s)" >&2; exit 1 ;;
    esac
    case "$(uname -m)" in
        x86_64|amd64) arch=x64 ;;
        aarch64|arm64) arch=arm64 ;;
        i?86) arch=x86 ;;
        *) echo "build.sh: unsupported CPU $(uname -m)" >&2; exit 1 ;;
    esac
    echo "$os-$arch"
}

native_name() {
    case "$1" in
        win-*) echo hardmatch.dll ;;
        osx-*) echo libhardmatch.dylib ;;
        *) echo libhardmatch.so ;;
    esac
}

stage_native() { # rid source-dir
    local rid="$1" dir="$2" file
    file="$(native_name "$rid")"
    if [[ -f "$dir/$file" ]]; then
        mkdir -p "$out/runtimes/$rid/native"
        cp "$dir/$file" "$out/runtimes/$rid/native/$file"
        echo "build.sh: staged runtimes/$rid/native/$file" >&2
        return 0
    fi
    return 1
}

rid="$(host_rid)"
if ! stage_native "$rid" "$root/target/release"; then
    echo "build.sh: no native library in $root/target/release (run without --skip-native)" >&2
    exit 1
fi

# Cross-built libraries (cargo build --release --target <triple>), when present.
declare -A triples=(
    [win-x64]=x86_64-pc-windows-msvc [win-x86]=i686-pc-windows-msvc [win-arm64]=aarch64-pc-windows-msvc
    [osx-x64]=x86_64-apple-darwin [osx-arm64]=aarch64-apple-darwin
    [linux-x64]=x86_64-unknown-linux-gnu [linux-arm64]=aarch64-unknown-linux-gnu
)
for other in "${!triples[@]}"; do
    [[ "$other" == "$rid" ]] && continue
    stage_native "$other" "$root/target/${triples[$other]}/release" || true
done

echo "$out"
