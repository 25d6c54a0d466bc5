ls many
