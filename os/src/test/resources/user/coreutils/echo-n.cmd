echo -n no newline
