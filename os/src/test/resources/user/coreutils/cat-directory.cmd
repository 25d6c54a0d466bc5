cat d
