# reference: sh
ls nofile
exit
