# .file names the source in the symbol table; .ident strings go to .comment; .end stops.
.file "example.c"
.ident "Strata test"
.ident "second line"
.text
    nop
.end
    this line is not assembled
