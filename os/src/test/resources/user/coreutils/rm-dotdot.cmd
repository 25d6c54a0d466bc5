rm -R q/..
