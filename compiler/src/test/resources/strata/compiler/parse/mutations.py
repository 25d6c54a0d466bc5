# Makes erroneous programs for MutationTest: COUNT windows of 60 lines from the standard library
# (chosen with a fixed seed), each with one random edit on one line (a character deleted,
# doubled, swapped with the next, or a punctuation character inserted) that CPython rejects.
# Writes each as DIRECTORY/mNNN.py and prints, tab-separated, the file name and CPython's error:
# class, line, offset, end line, end offset, message.
import ast
import glob
import os
import random
import sys
import warnings

warnings.simplefilter("ignore")
directory, count = sys.argv[1], int(sys.argv[2])
random.seed(7)
files = sorted(glob.glob("/usr/lib/python3.11/*.py"))
made = 0
while made < count:
    with open(random.choice(files), encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    i = random.randrange(len(lines))
    line = lines[i]
    if not line.strip():
        continue
    j = random.randrange(len(line))
    edit = random.choice(["delete", "double", "swap", "insert"])
    if edit == "delete":
        line = line[:j] + line[j + 1:]
    elif edit == "double":
        line = line[:j] + line[j] + line[j:]
    elif edit == "swap" and j + 1 < len(line):
        line = line[:j] + line[j + 1] + line[j] + line[j + 2:]
    else:
        line = line[:j] + random.choice("()[]{}:,=.'\" \tx1+*@") + line[j:]
    lines[i] = line
    text = "\n".join(lines[max(0, i - 30):i + 30])
    try:
        ast.parse(text)
        continue
    except SyntaxError as e:
        error = [type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg]
    except ValueError:
        continue
    name = "m%03d.py" % made
    with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
        f.write(text)
    print("\t".join(str(field) for field in [name] + error))
    made += 1
