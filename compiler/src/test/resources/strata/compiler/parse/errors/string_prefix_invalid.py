x = ub''
