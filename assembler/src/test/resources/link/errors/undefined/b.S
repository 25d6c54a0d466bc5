    .text
    call missing
