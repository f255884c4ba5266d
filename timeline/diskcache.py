"""Values that take long to build and depend only on the code and the lexicon, kept beside the bytecode.

`timeline extract` starts a process per command: the rules' compiled patterns and the scan's
word tables would cost a fifth of a run over 1,400 articles if built every time. kept() stores a
value that marshal can write (numbers, strings, None, tuples, lists, dicts, sets) in
__pycache__/NAME.DIGEST.sre beside the package's bytecode, DIGEST being a hash of everything the
value is made from (the caller's key) and of the Python version. Any problem (another Python, a
folder that cannot be written, a damaged file) only means the value is built again.
"""
from __future__ import annotations

import gc
import hashlib
import importlib.util
import marshal
import os
import sys
from typing import Callable, TypeVar

T = TypeVar("T")


def kept(name: str, key: str, make: Callable[[], T], valid: Callable[[T], bool] = lambda value: True) -> T:
    """make()'s value, read back from disk when a run with the same `key` stored it; `valid` vets what is read."""
    try:
        digest = hashlib.sha256("\0".join([sys.version, key]).encode("utf-8", "surrogatepass")).hexdigest()[:20]
        folder = os.path.dirname(importlib.util.cache_from_source(__file__))
        path = os.path.join(folder, f"{name}.{digest}.sre")
    except Exception:  # pragma: no cover - no cache folder for this interpreter
        return make()
    try:
        with open(path, "rb") as stored:
            data = stored.read()  # (load() from a file reads it a few bytes at a time)
        collecting = gc.isenabled()
        gc.disable()  # plain values hold no cycles: the collector's passes over thousands of new tuples find nothing
        try:
            value = marshal.loads(data)
        finally:
            if collecting:
                gc.enable()
        if valid(value):
            return value
    except Exception:  # none yet, or unusable: build it again
        pass
    value = make()
    try:  # (PYTHONDONTWRITEBYTECODE is about bytecode: these are written all the same)
        os.makedirs(folder, exist_ok=True)
        for old in os.listdir(folder):  # what an older lexicon or older code made
            if old.startswith(name + ".") and old.endswith(".sre"):
                os.remove(os.path.join(folder, old))
        temporary = f"{path}.{os.getpid()}.tmp"
        with open(temporary, "wb") as out:
            out.write(marshal.dumps(value))
        os.replace(temporary, path)
    except (OSError, ValueError):  # a folder that cannot be written, or a value marshal cannot write
        pass
    return value
