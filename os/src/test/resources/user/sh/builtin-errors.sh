export 1X=y BAD-NAME=z GOOD=ok
echo $? $GOOD
exit 1 2
echo $?
exit abc
echo not reached
