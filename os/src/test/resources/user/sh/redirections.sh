# reference: sh
echo first > out
echo second >> out
cat < out
cat out nofile > out2
cat out2
ls>listing
cat<listing
echo appended>>out2
cat out2 < f
rm out out2 listing
