x = 1
y = "no newline at end"