echo hi there > /dev/full
