echo before
echo a | | cat
echo not reached: a script ends at a syntax error
