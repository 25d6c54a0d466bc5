# reference: sh
echo a; echo b
ls nosuch && echo not printed; echo status $?
echo x && echo y && echo z
ls nosuch && echo no && echo no2; echo after $?
mkdir d2; cd d2; pwd; cd ..
echo "a;b" a\;b 'c&&d' "&&"
echo l;echo m&&echo n
echo $? > s; cat s && ls nosuch; echo $?
cd d && pwd; cd /; pwd
echo end;
