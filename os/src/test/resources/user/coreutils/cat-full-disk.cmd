cat f > /dev/full
