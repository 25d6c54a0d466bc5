rm -z
