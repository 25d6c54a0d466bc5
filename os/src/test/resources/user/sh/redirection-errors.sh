cat < nofile
echo $?
echo x > d
echo $?
echo x > nodir/file
echo $?
echo goes on
