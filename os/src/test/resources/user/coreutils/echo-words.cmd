echo hello   world
