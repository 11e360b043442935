"""Sharing a room fairly among sizes that do not all fit: trim the largest first.

Airtime asks that overrun the time left and table columns wider than the view
are both shared this way: everything at or under a common cap keeps its size,
and everything above it is trimmed to the cap. Plain Python.
"""

from __future__ import annotations

from collections.abc import Sequence


def common_cap(sizes: Sequence[int], room: int, lowest: int = 0) -> int:
    """The largest whole cap such that ``sizes``, none above it, fit ``room``.

    The largest size when all fit as they are (0 for none); never below ``lowest``.
    """
    if sum(sizes) <= room or not sizes:
        return max(sizes, default=0)
    low, high = lowest, max(sizes)
    while low < high:
        middle = (low + high + 1) // 2
        if sum(min(size, middle) for size in sizes) <= room:
            low = middle
        else:
            high = middle - 1
    return low
