if x:
	y = 1
	if y:
		z = 2
	w = 3
class C:
        a = 1
        
        b = (1,
	2)
def f():
  	return 1
