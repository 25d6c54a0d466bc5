#!/usr/bin/env bash
# OS costs in retired instructions (deterministic: the machine's time comes from instructions),
# measured on the default image with `strata boot --stats`:
#   - a whole session that only exits: reset, kernel start-up, init, the shell starting, exit;
#   - a system call round trip: /bench/getpid with N calls less with none, over N;
#   - a yield with its context switch: /bench/yield with N yields in each of two processes less
#     with none, over 2N.
# Each figure includes the benchmark loop's four instructions per iteration.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
calls="${CALLS:-100000}"
yields="${YIELDS:-20000}"

instructions() {
    printf '%s\nexit 0\n' "$1" | "$root/strata" boot --stats 2>&1 >/dev/null \
        | awk '/^instructions/ { gsub(",", "", $2); print $2 }'
}

"$root/strata" --version >/dev/null
empty="$(printf 'exit 0\n' | "$root/strata" boot --stats 2>&1 >/dev/null | awk '/^instructions/ { gsub(",", "", $2); print $2 }')"
echo "session that only exits: $empty instructions"
base="$(instructions '/bench/getpid 0')"
many="$(instructions "/bench/getpid $calls")"
awk -v a="$base" -v b="$many" -v n="$calls" 'BEGIN { printf "getpid round trip: %.1f instructions (%d calls)\n", (b - a) / n, n }'
base="$(instructions '/bench/yield 0')"
many="$(instructions "/bench/yield $yields")"
awk -v a="$base" -v b="$many" -v n="$yields" 'BEGIN { printf "sched_yield + context switch: %.1f instructions (%d yields in each of 2 processes)\n", (b - a) / (2 * n), n }'
