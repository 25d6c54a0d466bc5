#!/bin/sh
# Compiles a copy of the CPython 3.11 standard library (library and tests, every .py file) with
# strata compile, REPEAT times in one JVM, and prints files and lines per second of the last
# round (a warmed-up JVM). The copy lives in a temporary directory, so /usr/lib is never written.
# Usage: compiler/bench/compile-benchmark.sh [REPEAT]   (default 5)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
repeat=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r /usr/lib/python3.11 "$work/stdlib"
find "$work/stdlib" -name __pycache__ -prune -exec rm -rf {} +
"$root/strata" compile -q -q -f --stats --repeat "$repeat" "$work/stdlib" || true
