# reference: sh
ls | cat
ls -a d | cat | cat | cat
cat f | cat - d/x
echo piped | cat > piped
cat piped
ls nofile | cat
echo $?
ls many | cat | cat > sorted
ls many > direct
cat sorted
rm sorted direct piped
