# reference: sh
export GREETING=hello
echo $GREETING "${GREETING}, world"
export GREETING=again OTHER=two
echo $GREETING $OTHER
export PATH=/nonexistent:$PATH
echo still found
export HOME=/tmp
echo $HOME
