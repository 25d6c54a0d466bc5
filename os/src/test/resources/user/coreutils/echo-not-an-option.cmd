echo -x -n
