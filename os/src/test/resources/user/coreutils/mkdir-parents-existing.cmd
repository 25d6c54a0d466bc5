mkdir -p d/e
