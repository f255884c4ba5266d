"""Publishing a rendered site into DIR all or nothing: staging, one atomic swap, the leftovers of killed builds.

Publishing is all or nothing (README "Errors and safe publishing"):

- Options are checked before any article is read; a build that reads no article raises BuildError
  and leaves the previous output as it was, byte for byte.
- Everything is rendered in memory first, then written into a staging folder beside the output
  (`.DIR.staging-XXXX`, in the same parent so a rename can move it) and swapped in with one
  atomic rename: renameat2(RENAME_EXCHANGE) on Linux, so DIR always exists and always holds one
  complete build. Where the exchange is not supported, DIR is renamed aside (`.DIR.old-XXXX`) and
  the staging folder renamed in: for a moment DIR is absent, never mixed, and a build killed in
  between is rolled back by the next one. Other files a user keeps in DIR are carried over as
  hard links.
- When DIR cannot be swapped (it is the current folder or holds it, it is a mount point, or its
  parent is not writable), the files are staged in `DIR/.timeline-staging-XXXX/` and renamed in one
  by one: every file complete, but a reader may briefly see two builds across files.
- A staging folder is locked (flock) while its build runs; the next build deletes the stale ones
  a failed or killed build left, and the `.NAME.*.tmp` files of older versions.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Sequence

from .atomic import in_use
from .render.ics import FEEDS_DIR, UPCOMING_FEED
from .render.pages import PAGE_OUTPUTS


FEED = "calendar.ics"
PAGE = "index.html"
EVENTS_JSON = "events.json"
TIMELINEJS_JSON = "timelinejs.json"
OUTPUTS = (FEED, PAGE, EVENTS_JSON, TIMELINEJS_JSON)
# Names in DIR that builds own (never carried over as a user's file): the feeds a build may or may
# not write this time (upcoming.ics, feeds/CATEGORY.ics, feeds/index.json).
OWNED = (*OUTPUTS, UPCOMING_FEED, FEEDS_DIR, *PAGE_OUTPUTS)
STAGING = ".staging-"  # .DIR.staging-XXXX beside DIR
ASIDE = ".old-"  # .DIR.old-XXXX: the previous build, renamed aside when the exchange is not supported
INSIDE = ".timeline-staging-"  # DIR/.timeline-staging-XXXX: the in-place fallback


class BuildError(Exception):
    """A build that publishes nothing: one line for the user; the previous output is left as it was."""

    def __init__(self, message: str, problems: Sequence[str] = ()):
        super().__init__(message)
        self.problems = list(problems)


def publish(outputs: dict[str, bytes], out_dir: str | Path) -> list[Path]:
    """Write all `outputs` into a staging folder and swap it in for `out_dir` (see the module's notes).

    Raises BuildError when the site cannot be written; `out_dir` is then as it was and no
    temporary file or folder is left.
    """
    out = Path(out_dir)
    if out.is_symlink() and out.is_dir():
        out = out.resolve()  # keep the user's own link; publish into what it points to
    out = out.absolute()
    if out.exists() and not out.is_dir():
        raise BuildError(f"{out_dir} is a file, not a folder")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        clean_stale(out)
        if _swappable(out):
            try:
                _publish_swap(outputs, out)
            except _CannotSwap:
                _publish_in_place(outputs, out)
        else:
            _publish_in_place(outputs, out)
    except OSError as error:
        raise BuildError(f"cannot write {out_dir}: {error.strerror or error}; it is left as it was") from None
    return [out / name for name in outputs]


class _CannotSwap(Exception):
    pass


def _swappable(out: Path) -> bool:
    if not out.exists():
        return True
    cwd = Path.cwd().resolve()
    real = out.resolve()
    if real == cwd or real in cwd.parents or os.path.ismount(out):
        return False
    return os.access(out.parent, os.W_OK)


def _publish_swap(outputs: dict[str, bytes], out: Path) -> None:
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}{STAGING}", dir=out.parent))
    except PermissionError as error:
        raise _CannotSwap from error
    lock = _lock(staging)
    try:
        for name, data in outputs.items():
            _write_file(staging / name, data)
        existed = out.is_dir()
        if existed:
            _carry_over(out, staging, set(OWNED) | {name.split("/", 1)[0] for name in outputs})
            os.chmod(staging, out.stat().st_mode & 0o7777)
        else:
            os.chmod(staging, 0o755 & ~_umask())
        _fsync_dir(staging)
        if not existed:
            os.rename(staging, out)
        elif not _exchange(staging, out):
            aside = Path(tempfile.mkdtemp(prefix=f".{out.name}{ASIDE}", dir=out.parent))
            os.rename(out, aside)  # replaces the empty folder mkdtemp made
            try:
                os.rename(staging, out)
            except BaseException:
                os.rename(aside, out)
                raise
            shutil.rmtree(aside, ignore_errors=True)
        _fsync_dir(out.parent)
    except OSError as error:
        if error.errno in (errno.EXDEV, errno.EBUSY) and out.is_dir():
            raise _CannotSwap from error
        raise
    finally:
        os.close(lock)
        shutil.rmtree(staging, ignore_errors=True)  # after a swap it holds the previous build


def _publish_in_place(outputs: dict[str, bytes], out: Path) -> None:
    """Fallback: stage every file inside DIR, then rename them in one by one."""
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=INSIDE, dir=out))
    lock = _lock(staging)
    try:
        for name, data in outputs.items():
            _write_file(staging / name, data)
        for name in outputs:
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / name, out / name)
        _drop_old_feeds(out, outputs)
        _fsync_dir(out)
    finally:
        os.close(lock)
        shutil.rmtree(staging, ignore_errors=True)


def _drop_old_feeds(out: Path, outputs: dict[str, bytes]) -> None:
    """In place, the feeds of a category no longer built go (a swap leaves them in the old build)."""
    folder = out / FEEDS_DIR
    if folder.is_dir() and not folder.is_symlink():
        for entry in folder.iterdir():
            if entry.suffix in (".ics", ".json") and entry.is_file() and f"{FEEDS_DIR}/{entry.name}" not in outputs:
                entry.unlink(missing_ok=True)


def _write_file(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.chmod(path, 0o644)  # a published site must be readable by the web server


def _carry_over(source: Path, target: Path, ours: set[str]) -> None:
    """Files a user keeps in DIR (not ours, not our leftovers) go into the new build as hard links."""
    for entry in os.scandir(source):
        if entry.name in ours or _is_leftover(entry.name):
            continue
        destination = target / entry.name
        if entry.is_symlink():
            os.symlink(os.readlink(entry.path), destination)
        elif entry.is_dir():
            shutil.copytree(entry.path, destination, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(entry.path, destination)


def _link_or_copy(source: str, destination) -> None:
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)


def _is_leftover(name: str) -> bool:
    return name.startswith(INSIDE) or (name.endswith(".tmp") and any(name.startswith(f".{o}.") for o in OUTPUTS))


_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2); False where that is not supported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _lock(folder: Path) -> int:
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


def clean_stale(out: Path) -> None:
    """Remove what failed or killed builds left: staging folders, and restore a build renamed aside."""
    parent = out.parent
    if not parent.is_dir():
        return
    asides = []
    for entry in parent.iterdir():
        name = entry.name
        if name.startswith(f".{out.name}{STAGING}") and entry.is_dir() and not in_use(entry):
            shutil.rmtree(entry, ignore_errors=True)
        elif name.startswith(f".{out.name}{ASIDE}") and entry.is_dir():
            asides.append(entry)
    for aside in asides:
        if not out.exists() and any(aside.iterdir()):
            os.rename(aside, out)  # a build was killed between its two renames: the previous one comes back
        else:
            shutil.rmtree(aside, ignore_errors=True)
    if out.is_dir():
        for entry in out.iterdir():
            if _is_leftover(entry.name) and not (entry.is_dir() and in_use(entry)):
                if entry.is_dir():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
