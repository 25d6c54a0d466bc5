rm -rf d many
