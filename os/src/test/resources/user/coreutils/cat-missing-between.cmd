cat f nofile f
