mkdir a b a
