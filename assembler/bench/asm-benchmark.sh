#!/usr/bin/env bash
# Assembler benchmark: generates a 50,000-line RISC-V program (functions with arithmetic, loads
# and stores, branches, li/la/call expansions, CSR and floating-point instructions, a macro,
# data) and assembles it with `strata asm --stats`. The file is assembled REPEAT times (20 by
# default) in one JVM and the last run is timed, so the figure is for a warmed-up JVM.
# Usage: assembler/bench/asm-benchmark.sh [LINES]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lines="${1:-50000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/assembler/bench/generate-program.sh" "$lines" > "$work/bench.S"

"$root/strata" asm --stats --repeat "${REPEAT:-20}" -o "$work/bench.o" "$work/bench.S"
