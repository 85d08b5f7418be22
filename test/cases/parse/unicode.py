café = 1
naïve = café + 1
日本 = "語"
x = "é" + 日本  # positions are UTF-8 byte columns
ﬁle = 2
print(ﬁle, 𝔘𝔫𝔦 := 3)
def 函数(参数: int) -> str: return f"{参数}é"
s = "😀" + x
