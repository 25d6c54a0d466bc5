ls -a1 many
