#!/usr/bin/env bash
# The front end's benchmark: parses the standard library (or DIRECTORY) ROUNDS times in one JVM.
# Usage, from anywhere: compiler/bench/parse-benchmark.sh [DIRECTORY] [ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mvn -q -B -Dstyle.color=never -f "$root/pom.xml" -pl compiler compile
exec java -cp "$root/compiler/target/classes" "$root/compiler/bench/ParseBenchmark.java" "$@"
