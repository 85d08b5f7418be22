"""Per-module compiler switches, imported as ``from __static__.compiler_flags import
checked_dicts``. The compiler reads the import; at run time the names are just True.

checked_dicts   dict displays and dict(...) in the module make CheckedDict
checked_lists   list displays make CheckedList
shadow_frame    the JIT's frame handling (no effect in cinderc)
noframe         old spelling of shadow_frame
"""

checked_dicts = True
checked_lists = True
shadow_frame = True
noframe = True
