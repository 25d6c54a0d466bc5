# reference: sh
rm nofile
