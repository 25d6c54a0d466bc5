cat - f -
