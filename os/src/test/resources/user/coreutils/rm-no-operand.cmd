rm
