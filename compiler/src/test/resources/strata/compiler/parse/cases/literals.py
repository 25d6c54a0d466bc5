0; 123; 0x1F; 0o17; 0b1010; 1_000_000; 0x_ff; 123456789012345678901234567890
1.5; .5; 5.; 1e10; 1E-5; 1_0.0_1e1_0; 1e400; 0.1 + 0.2
1j; 2.5J; 1e3j; 0j
"str"; 'str'; """triple"""; '''triple'''
"a" 'b' """c"""
b"bytes"; B'x'; rb"\d"; Br'\n'; br"raw"
r"\n\t"; R'\x00'
u"unicode"; U"x"
"\n\t\r\a\b\f\v\\\'\"\x41\101\u00e9\U0001F600\N{BULLET}"
b"\x00\xff\n\\"
"\d\q"
"line\
continued"
"é ü 中文 😀"
None; True; False; ...
[]; [1, 2,]; (); (1,); (1, 2); {}; {1: 2, **d, 3: 4}; {1, 2, *s}
