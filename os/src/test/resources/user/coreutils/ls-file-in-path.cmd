ls f/x
