rm q nofile
