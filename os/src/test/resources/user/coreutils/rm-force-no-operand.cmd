rm -f
