d = {"a": 1, "b": [2, 3], 4: (5, 6)}
print(d, len(d), d["b"][1])
d["c"] = 7
del d["a"]
print(sorted(d.keys(), key=str), {})
