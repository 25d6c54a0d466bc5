nosuch arguments
echo $?
./f
echo $?
/nonexistent/program
echo $?
echo goes on
