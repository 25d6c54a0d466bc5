ls -1 d
