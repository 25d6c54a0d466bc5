# For each .py file named on standard input (one per line), print one line: the path, then
# "ok" and the SHA-256 of ast.dump(ast.parse(source), include_attributes=True) (the dump with
# positions holds the plain one, and dumping is most of the time), or "error", the exception
# class, the line and the offset of the SyntaxError CPython raises. Two worker processes share
# the files. Used by StdlibCorpusTest.
import ast
import hashlib
import multiprocessing
import sys
import warnings


def sha256(text):
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def result(path):
    warnings.simplefilter("ignore")
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        return "\t".join([path, "error", type(e).__name__, str(e.lineno), str(e.offset)])
    except (ValueError, UnicodeDecodeError) as e:
        return "\t".join([path, "error", type(e).__name__, "0", "0"])
    return "\t".join([path, "ok", sha256(ast.dump(tree, include_attributes=True))])


if __name__ == "__main__":
    paths = sys.stdin.read().splitlines()
    with multiprocessing.Pool(2) as pool:
        for line in pool.imap(result, paths, chunksize=16):
            print(line)
