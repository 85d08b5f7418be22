a = 1; b = 2
c = 3;
if x: a = 1; b = 2;
def f(): x = 1;
for i in y: pass; continue;
