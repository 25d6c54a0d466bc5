rm q/f
