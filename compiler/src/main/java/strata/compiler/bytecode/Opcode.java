package strata.compiler.bytecode;

import static strata.compiler.bytecode.ArgKind.AWAIT_WHERE;
import static strata.compiler.bytecode.ArgKind.BINARY_OPERATOR;
import static strata.compiler.bytecode.ArgKind.CELL;
import static strata.compiler.bytecode.ArgKind.COMPARE;
import static strata.compiler.bytecode.ArgKind.CONST;
import static strata.compiler.bytecode.ArgKind.COUNT;
import static strata.compiler.bytecode.ArgKind.FORMAT;
import static strata.compiler.bytecode.ArgKind.FUNCTION_FLAGS;
import static strata.compiler.bytecode.ArgKind.INVERT;
import static strata.compiler.bytecode.ArgKind.LOCAL;
import static strata.compiler.bytecode.ArgKind.NAME;
import static strata.compiler.bytecode.ArgKind.NONE;
import static strata.compiler.bytecode.ArgKind.RAISE_FORM;
import static strata.compiler.bytecode.ArgKind.UNPACK_COUNTS;
import static strata.compiler.bytecode.StackEffect.branch;
import static strata.compiler.bytecode.StackEffect.fixed;
import static strata.compiler.bytecode.StackEffect.varying;

/**
 * The bytecode's opcode table: the only place an opcode is defined. Each row is one opcode with
 * the kind of its argument, its stack effect, where control goes after it, and its meaning in one
 * line. The compiler's emitter and stack-depth computation, {@code strata dis}, the opcode table
 * of {@code docs/bytecode.md} and the assembler include of {@code vm-firmware/} all come from these
 * rows. An opcode's number is its position in the table (as in Lua's {@code lopcodes.h}), so a
 * new opcode goes at the end, and any change of numbering changes the {@code .pyc} magic number.
 *
 * <p>The semantics follow CPython 3.11's instructions of the same name; where ours differ (there
 * is no {@code EXTENDED_ARG}, {@code PRECALL}, {@code RESUME} or {@code CACHE}, jumps are absolute
 * instruction indexes, {@code LOAD_GLOBAL} never pushes a NULL, cells are indexed apart from
 * locals) docs/bytecode.md says so.
 */
public enum Opcode {
    NOP(NONE, fixed("( -- )", 0, 0), Flow.NEXT, "Does nothing; keeps a line number where no other instruction is."),
    POP_TOP(NONE, fixed("(value -- )", 1, 0), Flow.NEXT, "Discards the top of the stack."),
    PUSH_NULL(NONE, fixed("( -- null)", 0, 1), Flow.NEXT,
            "Pushes NULL, the marker under a callable that is not a method call (see CALL)."),
    COPY(COUNT, new StackEffect("(item rest[n-1] -- item rest[n-1] item)", n -> n, n -> n + 1, n -> n + 1), Flow.NEXT,
            "Pushes a copy of the n-th value from the top (1 is the top); n >= 1."),
    SWAP(COUNT, new StackEffect("(item rest[n-2] top -- top rest[n-2] item)", n -> n, n -> n, n -> n), Flow.NEXT,
            "Swaps the top of the stack with the n-th value from the top; n >= 2."),

    UNARY_POSITIVE(NONE, fixed("(value -- result)", 1, 1), Flow.NEXT, "result = +value"),
    UNARY_NEGATIVE(NONE, fixed("(value -- result)", 1, 1), Flow.NEXT, "result = -value"),
    UNARY_NOT(NONE, fixed("(value -- result)", 1, 1), Flow.NEXT, "result = not value (a bool)"),
    UNARY_INVERT(NONE, fixed("(value -- result)", 1, 1), Flow.NEXT, "result = ~value"),
    BINARY_OP(BINARY_OPERATOR, fixed("(left right -- result)", 2, 1), Flow.NEXT,
            "result = left OP right for the operator of the argument (13 + n: the in-place form, left OP= right)."),
    BINARY_SUBSCR(NONE, fixed("(container key -- result)", 2, 1), Flow.NEXT, "result = container[key]"),
    STORE_SUBSCR(NONE, fixed("(value container key -- )", 3, 0), Flow.NEXT, "container[key] = value"),
    DELETE_SUBSCR(NONE, fixed("(container key -- )", 2, 0), Flow.NEXT, "del container[key]"),
    BUILD_SLICE(COUNT, varying("(start stop step[n-2] -- slice)", n -> n, 1), Flow.NEXT,
            "slice = slice(start, stop) for n = 2, slice(start, stop, step) for n = 3."),

    COMPARE_OP(COMPARE, fixed("(left right -- result)", 2, 1), Flow.NEXT,
            "result = left OP right for the rich comparison of the argument (<, <=, ==, !=, >, >=)."),
    IS_OP(INVERT, fixed("(left right -- result)", 2, 1), Flow.NEXT,
            "result = left is right (argument 0) or left is not right (1), a bool."),
    CONTAINS_OP(INVERT, fixed("(left right -- result)", 2, 1), Flow.NEXT,
            "result = left in right (argument 0) or left not in right (1), a bool."),

    LOAD_CONST(CONST, fixed("( -- value)", 0, 1), Flow.NEXT, "Pushes co_consts[i]."),
    LOAD_FAST(LOCAL, fixed("( -- value)", 0, 1), Flow.NEXT,
            "Pushes local i; UnboundLocalError if it has no value."),
    STORE_FAST(LOCAL, fixed("(value -- )", 1, 0), Flow.NEXT, "Local i = value."),
    DELETE_FAST(LOCAL, fixed("( -- )", 0, 0), Flow.NEXT,
            "Unbinds local i; UnboundLocalError if it has no value."),
    LOAD_NAME(NAME, fixed("( -- value)", 0, 1), Flow.NEXT,
            "Pushes the value of co_names[i] looked up in the locals mapping, the globals, then the builtins; "
                    + "NameError if none has it."),
    STORE_NAME(NAME, fixed("(value -- )", 1, 0), Flow.NEXT, "locals[co_names[i]] = value"),
    DELETE_NAME(NAME, fixed("( -- )", 0, 0), Flow.NEXT, "del locals[co_names[i]]; NameError if it is not there."),
    LOAD_GLOBAL(NAME, fixed("( -- value)", 0, 1), Flow.NEXT,
            "Pushes co_names[i] looked up in the globals, then the builtins; NameError if neither has it."),
    STORE_GLOBAL(NAME, fixed("(value -- )", 1, 0), Flow.NEXT, "globals[co_names[i]] = value"),
    DELETE_GLOBAL(NAME, fixed("( -- )", 0, 0), Flow.NEXT, "del globals[co_names[i]]; NameError if it is not there."),
    MAKE_CELL(CELL, fixed("( -- )", 0, 0), Flow.NEXT,
            "Cell i (a cell variable) becomes a new empty cell; emitted at the start of the code."),
    COPY_FREE_VARS(COUNT, fixed("( -- )", 0, 0), Flow.NEXT,
            "Copies the n cells of the running function's closure into cells ncellvars .. ncellvars+n-1."),
    LOAD_CLOSURE(CELL, fixed("( -- cell)", 0, 1), Flow.NEXT, "Pushes cell i itself (to build a closure tuple)."),
    LOAD_DEREF(CELL, fixed("( -- value)", 0, 1), Flow.NEXT,
            "Pushes the contents of cell i; NameError (free) or UnboundLocalError (cell) if empty."),
    LOAD_CLASSDEREF(CELL, fixed("( -- value)", 0, 1), Flow.NEXT,
            "In a class body: the name of cell i from the locals mapping if there, else the contents of the cell."),
    STORE_DEREF(CELL, fixed("(value -- )", 1, 0), Flow.NEXT, "The contents of cell i = value."),
    DELETE_DEREF(CELL, fixed("( -- )", 0, 0), Flow.NEXT, "Empties cell i; an error if it was empty."),
    LOAD_ATTR(NAME, fixed("(owner -- value)", 1, 1), Flow.NEXT, "value = owner.co_names[i]"),
    STORE_ATTR(NAME, fixed("(value owner -- )", 2, 0), Flow.NEXT, "owner.co_names[i] = value"),
    DELETE_ATTR(NAME, fixed("(owner -- )", 1, 0), Flow.NEXT, "del owner.co_names[i]"),
    LOAD_METHOD(NAME, fixed("(owner -- method_or_null self_or_value)", 1, 2), Flow.NEXT,
            "If owner.co_names[i] is a plain function found on the type, pushes it and owner (an unbound call); "
                    + "else pushes NULL and the attribute's value."),

    KW_NAMES(CONST, fixed("( -- )", 0, 0), Flow.NEXT,
            "The next CALL passes its last len(co_consts[i]) arguments by keyword, named by that tuple of str."),
    CALL(COUNT, varying("(method_or_null callable_or_self args[n] -- result)", n -> n + 2, 1), Flow.NEXT,
            "Calls callable(args) if the deepest value is NULL, else method(self, args); n counts the args."),
    CALL_FUNCTION_EX(COUNT, varying("(null callable args kwargs[n&1] -- result)", n -> 3 + (n & 1), 1), Flow.NEXT,
            "result = callable(*args, **kwargs): args is a tuple; kwargs (a dict) is there if bit 0 is set."),
    MAKE_FUNCTION(FUNCTION_FLAGS, varying("(extras[bits(n)] code -- function)",
            n -> 1 + Integer.bitCount(n & 0xf), 1), Flow.NEXT,
            "Makes a function of code; under it, deepest first: defaults tuple (0x01), keyword defaults dict (0x02), "
                    + "annotations tuple of name/value pairs (0x04), closure tuple of cells (0x08)."),
    RETURN_VALUE(NONE, fixed("(value -- )", 1, 0), Flow.EXIT, "Returns value to the caller of the frame."),

    BUILD_TUPLE(COUNT, varying("(items[n] -- tuple)", n -> n, 1), Flow.NEXT, "Pushes a tuple of the n items."),
    BUILD_LIST(COUNT, varying("(items[n] -- list)", n -> n, 1), Flow.NEXT, "Pushes a list of the n items."),
    BUILD_SET(COUNT, varying("(items[n] -- set)", n -> n, 1), Flow.NEXT, "Pushes a set of the n items."),
    BUILD_MAP(COUNT, varying("(pairs[2n] -- dict)", n -> 2 * n, 1), Flow.NEXT,
            "Pushes a dict of n key, value pairs, deepest pair first."),
    BUILD_CONST_KEY_MAP(COUNT, varying("(values[n] keys -- dict)", n -> n + 1, 1), Flow.NEXT,
            "Pushes a dict of the n values keyed by the items of the tuple keys."),
    BUILD_STRING(COUNT, varying("(pieces[n] -- str)", n -> n, 1), Flow.NEXT, "Pushes the concatenation of n str."),
    LIST_APPEND(COUNT, fixed("(list rest[n-1] value -- list rest[n-1])", 1, 0), Flow.NEXT,
            "Appends value to the list n-th from the top after popping it (comprehensions)."),
    SET_ADD(COUNT, fixed("(set rest[n-1] value -- set rest[n-1])", 1, 0), Flow.NEXT,
            "Adds value to the set n-th from the top after popping it."),
    MAP_ADD(COUNT, fixed("(dict rest[n-1] key value -- dict rest[n-1])", 2, 0), Flow.NEXT,
            "dict[key] = value for the dict n-th from the top after popping both."),
    LIST_EXTEND(COUNT, fixed("(list rest[n-1] iterable -- list rest[n-1])", 1, 0), Flow.NEXT,
            "Extends the list n-th from the top after popping iterable with its items."),
    SET_UPDATE(COUNT, fixed("(set rest[n-1] iterable -- set rest[n-1])", 1, 0), Flow.NEXT,
            "Adds the items of iterable to the set n-th from the top after popping it."),
    DICT_UPDATE(COUNT, fixed("(dict rest[n-1] mapping -- dict rest[n-1])", 1, 0), Flow.NEXT,
            "dict.update(mapping) for the dict n-th from the top after popping it; TypeError if not a mapping."),
    DICT_MERGE(COUNT, fixed("(dict rest[n-1] mapping -- dict rest[n-1])", 1, 0), Flow.NEXT,
            "As DICT_UPDATE, but a repeated key is a TypeError naming the function two below the dict."),
    LIST_TO_TUPLE(NONE, fixed("(list -- tuple)", 1, 1), Flow.NEXT, "tuple = tuple(list)"),
    UNPACK_SEQUENCE(COUNT, new StackEffect("(sequence -- items[n])", n -> 1, n -> n, n -> n), Flow.NEXT,
            "Pushes the n items of the iterable, the last deepest so the first is on top; ValueError if not n."),
    UNPACK_EX(UNPACK_COUNTS, new StackEffect("(sequence -- after[hi] list before[lo])", n -> 1,
            n -> (n & 0xff) + (n >> 8) + 1, n -> (n & 0xff) + (n >> 8) + 1), Flow.NEXT,
            "Star-unpacking: lo items, a list of the rest, hi items; the first item ends on top."),
    FORMAT_VALUE(FORMAT, varying("(value spec[(n&4)/4] -- str)", n -> 1 + ((n >> 2) & 1), 1), Flow.NEXT,
            "format(conversion(value), spec): conversion by bits 0-1 (none, str, repr, ascii); spec if bit 2."),

    JUMP(ArgKind.JUMP, branch("( -- )", 0, 0, 0), Flow.JUMP, "Continues at instruction t."),
    POP_JUMP_IF_FALSE(ArgKind.JUMP, branch("(cond -- )", 1, 0, 0), Flow.BRANCH,
            "Pops cond; continues at t if it is false."),
    POP_JUMP_IF_TRUE(ArgKind.JUMP, branch("(cond -- )", 1, 0, 0), Flow.BRANCH,
            "Pops cond; continues at t if it is true."),
    POP_JUMP_IF_NONE(ArgKind.JUMP, branch("(value -- )", 1, 0, 0), Flow.BRANCH,
            "Pops value; continues at t if it is None."),
    POP_JUMP_IF_NOT_NONE(ArgKind.JUMP, branch("(value -- )", 1, 0, 0), Flow.BRANCH,
            "Pops value; continues at t if it is not None."),
    JUMP_IF_FALSE_OR_POP(ArgKind.JUMP, branch("(cond -- cond if jump)", 1, 0, 1), Flow.BRANCH,
            "If cond is false continues at t leaving it on the stack, else pops it."),
    JUMP_IF_TRUE_OR_POP(ArgKind.JUMP, branch("(cond -- cond if jump)", 1, 0, 1), Flow.BRANCH,
            "If cond is true continues at t leaving it on the stack, else pops it."),

    GET_ITER(NONE, fixed("(iterable -- iterator)", 1, 1), Flow.NEXT, "iterator = iter(iterable)"),
    FOR_ITER(ArgKind.JUMP, branch("(iterator -- iterator next | -- if jump)", 1, 2, 0), Flow.BRANCH,
            "Pushes next(iterator); when it is exhausted pops the iterator and continues at t."),
    GET_YIELD_FROM_ITER(NONE, fixed("(iterable -- iterator)", 1, 1), Flow.NEXT,
            "iter(iterable), unless it is a generator, or a coroutine in a coroutine: then itself."),

    RETURN_GENERATOR(NONE, fixed("( -- )", 0, 0), Flow.NEXT,
            "First instruction of a generator, coroutine or async generator: the call returns a new one "
                    + "owning the frame; its first resumption continues after this instruction."),
    YIELD_VALUE(NONE, fixed("(value -- sent)", 1, 1), Flow.NEXT,
            "Suspends the frame, giving value to the resumer; resumed, pushes the value sent in (None by next())."),
    SEND(ArgKind.JUMP, branch("(receiver value -- receiver result | receiver value -- result if jump)", 2, 2, 1),
            Flow.BRANCH,
            "result = receiver.send(value) (next() when value is None); if it returns, pops receiver, "
                    + "pushes the return value and continues at t."),
    ASYNC_GEN_WRAP(NONE, fixed("(value -- wrapped)", 1, 1), Flow.NEXT,
            "Marks a value yielded by an async generator, so the event loop is not given it."),
    GET_AWAITABLE(AWAIT_WHERE, fixed("(value -- awaitable)", 1, 1), Flow.NEXT,
            "awaitable = value.__await__() (a coroutine is its own); the argument only shapes the TypeError."),
    GET_AITER(NONE, fixed("(iterable -- aiterator)", 1, 1), Flow.NEXT, "aiterator = iterable.__aiter__()"),
    GET_ANEXT(NONE, fixed("(aiterator -- aiterator awaitable)", 1, 2), Flow.NEXT,
            "Pushes the awaitable of aiterator.__anext__()."),
    END_ASYNC_FOR(NONE, fixed("(aiterator exc -- )", 2, 0), Flow.NEXT,
            "Handler at the end of async for: StopAsyncIteration pops both and goes on, anything else is re-raised."),
    BEFORE_ASYNC_WITH(NONE, fixed("(manager -- exit awaitable)", 1, 2), Flow.NEXT,
            "Pushes the bound manager.__aexit__ and the awaitable of manager.__aenter__()."),

    PUSH_EXC_INFO(NONE, fixed("(exc -- previous exc)", 1, 2), Flow.NEXT,
            "Entering a handler: saves the exception being handled under exc and makes exc the one being handled."),
    POP_EXCEPT(NONE, fixed("(previous -- )", 1, 0), Flow.NEXT,
            "Leaving a handler: the exception being handled becomes previous again."),
    RERAISE(COUNT, fixed("(values[n] exc -- values[n])", 1, 0), Flow.EXIT,
            "Raises exc again; if n > 0 the n-th value below it is the instruction index to report it at."),
    RAISE_VARARGS(RAISE_FORM, varying("(args[n] -- )", n -> n, 0), Flow.EXIT,
            "raise (n = 0, the exception being handled), raise exc (1), raise exc from cause (2)."),
    CHECK_EXC_MATCH(NONE, fixed("(exc type -- exc result)", 2, 2), Flow.NEXT,
            "result = isinstance(exc, type); TypeError if type is not an exception class or a tuple of them."),
    CHECK_EG_MATCH(NONE, fixed("(group type -- rest match)", 2, 2), Flow.NEXT,
            "except*: splits the exception group by type: match is the matching part (None if none), rest the rest."),
    PREP_RERAISE_STAR(NONE, fixed("(original raised -- exc)", 2, 1), Flow.NEXT,
            "End of except*: exc is what to re-raise from the original group and the list raised (None: nothing)."),
    LOAD_ASSERTION_ERROR(NONE, fixed("( -- type)", 0, 1), Flow.NEXT, "Pushes AssertionError (the builtin itself)."),
    BEFORE_WITH(NONE, fixed("(manager -- exit result)", 1, 2), Flow.NEXT,
            "Pushes the bound manager.__exit__ and the result of manager.__enter__()."),
    WITH_EXCEPT_START(NONE, fixed("(exit lasti previous exc -- exit lasti previous exc result)", 4, 5), Flow.NEXT,
            "result = exit(type(exc), exc, exc.__traceback__), in the handler of a with block."),

    IMPORT_NAME(NAME, fixed("(level fromlist -- module)", 2, 1), Flow.NEXT,
            "module = __import__(co_names[i], globals, locals, fromlist, level)"),
    IMPORT_FROM(NAME, fixed("(module -- module value)", 1, 2), Flow.NEXT,
            "value = module.co_names[i], or the submodule of that name; ImportError if neither."),
    IMPORT_STAR(NONE, fixed("(module -- )", 1, 0), Flow.NEXT,
            "Binds every public name of module (its __all__, else names not starting with _) in the locals."),

    LOAD_BUILD_CLASS(NONE, fixed("( -- function)", 0, 1), Flow.NEXT, "Pushes builtins.__build_class__."),
    SETUP_ANNOTATIONS(NONE, fixed("( -- )", 0, 0), Flow.NEXT,
            "Makes __annotations__ a new dict in the locals unless it is already there."),
    PRINT_EXPR(NONE, fixed("(value -- )", 1, 0), Flow.NEXT, "Interactive mode: sys.displayhook(value)."),

    GET_LEN(NONE, fixed("(subject -- subject length)", 1, 2), Flow.NEXT, "Pushes len(subject)."),
    MATCH_MAPPING(NONE, fixed("(subject -- subject result)", 1, 2), Flow.NEXT,
            "Pushes True if subject is a mapping (its type has the mapping flag), else False."),
    MATCH_SEQUENCE(NONE, fixed("(subject -- subject result)", 1, 2), Flow.NEXT,
            "Pushes True if subject is a sequence (not str, bytes or bytearray), else False."),
    MATCH_KEYS(NONE, fixed("(subject keys -- subject keys values)", 2, 3), Flow.NEXT,
            "Pushes a tuple of subject's values for the tuple keys, or None if a key is missing."),
    MATCH_CLASS(COUNT, fixed("(subject type names -- attributes)", 3, 1), Flow.NEXT,
            "Class pattern with n positional sub-patterns and keyword names: a tuple of the attributes, or None.");

    /** Where control may go after an instruction. */
    public enum Flow {
        /** Always to the next instruction. */
        NEXT,
        /** To the next instruction or to the jump target. */
        BRANCH,
        /** Always to the jump target. */
        JUMP,
        /** Out of the code object (return) or to an exception handler (raise). */
        EXIT
    }

    private static final Opcode[] BY_NUMBER = values();

    private final ArgKind argKind;
    private final StackEffect effect;
    private final Flow flow;
    private final String meaning;

    Opcode(ArgKind argKind, StackEffect effect, Flow flow, String meaning) {
        this.argKind = argKind;
        this.effect = effect;
        this.flow = flow;
        this.meaning = meaning;
    }

    /** The opcode's number, the low byte of its instruction word. */
    public int number() {
        return ordinal();
    }

    public ArgKind argKind() {
        return argKind;
    }

    public StackEffect effect() {
        return effect;
    }

    public Flow flow() {
        return flow;
    }

    /** The opcode's meaning, one line. */
    public String meaning() {
        return meaning;
    }

    /** True if the argument is a jump target. */
    public boolean jumps() {
        return argKind == ArgKind.JUMP;
    }

    /** The opcode numbered {@code number}, or null if there is none. */
    public static Opcode byNumber(int number) {
        return number >= 0 && number < BY_NUMBER.length ? BY_NUMBER[number] : null;
    }
}
