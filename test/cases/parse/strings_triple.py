"""docstring"""
'''single triple'''
x = """
multi
line
"""
y = '''it's "quoted"'''
z = """a\
b"""
w = r"""raw \n
text"""
b"""bytes
triple"""
s = 'continued \
string'
e = """"""
q = """ends with quote\""""
