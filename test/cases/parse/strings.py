'single'
"double"
'it\'s'
"it's"
'say "hi"'
'both \' and "'
r'raw \n'
R"raw \d"
b'bytes'
B"bytes"
rb'raw bytes \n'
Br'raw bytes'
bR"x"
u'unicode'
U'upper u'
'a' 'b'
'a' "b" 'c'
u'a' 'b'
'a' u'b'
b'a' b'b'
'\n\t\r\\\a\b\f\v'
'\x41\x7f\x80\xff'
'\101\0\12\777'
'\u00e9\u2028\U0001F600'
'\q\d\ '
b'\x00\xff\n\\\''
b'\777\7'
'é à 日本語 😀'
''
""
b''
'tab\there'
"\x00\x01\x1f\x7f"
'\u200b\u00ad\u3000\u00a0'
("implicit"
 "joining")
x = ('a'  # comment
     'b')
