#!/usr/bin/env bash
# Image build speed: makes a tree (one 50 MiB file of random bytes and 5,000 small files in one
# directory), builds an image of it with `strata image build` RUNS times (a new JVM each time, as
# a user runs it), prints each run's time and MB/s (the tree's bytes over the wall time), and
# checks the last image with e2fsck -fn when it is installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/strata" --version >/dev/null
mkdir -p "$work/tree/many" "$work/tree/lib/python"
head -c $((50 << 20)) /dev/urandom >"$work/tree/big.bin"
for i in $(seq 0 4999); do echo "x = $i" >"$work/tree/many/entry-$i.py"; done
bytes="$(du -sb "$work/tree" | cut -f1)"
echo "tree: $bytes bytes in $(find "$work/tree" | wc -l) entries"
for run in $(seq 1 "$runs"); do
    start="$(date +%s.%N)"
    java -jar "$root/cli/target/strata.jar" image build "$work/tree" -o "$work/disk.img"
    end="$(date +%s.%N)"
    awk -v b="$bytes" -v s="$start" -v e="$end" -v r="$run" \
        'BEGIN { printf "run %d: %.2f s, %.1f MB/s\n", r, e - s, b / (e - s) / 1e6 }'
done
if command -v e2fsck >/dev/null; then
    e2fsck -fn "$work/disk.img" | tail -1
fi
