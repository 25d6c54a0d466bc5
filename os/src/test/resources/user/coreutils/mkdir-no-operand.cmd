mkdir
