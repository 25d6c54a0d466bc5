mkdir -p q/f
