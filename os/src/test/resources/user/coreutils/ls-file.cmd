ls f
