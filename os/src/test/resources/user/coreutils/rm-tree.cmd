rm -r d
