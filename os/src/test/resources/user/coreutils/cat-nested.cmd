cat d/e/y q/f
