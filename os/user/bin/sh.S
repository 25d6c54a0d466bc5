# sh.S: /bin/sh, the shell. It reads a line at a time from standard input (showing the prompt
# "$ " first when standard input is a terminal), and runs it:
#
#     ls -a /bin | cat > list      echo "$HOME" '$HOME' $?      export PATH=/bin:/usr/bin
#
# A line is a list of pipelines separated by ";" (the next runs after it) or "&&" (the next runs
# only if it succeeded); a pipeline is commands joined by "|", each a program name and its
# arguments with the redirections "< file", "> file" and ">> file" among them. The whole line is
# parsed before any of it runs, so a syntax error anywhere runs nothing. Words are split at
# blanks; '...' quotes literally, "..." quotes and expands $NAME, ${NAME} and $?, a backslash quotes the next byte; "#"
# at the start of a word begins a comment. A program is looked for in each directory of $PATH
# (or run as named if the name holds a "/"), in a new process made as fork(2) makes one
# (clone with SIGCHLD only), then execve(2); the shell waits for every command of the pipeline
# with waitid(2), and the last one's status becomes $? (128 + the signal for one killed).
# Builtins: cd [DIR], pwd, exit [N], export NAME=VALUE... . cd, exit and export change the
# shell itself, so alone on a line they run in it (and take no redirections); in a pipeline, as
# in sh, they run in a child. At end of input the shell exits with the last status; so it does
# after a syntax error when its input is not a terminal, as POSIX asks of a shell running a script.
# SIGINT (^C: the console sends it to every process on it) does not end the shell: its handler
# only notes it; a line being read is dropped ($? = 130), a command being waited for is still
# waited for (it gets SIGINT's default action, execve having reset the handler), and on a
# terminal a newline starts a fresh prompt.
#
# Memory: a line's words live from alloc, given back (alloc_release) when the line is done.
# The environment is its own table of pointers (env_table, what `environ` points at), and the
# strings export makes are kept in env_space, which lines never give back.

    .include "runtime.inc"
    .include "errno.inc"

.equ LINE_SIZE, 1024
.equ WORD_SIZE, 4096            # a word after expansion
.equ MAX_ARGS, 64
.equ MAX_COMMANDS, 16
.equ ENV_MAX, 128
.equ ENV_SPACE, 8192
.equ PATH_SIZE, 1024

# one command of the pipeline being run
.equ C_ARGC,   0                # words in C_ARGV
.equ C_IN,     4                # "< file", or 0
.equ C_OUT,    8                # "> file" or ">> file", or 0
.equ C_APPEND, 12               # C_OUT was ">>"
.equ C_PID,    16               # the process running it, 0 if none was started
.equ C_ARGV,   20               # the words, then a null pointer
.equ C_SIZE,   C_ARGV + 4 * (MAX_ARGS + 1)

# the tokens of a line
.equ T_END,    0
.equ T_WORD,   1
.equ T_PIPE,   2
.equ T_IN,     3
.equ T_OUT,    4
.equ T_APPEND, 5
.equ T_ERROR,  6                # reported already
.equ T_SEMI,   7                # ";": the pipeline ends, the next runs after it
.equ T_AND,    8                # "&&": the next pipeline runs only if this one succeeded
.equ T_AMP,    9                # "&" alone: running in the background, which the shell cannot

# APPEND reg: puts the byte in reg at the end of the word being built (s1), unless the word is
# full (s1 reached s3).
.macro APPEND reg
    bgeu s1, s3, .Lword_too_long
    sb \reg, 0(s1)
    addi s1, s1, 1
.endm

    .bss
    .balign 4
line:           .zero LINE_SIZE
word:           .zero WORD_SIZE
commands:       .zero MAX_COMMANDS * C_SIZE
cursor:         .zero 4         # the next byte of the line to tokenize
last_status:    .zero 4         # $?
interactive:    .zero 4         # standard input is a terminal: prompt
interrupted:    .zero 4         # SIGINT came since the shell last looked
separator:      .zero 4         # the token that ended the pipeline parse read: T_END, T_SEMI, T_AND
sigint_action:  .zero SIZEOF_SIGACTION
env_table:      .zero 4 * (ENV_MAX + 1)
env_count:      .zero 4
env_next:       .zero 4         # the free part of env_space
env_space:      .zero ENV_SPACE
path:           .zero PATH_SIZE # a directory of $PATH and the program's name; the cwd for pwd
info:           .zero SIZEOF_SIGINFO
termios:        .zero (SIZEOF_TERMIOS + 3) & -4
pipe_fds:       .zero 8

    .section .rodata
    .balign 4
token_names:                    # for syntax errors, by token
    .word newline_text, 0, bar_text, less_text, greater_text, greater2_text, 0, semi_text, and_text, amp_text
semi_text:      .asciz ";"
and_text:       .asciz "&&"
amp_text:       .asciz "&"
newline_text:   .asciz "newline"
bar_text:       .asciz "|"
less_text:      .asciz "<"
greater_text:   .asciz ">"
greater2_text:  .asciz ">>"
prompt:         .asciz "$ "
newline:        .asciz "\n"
default_path:   .asciz "/bin"
home_name:      .asciz "HOME"
path_name:      .asciz "PATH"
name_cd:        .asciz "cd"
name_pwd:       .asciz "pwd"
name_exit:      .asciz "exit"
name_export:    .asciz "export"
line_format:    .asciz "%s\n"
syntax_error:   .asciz "%s: syntax error near unexpected token '%s'\n"
unterminated:   .asciz "%s: syntax error: unterminated quoted string\n"
too_long:       .asciz "%s: word too long\n"
line_too_long:  .asciz "%s: line too long\n"
no_memory:      .asciz "%s: out of memory\n"
too_many_args:  .asciz "%s: too many arguments\n"
too_many_cmds:  .asciz "%s: pipeline too long\n"
not_found:      .asciz "%s: %s: not found\n"
cannot_run:     .asciz "%s: %s: %s\n"
builtin_error:  .asciz "%s: %s: %s: %s\n"
no_home:        .asciz "%s: cd: HOME not set\n"
cd_args:        .asciz "%s: cd: too many arguments\n"
not_numeric:    .asciz "%s: exit: %s: numeric argument required\n"
exit_args:      .asciz "%s: exit: too many arguments\n"
bad_name:       .asciz "%s: export: '%s': not a valid identifier\n"
env_full:       .asciz "%s: export: no room for '%s'\n"
failed_call:    .asciz "%s: %s: %s\n"
call_pipe:      .asciz "pipe"
call_fork:      .asciz "fork"
call_pwd:       .asciz "pwd"

    .text
# main(a0 argc, a1 argv, a2 envp) -> never returns: exits with the last command's status at the
# end of input.
    .globl main
    .type main, @function
main:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv a0, a2
    call env_init
    li a0, STDIN
    li a1, TCGETS
    la a2, termios
    call ioctl
    seqz a0, a0
    la t0, interactive
    sw a0, 0(t0)
    la a1, sigint_action        # ^C interrupts what the shell waits for, not the shell: no
    la t0, note_interrupt       # SA_RESTART, so a read or waitid it breaks into returns EINTR
    sw t0, SA_HANDLER(a1)
    li a0, SIGINT
    li a2, 0
    li a3, SIZEOF_SIGSET
    call rt_sigaction
    li a0, 1                    # the heap's first block, so a mark is never "before any"
    call alloc
.Lprompt:
    la t0, interrupted
    sw zero, 0(t0)
    la t0, interactive
    lw t0, 0(t0)
    beqz t0, 1f
    li a0, STDERR               # the prompt goes where sh puts it: standard error
    la a1, prompt
    call fdprintf
1:  li a0, STDIN
    la a1, line
    li a2, LINE_SIZE
    call readline
    li t0, -EINTR
    beq a0, t0, .Linterrupted
    blez a0, .Lend
    mv s1, a0
    la a0, line
    call strlen
    bne a0, s1, 4f              # the newline was read: the whole line is here
    li t0, LINE_SIZE - 1
    beq a0, t0, .Llong_line     # the buffer filled before a newline came
4:  call alloc_mark
    mv s0, a0
    la a0, line                 # the whole line is parsed first, running nothing: a syntax
    li s2, T_SEMI               # error anywhere in it means none of it runs, as in sh
5:  call parse                  #   s2: the separator before this pipeline
    bltz a0, 2f
    la t0, separator
    lw t1, 0(t0)
    bnez a0, 6f
    li t0, T_AND                # "... &&" and nothing after
    beq s2, t0, .Lunexpected_end
6:  mv s2, t1
    li t0, T_END
    beq s2, t0, 7f
    la t0, cursor
    lw a0, 0(t0)
    j 5b
7:  mv a0, s0                   # then each pipeline is parsed again, its $? expanded now, and
    call alloc_release          # run, unless it follows "&&" after a failure
    la a0, line
    li s2, 0                    #   s2: skip this pipeline
8:  call parse                  # it parsed before: it parses now
    beqz a0, 9f
    bnez s2, 9f
    call run
9:  la t0, separator
    lw t1, 0(t0)
    li t0, T_END
    beq t1, t0, 3f
    li s2, 0
    li t0, T_AND
    bne t1, t0, 10f
    la t0, last_status
    lw t0, 0(t0)
    snez s2, t0
10: la t0, cursor
    lw a0, 0(t0)
    j 8b
.Lunexpected_end:
    la t0, progname
    lw a2, 0(t0)
    la a1, syntax_error
    la a3, newline_text
    li a0, STDERR
    call fdprintf
2:  li t0, 2                    # a syntax error, as sh gives it
    la t1, last_status
    sw t0, 0(t1)
    la t0, interactive          # which ends a script (POSIX), not a session at a terminal
    lw t0, 0(t0)
    beqz t0, .Lend
3:  mv a0, s0
    call alloc_release
    j .Lprompt
# A line longer than the buffer is not run piece by piece: the rest of it is read and dropped,
# and it counts as a syntax error.
.Llong_line:
    li a0, STDIN
    la a1, line
    li a2, LINE_SIZE
    call readline
    blez a0, 5f
    mv s1, a0
    la a0, line
    call strlen
    beq a0, s1, .Llong_line     # still no newline
5:  la t0, progname
    lw a2, 0(t0)
    la a1, line_too_long
    li a0, STDERR
    call fdprintf
    j 2b
# ^C while a line was being typed: what was read of it is dropped, $? is 130 as for a command
# killed by SIGINT, and a terminal gets a fresh line and prompt.
.Linterrupted:
    li t0, 128 + SIGINT
    la t1, last_status
    sw t0, 0(t1)
    call fresh_line
    j .Lprompt
.Lend:
    la t0, last_status
    lw a0, 0(t0)
    call exit
    .size main, . - main

# note_interrupt(a0 signal): the SIGINT handler. It only notes the signal: the system call it
# interrupted returns EINTR, and the code that made it decides. Leaf; clobbers t0, t1.
    .type note_interrupt, @function
note_interrupt:
    la t0, interrupted
    li t1, 1
    sw t1, 0(t0)
    ret
    .size note_interrupt, . - note_interrupt

# fresh_line(): after a ^C, a newline on a terminal (where the prompt goes), so the next prompt
# starts a line. Clobbers a-, t-registers. May sleep (write).
    .type fresh_line, @function
fresh_line:
    la t0, interactive
    lw t0, 0(t0)
    beqz t0, 1f
    li a0, STDERR
    la a1, newline
    tail fdprintf
1:  ret
    .size fresh_line, . - fresh_line

# env_init(a0 envp): copies the environment the shell was given into env_table (as much as
# fits) and points environ at it. Leaf; clobbers t0-t3.
    .type env_init, @function
env_init:
    la t0, env_table
    li t1, 0
    beqz a0, 2f
1:  lw t2, 0(a0)
    beqz t2, 2f
    li t3, ENV_MAX
    beq t1, t3, 2f
    slli t3, t1, 2
    add t3, t0, t3
    sw t2, 0(t3)
    addi t1, t1, 1
    addi a0, a0, 4
    j 1b
2:  slli t3, t1, 2
    add t3, t0, t3
    sw zero, 0(t3)
    la t3, env_count
    sw t1, 0(t3)
    la t3, environ
    sw t0, 0(t3)
    la t3, env_space
    la t2, env_next
    sw t3, 0(t2)
    ret
    .size env_init, . - env_init

# ---------------------------------------------------------------------------------------------
# Reading a line into commands

# parse(a0 text) -> a0: the number of commands in the pipeline at text, 0 for none (the end of
# the line, or a comment), -1 after a syntax error was printed. Fills `commands`; `separator`
# says what ended the pipeline (T_END, or T_SEMI or T_AND with `cursor` past it, where the next
# pipeline starts). Clobbers a-, t-registers. May sleep (alloc).
#   s0 the command being filled, s1 the commands finished, s2 a redirection waiting for its
#   file name (its token), s3 the token.
    .type parse, @function
parse:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    la t0, cursor
    sw a0, 0(t0)
    la s0, commands
    li s1, 0
    li s2, 0
    mv a0, s0
    call command_clear
.Ltoken:
    call next_token
    mv s3, a0
    li t0, T_WORD
    beq s3, t0, .Lword
    li t0, T_ERROR
    beq s3, t0, .Lparse_failed
    bnez s2, .Lunexpected       # a redirection needs a file name, not this
    li t0, T_END
    beq s3, t0, .Lend_of_line
    li t0, T_SEMI
    beq s3, t0, .Lend_of_line
    li t0, T_AND
    beq s3, t0, .Lend_of_line
    li t0, T_AMP
    beq s3, t0, .Lunexpected
    li t0, T_PIPE
    beq s3, t0, .Lpipe
    mv s2, s3                   # <, > or >>: the next word is its file
    j .Ltoken
.Lword:
    beqz s2, 2f
    li t0, T_IN
    bne s2, t0, 1f
    sw a1, C_IN(s0)
    li s2, 0
    j .Ltoken
1:  sw a1, C_OUT(s0)
    addi t0, s2, -T_APPEND
    seqz t0, t0
    sw t0, C_APPEND(s0)
    li s2, 0
    j .Ltoken
2:  lw t0, C_ARGC(s0)
    li t1, MAX_ARGS
    beq t0, t1, .Ltoo_many_args
    slli t1, t0, 2
    add t1, s0, t1
    sw a1, C_ARGV(t1)
    sw zero, C_ARGV + 4(t1)     # argv ends in a null pointer
    addi t0, t0, 1
    sw t0, C_ARGC(s0)
    j .Ltoken
.Lpipe:
    mv a0, s0
    call command_empty
    bnez a0, .Lunexpected       # "| ..." or "... | | ..."
    addi s1, s1, 1
    li t0, MAX_COMMANDS
    beq s1, t0, .Ltoo_many_commands
    addi s0, s0, C_SIZE
    mv a0, s0
    call command_clear
    j .Ltoken
.Lend_of_line:                  # at the end of the line, a ";" or a "&&"
    la t0, separator
    sw s3, 0(t0)
    mv a0, s0
    call command_empty
    beqz a0, 1f
    bnez s1, .Lunexpected       # "... |" and nothing after
    li t0, T_END
    beq s3, t0, 2f              # nothing at all: an empty line
    j .Lunexpected              # "; ..." or "&& ..."
1:  addi s1, s1, 1
2:  mv a0, s1
    j .Lparse_return
.Lunexpected:
    la t0, token_names
    slli t1, s3, 2
    add t0, t0, t1
    lw a3, 0(t0)
    la a1, syntax_error
    j .Lparse_message
.Ltoo_many_args:
    la a1, too_many_args
    j .Lparse_message
.Ltoo_many_commands:
    la a1, too_many_cmds
.Lparse_message:
    la t0, progname
    lw a2, 0(t0)
    li a0, STDERR
    call fdprintf
.Lparse_failed:
    li a0, -1
.Lparse_return:
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret
    .size parse, . - parse

# command_clear(a0 command): no words, no redirections. Leaf; clobbers nothing else.
    .type command_clear, @function
command_clear:
    sw zero, C_ARGC(a0)
    sw zero, C_IN(a0)
    sw zero, C_OUT(a0)
    sw zero, C_APPEND(a0)
    sw zero, C_PID(a0)
    sw zero, C_ARGV(a0)
    ret
    .size command_clear, . - command_clear

# command_empty(a0 command) -> a0: 1 if it has neither words nor redirections. Leaf; clobbers t0.
    .type command_empty, @function
command_empty:
    lw t0, C_ARGC(a0)
    bnez t0, 1f
    lw t0, C_IN(a0)
    bnez t0, 1f
    lw t0, C_OUT(a0)
    bnez t0, 1f
    li a0, 1
    ret
1:  li a0, 0
    ret
    .size command_empty, . - command_empty

# next_token() -> a0: the next token at `cursor`, which moves past it; for T_WORD, a1 is the
# word, expanded and unquoted, in memory from alloc. A word that expands to nothing and had no
# quotes is no word, as in sh. Clobbers a-, t-registers. May sleep (alloc).
#   s0 the cursor, s1 the end of the word so far, s2 the word had quotes, s3 the end of `word`.
    .type next_token, @function
next_token:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    la t0, cursor
    lw s0, 0(t0)
    la s3, word
    li t0, WORD_SIZE - 1        # room for the zero byte
    add s3, s3, t0
.Lskip_blanks:
    lbu t0, 0(s0)
    li t1, ' '
    beq t0, t1, 1f
    li t1, '\t'
    bne t0, t1, 2f
1:  addi s0, s0, 1
    j .Lskip_blanks
2:  li a0, T_END
    beqz t0, .Ltoken_done
    li t1, '#'
    beq t0, t1, .Ltoken_done    # the rest of the line is a comment; the cursor stays on it
    addi s0, s0, 1
    li a0, T_PIPE
    li t1, '|'
    beq t0, t1, .Ltoken_done
    li a0, T_SEMI
    li t1, ';'
    beq t0, t1, .Ltoken_done
    li t1, '&'
    bne t0, t1, .Lnot_and
    li a0, T_AMP
    lbu t0, 0(s0)
    bne t0, t1, .Ltoken_done
    addi s0, s0, 1
    li a0, T_AND
    j .Ltoken_done
.Lnot_and:
    li a0, T_IN
    li t1, '<'
    beq t0, t1, .Ltoken_done
    li a0, T_OUT
    li t1, '>'
    bne t0, t1, 3f
    lbu t0, 0(s0)
    bne t0, t1, .Ltoken_done
    addi s0, s0, 1
    li a0, T_APPEND
    j .Ltoken_done
3:  addi s0, s0, -1             # a word starts here
    la s1, word
    li s2, 0
.Lword_byte:
    lbu t0, 0(s0)
    beqz t0, .Lword_end
    li t1, ' '
    beq t0, t1, .Lword_end
    li t1, '\t'
    beq t0, t1, .Lword_end
    li t1, '|'
    beq t0, t1, .Lword_end
    li t1, ';'
    beq t0, t1, .Lword_end
    li t1, '&'
    beq t0, t1, .Lword_end
    li t1, '<'
    beq t0, t1, .Lword_end
    li t1, '>'
    beq t0, t1, .Lword_end
    addi s0, s0, 1
    li t1, '\''
    beq t0, t1, .Lsingle
    li t1, '"'
    beq t0, t1, .Ldouble
    li t1, '$'
    beq t0, t1, .Lword_dollar
    li t1, '\\'
    bne t0, t1, 1f
    lbu t0, 0(s0)               # a backslash: the next byte as it is
    beqz t0, .Lword_byte        # (none: the backslash ends the line and is dropped)
    addi s0, s0, 1
    li s2, 1
1:  APPEND t0
    j .Lword_byte
.Lsingle:
    li s2, 1
1:  lbu t0, 0(s0)
    beqz t0, .Lunterminated
    addi s0, s0, 1
    li t1, '\''
    beq t0, t1, .Lword_byte
    APPEND t0
    j 1b
.Ldouble:
    li s2, 1
.Ldouble_byte:
    lbu t0, 0(s0)
    beqz t0, .Lunterminated
    addi s0, s0, 1
    li t1, '"'
    beq t0, t1, .Lword_byte
    li t1, '$'
    beq t0, t1, .Ldouble_dollar
    li t1, '\\'                 # inside "...", a backslash quotes only $ " \ and `
    bne t0, t1, 1f
    lbu t2, 0(s0)
    li t1, '$'
    beq t2, t1, 2f
    li t1, '"'
    beq t2, t1, 2f
    li t1, '\\'
    beq t2, t1, 2f
    li t1, '`'
    bne t2, t1, 1f
2:  mv t0, t2
    addi s0, s0, 1
1:  APPEND t0
    j .Ldouble_byte
.Ldouble_dollar:
    jal .Lexpand
    j .Ldouble_byte
.Lword_dollar:
    jal .Lexpand
    j .Lword_byte

.Lword_end:
    la t0, word
    bne s1, t0, 1f
    beqz s2, .Lskip_blanks      # nothing, unquoted: not a word; look further
1:  sb zero, 0(s1)
    sub a0, s1, t0
    addi a0, a0, 1
    call alloc
    beqz a0, .Lno_memory
    mv s2, a0
    la a1, word
    call stpcpy
    mv a1, s2
    li a0, T_WORD
.Ltoken_done:
    la t0, cursor
    sw s0, 0(t0)
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret
.Lunterminated:
    la a1, unterminated
    j 1f
.Lword_too_long:
    la a1, too_long
    j 1f
.Lno_memory:
    la a1, no_memory
1:  la t0, progname
    lw a2, 0(t0)
    li a0, STDERR
    call fdprintf
    li a0, T_ERROR
    j .Ltoken_done

# .Lexpand: the cursor (s0) is just past a "$": appends what $?, $NAME or ${NAME} stands for, or the "$"
# itself when no name follows. Runs on next_token's frame and registers; called with jal, it
# returns through t6 (it calls only leaves, which keep t5 and t6).
.Lexpand:
    mv t6, ra
    lbu t0, 0(s0)
    li t1, '?'
    bne t0, t1, 1f
    addi s0, s0, 1
    addi t0, s1, 10             # $?: at most 10 digits
    bgeu t0, s3, .Lword_too_long
    la t0, last_status
    lw a0, 0(t0)
    mv a1, s1
    call utoa
    mv s1, a0
    jr t6
1:  li t1, '{'
    bne t0, t1, 1f
    addi t5, s0, 1              # ${NAME}: the name up to the "}"
8:  lbu t0, 0(t5)
    beqz t0, .Lunterminated
    addi t5, t5, 1
    li t1, '}'
    bne t0, t1, 8b
    addi a0, s0, 1
    sub a1, t5, a0
    addi a1, a1, -1
    mv s0, t5
    call getenv_n
    j 6f
1:  mv t5, s0                   # the name: a letter or _, then letters, digits and _
2:  lbu t0, 0(t5)
    mv a0, t0
    call name_byte
    beqz a0, 3f
    li t1, '9'                  # a digit cannot start a name
    bgtu t0, t1, 4f
    beq t5, s0, 3f
4:  addi t5, t5, 1
    j 2b
3:  bne t5, s0, 5f
    li t0, '$'                  # no name: the "$" stays
    APPEND t0
    jr t6
5:  mv a0, s0
    sub a1, t5, s0
    mv s0, t5
    call getenv_n
6:  beqz a0, 7f
9:  lbu t0, 0(a0)
    beqz t0, 7f
    APPEND t0
    addi a0, a0, 1
    j 9b
7:  jr t6
    .size next_token, . - next_token

# name_byte(a0 byte) -> a0: 1 if the byte may be part of a variable's name (letter, digit, _).
# Leaf; clobbers t1, t2.
    .type name_byte, @function
name_byte:
    li t1, '_'
    beq a0, t1, 1f
    addi t2, a0, -'0'
    li t1, 10
    bltu t2, t1, 1f
    ori t2, a0, 0x20            # lower case
    addi t2, t2, -'a'
    li t1, 26
    bltu t2, t1, 1f
    li a0, 0
    ret
1:  li a0, 1
    ret
    .size name_byte, . - name_byte

# ---------------------------------------------------------------------------------------------
# Running a pipeline

# run(a0 n): runs the n commands parsed into `commands`, joined by pipes, and sets last_status.
# Clobbers a-, t-registers. Sleeps while the commands run.
#   s0 the command, s1 commands left to start, s2 the read end of the pipe from the command
#   before (or -1), s3 the write end for this command's output (or -1), s4 the read end for
#   the next command (or -1), s5 the status when starting failed (or -1), s6 the end of the
#   pipeline's commands.
    .type run, @function
run:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    sw s5, 4(sp)
    sw s6, 0(sp)
    la s0, commands
    mv s1, a0
    li t0, C_SIZE
    mul s6, a0, t0
    add s6, s0, s6
    li t0, 1
    bne s1, t0, 1f
    mv a0, s0                   # alone on its line, cd, exit and export run in the shell
    call shell_builtin
    bltz a0, 1f
    la t0, last_status
    sw a0, 0(t0)
    j .Lrun_return
1:  li s2, -1
    li s5, -1
.Lstart:
    beqz s1, .Lwait
    li s3, -1
    li s4, -1
    li t0, 1
    beq s1, t0, 1f
    la a0, pipe_fds             # close-on-exec: a program sees only the ends dup3 gives it
    li a1, O_CLOEXEC
    call pipe2
    bltz a0, .Lpipe_failed
    la t0, pipe_fds
    lw s4, 0(t0)
    lw s3, 4(t0)
1:  li a0, SIGCHLD
    li a1, 0
    li a2, 0
    li a3, 0
    li a4, 0
    call clone
    beqz a0, .Lchild
    bltz a0, .Lfork_failed
    sw a0, C_PID(s0)
    call close_ends
    mv s2, s4
    addi s0, s0, C_SIZE
    addi s1, s1, -1
    j .Lstart
.Lchild:
    mv a0, s0
    mv a1, s2
    mv a2, s3
    call child
.Lpipe_failed:
    la a2, call_pipe
    j 1f
.Lfork_failed:
    la a2, call_fork
1:  call strerror
    mv a4, a0
    mv a3, a2
    la t0, progname
    lw a2, 0(t0)
    la a1, failed_call
    li a0, STDERR
    call fdprintf
    call close_ends
    mv a0, s4
    call close_fd
    li s5, 2                    # what is started still runs, and is waited for
.Lwait:
    la s0, commands
    li s1, 0                    # the last status
1:  beq s0, s6, 3f
    lw a1, C_PID(s0)
    beqz a1, 3f
    li a0, P_PID
    la a2, info
    li a3, WEXITED
    li a4, 0
    call waitid
    li t0, -EINTR
    beq a0, t0, 1b              # ^C came to the shell too: the command is still to be reaped
    bltz a0, 2f
    la t0, info
    lw s1, SI_STATUS(t0)
    lw t1, SI_CODE(t0)
    li t2, CLD_EXITED
    beq t1, t2, 2f
    addi s1, s1, 128            # killed by the signal in SI_STATUS
2:  addi s0, s0, C_SIZE
    j 1b
3:  bltz s5, 4f
    mv s1, s5
4:  la t0, last_status
    sw s1, 0(t0)
    la t0, interrupted          # the prompt after a ^C'd command starts on a line of its own
    lw t0, 0(t0)
    beqz t0, .Lrun_return
    call fresh_line
.Lrun_return:
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    lw s4, 8(sp)
    lw s5, 4(sp)
    lw s6, 0(sp)
    addi sp, sp, 32
    ret

# close_ends: closes s2 and s3, the pipe ends the command just started holds now. Runs on run's
# registers; clobbers a-, t-registers.
close_ends:
    addi sp, sp, -16
    sw ra, 12(sp)
    mv a0, s2
    call close_fd
    mv a0, s3
    call close_fd
    lw ra, 12(sp)
    addi sp, sp, 16
    ret
    .size run, . - run

# close_fd(a0 fd): closes fd unless it is -1 (no descriptor). Clobbers a-, t-registers.
    .type close_fd, @function
close_fd:
    bltz a0, 1f
    tail close
1:  ret
    .size close_fd, . - close_fd

# child(a0 command, a1 input, a2 output) -> never returns. In the new process: standard input
# from the pipe `input` and standard output to the pipe `output` (-1: the shell's own), then the
# command's redirections, then the builtin or program. Exits 1 if a redirection fails, 127 if
# the program is not found, 126 if it cannot be run.
#   s0 the command, s1 a descriptor being moved into place.
    .type child, @function
child:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a0
    mv s1, a2
    li a2, STDIN
    call move_fd
    mv a1, s1
    li a2, STDOUT
    call move_fd
    lw a0, C_IN(s0)
    beqz a0, 1f
    li a1, O_RDONLY
    li a2, STDIN
    call redirect
1:  lw a0, C_OUT(s0)
    beqz a0, 3f
    li a1, O_WRONLY | O_CREAT | O_TRUNC
    lw t0, C_APPEND(s0)
    beqz t0, 2f
    li a1, O_WRONLY | O_CREAT | O_APPEND
2:  li a2, STDOUT
    call redirect
3:  lw t0, C_ARGV(s0)
    li a0, 0
    beqz t0, 4f                 # redirections only: they are done
    mv a0, s0
    call shell_builtin          # cd, exit, export in a pipeline: they run here, for nothing
    bgez a0, 4f
    lw a0, C_ARGV(s0)
    la a1, name_pwd
    call strcmp
    bnez a0, 5f
    call pwd
4:  call exit
5:  addi a0, s0, C_ARGV
    call execute
    .size child, . - child

# move_fd(a1 fd, a2 target): makes `target` a copy of fd (when fd is not -1 and not target
# already) and closes fd. Exits 1 if that fails. Clobbers a-, t-registers.
    .type move_fd, @function
move_fd:
    bltz a1, 2f
    beq a1, a2, 2f
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    mv s0, a1
    mv a0, a1
    mv a1, a2
    li a2, 0
    call dup3
    bltz a0, 1f
    mv a0, s0
    call close
    lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
2:  ret
1:  li a0, 1
    call exit
    .size move_fd, . - move_fd

# redirect(a0 path, a1 flags, a2 target): opens path with flags (mode 0666 when it creates it)
# as descriptor `target`. Prints why and exits 1 if it cannot. Clobbers a-, t-registers.
    .type redirect, @function
redirect:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a0
    mv s1, a2
    mv a2, a1
    mv a1, a0
    li a0, AT_FDCWD
    li a3, 0666
    call openat
    bltz a0, 1f
    mv a1, a0
    mv a2, s1
    call move_fd
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
1:  mv a1, a0
    mv a0, s0
    call error_path
    li a0, 1
    call exit
    .size redirect, . - redirect

# execute(a0 argv) -> never returns: runs the program argv[0] with argv and the shell's
# environment, looking for it in each directory of $PATH unless its name holds a "/".
#   s0 argv, s1 the directory of $PATH being tried, s2 the error that says why the program could
#   not run (ENOENT while it has not been found at all), s3 the end of the directory's name in
#   $PATH, s4 the length of the program's name.
    .type execute, @function
execute:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    mv s0, a0
    li s2, -ENOENT
    lw a0, 0(s0)
    li a1, '/'
    call strchr
    beqz a0, 1f
    lw a0, 0(s0)                # a path: just that file
    mv a1, s0
    la t0, environ
    lw a2, 0(t0)
    call execve
    mv s2, a0
    j .Lcannot_run
1:  lw a0, 0(s0)
    call strlen
    mv s4, a0
    la a0, path_name
    call getenv
    mv s1, a0
    bnez s1, .Ldirectory
    la s1, default_path
.Ldirectory:
    mv s3, s1
2:  lbu t0, 0(s3)
    beqz t0, 3f
    li t1, ':'
    beq t0, t1, 3f
    addi s3, s3, 1
    j 2b
3:  sub a2, s3, s1              # the directory's name: path = it, "/", the program's name
    add t0, a2, s4
    addi t0, t0, 3              # "/", the zero byte, and "." for an empty name
    li t1, PATH_SIZE
    bgtu t0, t1, .Lnext_directory
    la a0, path
    bnez a2, 4f
    li t0, '.'                  # an empty directory in $PATH is the current one
    sb t0, 0(a0)
    li a2, 1
    j 5f
4:  mv a1, s1
    call memcpy
    sub a2, s3, s1
5:  la a0, path
    add a0, a0, a2
    li t0, '/'
    sb t0, 0(a0)
    addi a0, a0, 1
    lw a1, 0(s0)
    call stpcpy
    la a0, path
    mv a1, s0
    la t0, environ
    lw a2, 0(t0)
    call execve
    li t0, -ENOENT              # not here: look on, remembering a better reason it cannot run
    beq a0, t0, .Lnext_directory
    li t0, -ENOTDIR
    beq a0, t0, .Lnext_directory
    mv s2, a0
.Lnext_directory:
    mv s1, s3
    lbu t0, 0(s1)
    beqz t0, 6f
    addi s1, s1, 1              # past the ":"
    j .Ldirectory
6:  li t0, -ENOENT
    bne s2, t0, .Lcannot_run
    la t0, progname
    lw a2, 0(t0)
    lw a3, 0(s0)
    la a1, not_found
    li a0, STDERR
    call fdprintf
    li a0, 127
    call exit
.Lcannot_run:
    mv a0, s2
    call strerror
    mv a4, a0
    lw a3, 0(s0)
    la t0, progname
    lw a2, 0(t0)
    la a1, cannot_run
    li a0, STDERR
    call fdprintf
    li a0, 126
    li t0, -ENOENT
    bne s2, t0, 7f
    li a0, 127
7:  call exit
    .size execute, . - execute

# ---------------------------------------------------------------------------------------------
# Builtins

# shell_builtin(a0 command) -> a0: the status of cd, exit or export run in this process, or -1
# if the command is none of them. Clobbers a-, t-registers.
#   s0 argc, s1 argv
    .type shell_builtin, @function
shell_builtin:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    lw s0, C_ARGC(a0)
    addi s1, a0, C_ARGV
    li a0, -1
    beqz s0, 1f
    lw a0, 0(s1)
    la a1, name_cd
    call strcmp
    bnez a0, 2f
    mv a0, s0
    mv a1, s1
    call builtin_cd
    j 1f
2:  lw a0, 0(s1)
    la a1, name_exit
    call strcmp
    bnez a0, 3f
    mv a0, s0
    mv a1, s1
    call builtin_exit
    j 1f
3:  lw a0, 0(s1)
    la a1, name_export
    call strcmp
    li t0, -1
    bnez a0, 4f
    mv a0, s0
    mv a1, s1
    call builtin_export
    j 1f
4:  mv a0, t0
1:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
    .size shell_builtin, . - shell_builtin

# builtin_cd(a0 argc, a1 argv) -> a0: 0, or 1 after printing why: changes the shell's current
# directory to argv[1], or to $HOME without an argument. Clobbers a-, t-registers.
    .type builtin_cd, @function
builtin_cd:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    li t0, 2
    bgt a0, t0, 3f
    beq a0, t0, 1f
    la a0, home_name
    call getenv
    bnez a0, 2f
    la a1, no_home
    j 4f
1:  lw a0, 4(a1)
2:  mv s0, a0
    call chdir
    beqz a0, 5f
    call strerror
    mv a5, a0
    mv a4, s0
    la a3, name_cd
    la t0, progname
    lw a2, 0(t0)
    la a1, builtin_error
    li a0, STDERR
    call fdprintf
    li a0, 1
    j 5f
3:  la a1, cd_args
4:  la t0, progname
    lw a2, 0(t0)
    li a0, STDERR
    call fdprintf
    li a0, 1
5:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret
    .size builtin_cd, . - builtin_cd

# builtin_exit(a0 argc, a1 argv) -> a0: 1 if there were too many arguments; otherwise the shell
# exits, with argv[1] (modulo 256) or the last status, or 2 if argv[1] is not a number.
    .type builtin_exit, @function
builtin_exit:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    li t0, 2
    bgt a0, t0, 3f
    beq a0, t0, 1f
    la t0, last_status
    lw a0, 0(t0)
    call exit
1:  lw s0, 4(a1)
    mv a0, s0
    call atou
    bltz a0, 2f
    andi a0, a0, 0xff
    call exit
2:  mv a3, s0
    la t0, progname
    lw a2, 0(t0)
    la a1, not_numeric
    li a0, STDERR
    call fdprintf
    li a0, 2
    call exit
3:  la t0, progname
    lw a2, 0(t0)
    la a1, exit_args
    li a0, STDERR
    call fdprintf
    li a0, 1
    lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret
    .size builtin_exit, . - builtin_exit

# builtin_export(a0 argc, a1 argv) -> a0: 0, or 1 if any argument was refused. Puts each
# NAME=VALUE into the environment the shell gives its programs (a NAME without a value is left
# as it is: the shell keeps no variables of its own). Clobbers a-, t-registers.
#   s0 the next argument, s1 the status, s2 the argument, s3 the length of its name.
    .type builtin_export, @function
builtin_export:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    addi s0, a1, 4
    li s1, 0
.Lexport_next:
    lw s2, 0(s0)
    beqz s2, .Lexport_done
    addi s0, s0, 4
    li s3, 0                    # the name: up to "=" or the end
1:  add t0, s2, s3
    lbu a0, 0(t0)
    beqz a0, 2f
    li t1, '='
    beq a0, t1, 2f
    call name_byte
    beqz a0, .Lexport_bad
    addi s3, s3, 1
    j 1b
2:  beqz s3, .Lexport_bad
    lbu t0, 0(s2)
    addi t0, t0, -'0'
    li t1, 10
    bltu t0, t1, .Lexport_bad   # a name cannot start with a digit
    add t0, s2, s3
    lbu t0, 0(t0)
    beqz t0, .Lexport_next      # NAME alone
    mv a0, s2
    mv a1, s3
    call env_set
    beqz a0, .Lexport_next
    la a1, env_full
    j 3f
.Lexport_bad:
    la a1, bad_name
3:  mv a3, s2
    la t0, progname
    lw a2, 0(t0)
    li a0, STDERR
    call fdprintf
    li s1, 1
    j .Lexport_next
.Lexport_done:
    mv a0, s1
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret
    .size builtin_export, . - builtin_export

# env_set(a0 "NAME=VALUE", a1 the length of NAME) -> a0: 0, or -1 if there is no room. Keeps a
# copy in env_space and puts it in env_table in place of the variable's old value, or at the
# end. Clobbers a-, t-registers.
#   s0 the string, s1 the name's length, s2 the copy.
    .type env_set, @function
env_set:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv s0, a0
    mv s1, a1
    call strlen
    la t0, env_next
    lw s2, 0(t0)
    add t1, s2, a0
    addi t1, t1, 1
    la t2, env_space + ENV_SPACE
    bgtu t1, t2, .Lenv_full
    sw t1, 0(t0)
    mv a0, s2
    mv a1, s0
    call stpcpy
    la s0, env_table            # now the slot: the variable's, or a new one at the end
1:  lw a0, 0(s0)
    beqz a0, 2f
    mv a1, s2
    addi a2, s1, 1              # the name and its "="
    call strncmp
    beqz a0, 3f
    addi s0, s0, 4
    j 1b
2:  la t0, env_count
    lw t1, 0(t0)
    li t2, ENV_MAX
    beq t1, t2, .Lenv_full
    addi t1, t1, 1
    sw t1, 0(t0)
    sw zero, 4(s0)
3:  sw s2, 0(s0)
    li a0, 0
    j 4f
.Lenv_full:
    li a0, -1
4:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret
    .size env_set, . - env_set

# pwd() -> a0: 0 after printing the current directory, or 1 after printing why it could not.
# Clobbers a-, t-registers.
    .type pwd, @function
pwd:
    addi sp, sp, -16
    sw ra, 12(sp)
    la a0, path
    li a1, PATH_SIZE
    call getcwd
    bltz a0, 1f
    li a0, STDOUT
    la a1, line_format
    la a2, path
    call fdprintf
    li a0, 0
    j 2f
1:  call strerror
    mv a4, a0
    la a3, call_pwd
    la t0, progname
    lw a2, 0(t0)
    la a1, failed_call
    li a0, STDERR
    call fdprintf
    li a0, 1
2:  lw ra, 12(sp)
    addi sp, sp, 16
    ret
    .size pwd, . - pwd
