rm -f nofile
