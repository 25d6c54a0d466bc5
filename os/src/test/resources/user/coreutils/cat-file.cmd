cat f
