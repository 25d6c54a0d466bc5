mkdir nope/x q
