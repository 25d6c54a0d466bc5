ls -- -a
