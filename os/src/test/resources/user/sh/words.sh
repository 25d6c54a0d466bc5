# reference: sh
echo hello   world
echo 'single  $HOME quoted' "double $HOME quoted" un\ quoted
echo "a\"b" 'c"d' "g\$h" 'back\slash'
echo $HOME/x ${HOME}y "$NOTSET" $NOTSET end
echo # a comment, not an argument
echo a#b
