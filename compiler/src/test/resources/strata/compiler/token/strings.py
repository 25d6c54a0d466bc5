'a' "b" '''c''' """d"""
r'\n' R"x" b'y' B"z" br'a' Rb"b" rB'c' u'd' U"e" f'{x}' F"y" fr'{z}' Rf"w" rF'v'
'it\'s' "say \"hi\"" '''multi
line''' """with ' and " inside"""
'continued \
line'
f"{x:{y}.{z}} {a!r}"
