rm -r q d/x
