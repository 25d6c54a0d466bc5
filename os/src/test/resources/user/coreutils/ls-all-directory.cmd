ls -a d
