rm -rf .
