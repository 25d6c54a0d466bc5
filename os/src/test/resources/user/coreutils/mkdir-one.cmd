mkdir a
