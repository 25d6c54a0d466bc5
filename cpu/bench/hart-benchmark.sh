#!/usr/bin/env bash
# Hart benchmark: CPU-bound programs (checksum, sort, matrix multiply) run on a bare hart in
# bursts of a million instructions, as the board's run loop does; prints MIPS over wall time and
# over the thread's CPU time, and with `qemu` the wall time of the same ELF under
# qemu-system-riscv32 -machine virt -bios none. Each program runs in its own JVM, REPEATS times
# (the first run of a JVM includes the JIT warming up).
# Usage: cpu/bench/hart-benchmark.sh [REPEATS] [qemu]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
repeats="${1:-5}"
shift || true
mvn -q -B -f "$root/pom.xml" -pl cpu -am -DskipTests test-compile
assertj="$(find "${HOME}/.m2/repository/org/assertj/assertj-core" -name 'assertj-core-*.jar' | sort | tail -1)"
classpath="$root/cpu/target/classes:$root/cpu/target/test-classes:$root/assembler/target/classes:$assertj"
for program in checksum sort matrix; do
    java -cp "$classpath" strata.cpu.bench.HartBenchmark "$repeats" "$@" "$program"
done
