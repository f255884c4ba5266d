"""Compiling the rules' and the scan's large patterns, with what the regex compiler makes of them kept on
disk (diskcache.kept): the pure-Python parser would cost a sixth of `timeline extract`.
"""
from __future__ import annotations

import re

from ..diskcache import kept


def compile_cached(patterns: list[str], name: str) -> list[re.Pattern]:
    """re.compile() of each pattern, with what the regex compiler makes of them kept on disk.

    The rules and the scan's word list are large alternations: the re module's parser and compiler
    (pure Python) take 0.15 s over them, a sixth of `timeline extract` on 1,400 articles. A compiled
    pattern cannot be pickled, but the compiler's output can (code words, group names): it is kept
    (diskcache.kept) and handed to _sre.compile() as re.compile() would, in a few milliseconds.
    Whatever goes wrong falls back on re.compile()."""
    try:
        import _sre
        from array import array

        if array(_CODE_WORD).itemsize != _sre.CODESIZE:  # pragma: no cover - an unusual build
            raise ValueError("no array type for the code words")
        key = "\0".join([str(_sre.MAGIC), str(_sre.CODESIZE), "code words as bytes", *patterns])
        parts = kept(name, key, lambda: [_sre_parts(pattern) for pattern in patterns],
                     valid=lambda stored: isinstance(stored, list) and len(stored) == len(patterns))
        # the code words are kept as the bytes of an array: read back 2x faster than a list of ints
        return [_sre.compile(pattern, flags, array(_CODE_WORD, code).tolist(), *rest)
                for pattern, (flags, code, *rest) in zip(patterns, parts)]
    except Exception:  # pragma: no cover - another regex compiler, or a stored value _sre refuses
        return [re.compile(pattern) for pattern in patterns]


_CODE_WORD = "I"  # array type code of sre's code words (CODESIZE 4 bytes)


def _sre_parts(pattern: str) -> tuple:
    """What re._compiler.compile() passes to _sre.compile() after the pattern, as plain values
    (private modules of CPython 3.11+: any change there makes compile_cached fall back on re.compile)."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, 0)
    code = _compiler._code(parsed, 0)
    state = parsed.state
    indexgroup = [None] * state.groups
    for group_name, index in state.groupdict.items():
        indexgroup[index] = group_name
    from array import array

    return (int(state.flags), array(_CODE_WORD, code).tobytes(), state.groups - 1, dict(state.groupdict),
            tuple(indexgroup))
