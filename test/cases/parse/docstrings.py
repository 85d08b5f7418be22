"""Module docstring."""

class C:
    """Class docstring
    spanning lines."""

    def m(self):
        r'''Raw docstring \d'''
        return 1
