#!/usr/bin/env bash
# Linker and disassembler benchmark: the assembler benchmark's generated program (LINES lines,
# 50,000 by default) is assembled once, then linked and disassembled REPEAT times (20 by
# default) in one JVM; the last run of each is timed, so the figures are for a warmed-up JVM.
# Usage: assembler/bench/toolchain-benchmark.sh [LINES]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/assembler/bench/generate-program.sh" "${1:-50000}" > "$work/bench.S"
mvn -q -B -f "$root/pom.xml" -pl assembler -am -DskipTests test-compile
java -cp "$root/assembler/target/classes:$root/assembler/target/test-classes" \
    strata.assembler.bench.ToolchainBenchmark "$work/bench.S" "${REPEAT:-20}"
