import os
import os.path
import a.b.c as d, e
from os import path
from os import path as p, sep
from os import (path,
    sep as s,)
from . import x
from .. import y
from .mod import z
from ...pkg.sub import *
from .... import w
from . . import v
from __future__ import annotations
