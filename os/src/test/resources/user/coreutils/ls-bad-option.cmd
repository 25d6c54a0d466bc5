ls -z
