# A class attribute named like a field would replace the field's descriptor.
# expect-compile-error: 6:5: slot conflicts with other member x in Type[class_err_class_attribute_conflicts_slot.C]
import __static__

class C:
    x = 5
    def __init__(self) -> None:
        self.x: int = 1
