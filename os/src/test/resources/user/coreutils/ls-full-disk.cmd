ls -a d > /dev/full
