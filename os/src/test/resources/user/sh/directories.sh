# reference: sh
pwd
mkdir -p new/deeper
cd new
pwd
cd deeper
ls ..
cd
pwd
cd /
pwd
