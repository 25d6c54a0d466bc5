rm -r q/f/
