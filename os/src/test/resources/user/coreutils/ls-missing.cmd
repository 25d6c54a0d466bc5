ls nofile
