#!/usr/bin/env bash
# Machine benchmark: the CPU-bound programs of cpu/bench (checksum, sort, matrix), built with
# Strata's assembler and linker, run on Strata's machine (`strata exec --stats`: instructions,
# seconds and MIPS of the run alone, then the wall time of the whole strata process, JVM start-up
# included) and the same ELF on QEMU's virt machine (wall time of the whole qemu-system-riscv32
# process; the hello example shows how much of it is start-up). Both must print the same result
# line. Usage: cpu/bench/machine-benchmark.sh [RUNS]
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

# seconds OUT COMMAND...: runs COMMAND with stdout to OUT, stderr to $work/stats; prints its wall time.
seconds() {
    local out="$1" start end
    shift
    start=$(date +%s.%N)
    "$@" </dev/null >"$out" 2>"$work/stats"
    end=$(date +%s.%N)
    awk -v start="$start" -v end="$end" 'BEGIN { print end - start }'
}

qemu_seconds() {
    seconds "$work/qemu.out" qemu-system-riscv32 -machine virt -bios none -nographic -monitor none -kernel "$1"
}

build "$root/examples/hello.S" hello
printf '%-9s %-30s %14s %8s %8s %11s %9s\n' program result instructions "run (s)" MIPS "strata (s)" "QEMU (s)"
for program in checksum sort matrix; do
    build "$root/cpu/bench/$program.S" "$program"
    for run in $(seq "$runs"); do
        whole=$(seconds "$work/strata.out" "$strata" exec --stats "$work/$program.elf")
        instructions=$(sed -nE 's/^instructions +([0-9,]+) retired.*/\1/p' "$work/stats")
        seconds=$(sed -nE 's/^time +([0-9.]+) s, .*/\1/p' "$work/stats")
        mips=$(sed -nE 's/^time +.*, ([0-9.]+) MIPS/\1/p' "$work/stats")
        qemu=$(qemu_seconds "$work/$program.elf")
        if ! cmp -s "$work/strata.out" "$work/qemu.out"; then
            echo "$program: Strata and QEMU printed different results" >&2
            exit 1
        fi
        printf '%-9s %-30s %14s %8s %8s %11.2f %9.2f\n' "$program" "$(cat "$work/strata.out")" "$instructions" \
            "$seconds" "$mips" "$whole" "$qemu"
    done
done
printf '%-9s %-30s %14s %8s %8s %11.2f %9.2f\n' hello "(start-up and power-off)" - - - \
    "$(seconds "$work/strata.out" "$strata" exec "$work/hello.elf")" "$(qemu_seconds "$work/hello.elf")"
