#!/usr/bin/env bash
# Usage: powershell/bench/run.sh [engine|dotnet|all] [N] [repeats]
#   Builds powershell/bench/HardMatch.Bench (Release) and runs its benchmarks, printing one markdown
#   table each: "engine" (the staged module in one hosted PowerShell engine: pure-PowerShell one-liner
#   vs ConvertTo-ImmutableId in a pipeline vs ConvertTo-ImmutableId -InputObject <whole array>; N GUIDs,
#   default 1000000, each case timed <repeats> times, default 3) and "dotnet" (BenchmarkDotNet, short
#   job: the native batch call vs Convert.ToBase64String in C#, 1,000,000 GUIDs). Default: all.
#   Needs, built first by the caller: the native library (cargo build --release) and the staged
#   module (powershell/build.sh --skip-native -> out/HardMatch/HardMatch.psd1).
#   HARDMATCH_BENCH_DIAG=1 adds the engine's diagnostic cases (pipeline floors, C# mirrors of the cmdlet);
#   HARDMATCH_BENCH_VERBOSE=1 shows BenchmarkDotNet's own output (else it goes to a log file).
#   Benchmarks, not tests: the exit status says whether they ran, not whether targets were met.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mode="${1:-all}"
n="${2:-1000000}"
repeats="${3:-3}"

case "$mode" in
    engine|dotnet|all) ;;
    -h|--help) sed -n '2,13s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown mode '$mode' (engine, dotnet or all)" >&2; exit 2 ;;
esac

module="$root/out/HardMatch/HardMatch.psd1"
if [[ "$mode" != dotnet && ! -f "$module" ]]; then
    echo "run.sh: $module is missing: build the module first with" >&2
    echo "        cargo build --release && powershell/build.sh --skip-native" >&2
    exit 1
fi

case "$(uname -s)" in
    Darwin) native="$root/target/release/libhardmatch.dylib" ;;
    MINGW*|MSYS*|CYGWIN*) native="$root/target/release/hardmatch.dll" ;;
    *) native="$root/target/release/libhardmatch.so" ;;
esac
if [[ "$mode" != engine && ! -f "$native" ]]; then
    echo "run.sh: $native is missing: build it first with 'cargo build --release'" >&2
    exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export HARDMATCH_MODULE="$module" HARDMATCH_NATIVE_LIB="$native"

project="$here/HardMatch.Bench"
echo "run.sh: dotnet build -c Release $project" >&2
dotnet build -c Release -nologo -v quiet "$project/HardMatch.Bench.csproj" >&2
bench="$project/bin/Release/net10.0/HardMatch.Bench.dll"

echo "run.sh: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'): timings on a shared machine are noisy" >&2

diag=()
[[ "${HARDMATCH_BENCH_DIAG:-0}" == 1 ]] && diag=(--diag)

if [[ "$mode" == engine || "$mode" == all ]]; then
    echo "run.sh: engine $n $repeats" >&2
    dotnet "$bench" engine "$n" "$repeats" "$module" ${diag[@]+"${diag[@]}"}
fi

if [[ "$mode" == dotnet || "$mode" == all ]]; then
    echo "run.sh: dotnet (BenchmarkDotNet, a few minutes)" >&2
    # BenchmarkDotNet builds and runs a child project; run it from the project folder so its
    # artifacts stay under bin/.
    (cd "$project" && dotnet "$bench" dotnet)
fi
