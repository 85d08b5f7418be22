x = f"""
{a}
  {b +
c}
{
 d}"""
y = (1,
     f'''ab
cd {e +
f} {
 g}''')
z = f"""{
    h
}"""
w = f"a{b}" f"""c
{d}"""
v = f'{x!r:>{w}}' f'{y=}'
