pwd | cat
cd d | cat
pwd
exit 4 | cat
echo $?
