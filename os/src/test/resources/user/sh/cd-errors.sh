cd nofile
echo $?
cd f
echo $?
cd d e
echo $?
pwd
