"""Strings: f-strings with conversions and format specs, implicit concatenation, bytes, escapes."""
name, width = "world", 10
greeting = f"hello {name!r:>{width}} and {width:#x} {name=}"
plain = f"{name}"
empty = f""
joined = "implicit " "concatenation"
data = b"\x00bytes\xff"
text = "tab\there 'quote' \u00e9 \U0001F600"
