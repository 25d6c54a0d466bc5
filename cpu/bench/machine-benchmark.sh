#!/usr/bin/env bash
# Machine benchmark: the CPU-bound programs of cpu/bench (checksum, sort, matrix), built with
# Strata's assembler and linker, run on Strata's machine (`strata exec --stats`: instructions and
# MIPS of the run, JVM start-up left out) and the same ELF on QEMU's virt machine (wall time of
# the whole qemu-system-riscv32 process, start-up included; the hello example shows that part).
# Both must print the same result line. Usage: cpu/bench/machine-benchmark.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
strata="$root/strata"

build() {
    "$strata" asm "$1" -o "$work/$2.o"
    "$strata" link "$work/$2.o" -o "$work/$2.elf"
}

qemu_seconds() {
    local start end
    start=$(date +%s.%N)
    qemu-system-riscv32 -machine virt -bios none -nographic -monitor none -kernel "$1" </dev/null >"$work/qemu.out"
    end=$(date +%s.%N)
    awk -v start="$start" -v end="$end" 'BEGIN { print end - start }'
}

build "$root/examples/hello.S" hello
printf '%-9s %-30s %14s %8s %8s %10s\n' program result instructions seconds MIPS "QEMU (s)"
for program in checksum sort matrix; do
    build "$root/cpu/bench/$program.S" "$program"
    for run in $(seq "$runs"); do
        "$strata" exec --stats "$work/$program.elf" >"$work/strata.out" 2>"$work/stats"
        line=$(grep 'instructions in' "$work/stats")
        instructions=$(echo "$line" | sed -E 's/strata exec: ([0-9,]+) instructions.*/\1/')
        seconds=$(echo "$line" | sed -E 's/.* in ([0-9.]+) s.*/\1/')
        mips=$(echo "$line" | sed -E 's/.*: ([0-9.]+) MIPS/\1/')
        qemu=$(qemu_seconds "$work/$program.elf")
        if ! cmp -s "$work/strata.out" "$work/qemu.out"; then
            echo "$program: Strata and QEMU printed different results" >&2
            exit 1
        fi
        printf '%-9s %-30s %14s %8s %8s %10.2f\n' "$program" "$(cat "$work/strata.out")" "$instructions" \
            "$seconds" "$mips" "$qemu"
    done
done
printf '%-9s %-30s %14s %8s %8s %10.2f\n' hello "(QEMU start-up and power-off)" - - - "$(qemu_seconds "$work/hello.elf")"
