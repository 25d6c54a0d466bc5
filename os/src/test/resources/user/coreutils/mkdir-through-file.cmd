mkdir q/f/x
