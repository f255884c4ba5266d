"""Files replaced whole: a reader sees the old file or the new one, never half of one.

Kept apart from the publishing layer so that `timeline extract -o` (and `timeline init`) can write one
file without importing jinja2, icalendar and the events.
"""
from __future__ import annotations

import fcntl
import glob
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file in the same folder, then rename it over `path`.

    The existing file is untouched until the new one is complete; the temporary file is locked while
    it is written and removed on failure; one left by a killed run is removed by the next call.
    """
    path = Path(path)
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        if not in_use(stale, flags=0):
            stale.unlink(missing_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes 0600; a published site must be readable by the web server
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def in_use(path: Path, flags: int = os.O_DIRECTORY) -> bool:
    """Is a run holding the lock on this staging folder (or, with flags=0, this temporary file)?"""
    try:
        handle = os.open(path, os.O_RDONLY | flags)
    except OSError:
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(handle)


__all__ = ["in_use", "write_atomic"]
