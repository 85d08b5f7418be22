# for over a str yields one-character strings; over a list that grows while looping sees
# the new items.
for ch in "héy":
    print(ch, ord(ch))
xs = [1, 2]
for x in xs:
    if x < 4:
        xs.append(x + 2)
print(xs)
for i in range(3):
    i = i * 10
    print(i)
