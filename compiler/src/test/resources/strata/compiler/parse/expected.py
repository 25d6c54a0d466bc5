# The expected outputs of the parser's case tests, as CPython 3.11 gives them. For each file
# named in the arguments, prints "==> NAME", then for a .py under cases/ its ast.dump and its
# ast.dump with include_attributes=True (two lines), and for one under errors/ the error's class,
# line, offset, end line, end offset and message, tab-separated; under check/ the same for the
# error compile() raises (the checks after parsing), or "ok". With --write, writes them beside
# each file instead (.dump, .err): how the committed expectations are made. The source is decoded
# first, as python3 FILE reads it: CPython counts error offsets in bytes in an undecoded source,
# in characters otherwise.
import ast
import importlib.util
import os
import sys
import warnings


def expected(path, compiled):
    with open(path, "rb") as f:
        source = f.read()
    try:
        source = importlib.util.decode_source(source)
    except (SyntaxError, UnicodeDecodeError):
        pass
    try:
        tree = compile(source, path, "exec", dont_inherit=True) if compiled else ast.parse(source)
    except SyntaxError as e:
        fields = [type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg]
        return "\t".join(str(field) for field in fields) + "\n"
    if compiled:
        return "ok\n"
    return ast.dump(tree) + "\n" + ast.dump(tree, include_attributes=True) + "\n"


warnings.simplefilter("ignore")
write = sys.argv[1] == "--write"
for path in sys.argv[2:] if write else sys.argv[1:]:
    directory = os.path.basename(os.path.dirname(path))
    text = expected(path, directory == "check")
    if write:
        suffix = ".dump" if directory == "cases" else ".err"
        with open(path[:-3] + suffix, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write("==> " + os.path.basename(path) + "\n" + text)
