# reference: sh
echo $?
ls nofile
echo $?
ls f
echo $?
cat nofile
echo "status $?"
