> created
ls
