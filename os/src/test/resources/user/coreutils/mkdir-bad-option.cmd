mkdir -z
