# For each .py file named on standard input (one per line), print one line: the path, then
# "ok" and the SHA-256 of ast.dump(ast.parse(source)), or "error", the exception class, the line
# and the offset of the SyntaxError CPython raises. Used by StdlibCorpusTest.
import ast
import hashlib
import sys
import warnings

warnings.simplefilter("ignore")
for path in sys.stdin.read().splitlines():
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        print(path, "error", type(e).__name__, e.lineno, e.offset, sep="\t")
    except (ValueError, UnicodeDecodeError) as e:
        print(path, "error", type(e).__name__, 0, 0, sep="\t")
    else:
        digest = hashlib.sha256(ast.dump(tree).encode("utf-8", "surrogatepass")).hexdigest()
        print(path, "ok", digest, sep="\t")
