rm d
