# leading comment

x = 1 + \
    2
y = (1 +
     2)  # trailing comment
z = [
    1,
    # comment inside brackets
    2,
]
if x and \
   y:
    pass
def f(a,
      b):

    # comment at odd indent
        # another
    return a


    # blank lines above
w = {
  'a': 1,
     'b': 2,
}
s = 1;t = 2 ;  u = 3
