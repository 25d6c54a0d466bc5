rm -r nofile
