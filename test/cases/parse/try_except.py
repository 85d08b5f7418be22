try:
    pass
except:
    pass
try:
    x()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as e:
    raise RuntimeError("x") from e
else:
    y = 1
finally:
    z = 2
try:
    pass
finally:
    pass
try: a()
except E: b()
