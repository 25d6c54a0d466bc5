rm -- -f
