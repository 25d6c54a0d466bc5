mkdir -p -- x
