# __lt__ makes instances sortable by Python's sorted and min.
import __static__


class K:
    def __init__(self, k: int) -> None:
        self.k: int = k

    def __lt__(self, o: "K") -> bool:
        return self.k < o.k


ks = sorted([K(3), K(1), K(2)])
print([k.k for k in ks], min([K(9), K(4)]).k)
