mkdir -p q/f/x
