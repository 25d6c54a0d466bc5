# The expected token streams of the tokenizer's tests, from CPython's tokenize module: for each
# file named, "==> NAME" then one line per token: type, start line, start column, end line, end
# column and the text (repr). COMMENT and NL tokens are left out (the parser never sees them), and
# a NEWLINE is shown without width, as the C tokenizer gives it. Columns are characters, so the
# files stay ASCII. With --write, writes NAME.tokens beside each file instead.
import sys
import tokenize


def tokens(path):
    lines = []
    with open(path, "rb") as f:
        for token in tokenize.tokenize(f.readline):
            kind = tokenize.tok_name[token.exact_type if token.type == tokenize.OP else token.type]
            if token.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):
                continue
            kind = "OP" if token.type == tokenize.OP else kind
            end = token.start if token.type == tokenize.NEWLINE else token.end
            text = "" if token.type == tokenize.NEWLINE else token.string
            lines.append("%s %d %d %d %d %r" % (kind, token.start[0], token.start[1], end[0], end[1], text))
    return "\n".join(lines) + "\n"


write = sys.argv[1] == "--write"
for path in sys.argv[2:] if write else sys.argv[1:]:
    text = tokens(path)
    if write:
        with open(path[:-3] + ".tokens", "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write("==> " + path.rsplit("/", 1)[-1] + "\n" + text)
