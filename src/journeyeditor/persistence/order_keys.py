"""Order keys for the cards of one cell: integers, increasing in the cell's order, spaced apart.

A card moved into a cell takes a key between its neighbours' keys, so an edit writes the rows
it changed and not every card after it. Only when no integer is left between two neighbours
does the whole cell get fresh keys, `gap` apart.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise


def _longest_increasing(keys: list[int | None]) -> set[int]:
    """The places of a longest strictly increasing run (not necessarily contiguous) of the known keys."""
    tails: list[int] = []  # tails[n]: the place whose key ends the best run of length n + 1 so far
    tail_keys: list[int] = []  # and that key
    before: dict[int, int | None] = {}
    for place, key in enumerate(keys):
        if key is None:
            continue
        length = bisect_left(tail_keys, key)
        before[place] = tails[length - 1] if length else None
        if length == len(tails):
            tails.append(place)
            tail_keys.append(key)
        else:
            tails[length] = place
            tail_keys[length] = key
    kept: set[int] = set()
    place = tails[-1] if tails else None
    while place is not None:
        kept.add(place)
        place = before[place]
    return kept


def assign_keys(keys: list[int | None], gap: int) -> list[int]:
    """New keys for a cell whose cards, in order, hold `keys` (None: no key valid in this cell).

    Keeps as many keys as stay in order and gives the others keys between their neighbours';
    renumbers the whole cell (0, gap, 2 * gap, …) when there is no room."""
    known = [key for key in keys if key is not None]
    if all(a < b for a, b in pairwise(known)):  # the usual case: only new cards lack a key
        kept = {place for place, key in enumerate(keys) if key is not None}
    else:
        kept = _longest_increasing(keys)
    result: list[int | None] = [keys[i] if i in kept else None for i in range(len(keys))]
    place = 0
    while place < len(result):
        if result[place] is not None:
            place += 1
            continue
        end = place
        while end < len(result) and result[end] is None:
            end += 1
        count = end - place
        low = result[place - 1] if place else None
        high = result[end] if end < len(result) else None
        if low is None and high is None:
            fresh = [i * gap for i in range(count)]
        elif low is None:
            fresh = [high - gap * (count - i) for i in range(count)]
        elif high is None:
            fresh = [low + gap * (i + 1) for i in range(count)]
        elif high - low > count:
            fresh = [low + (high - low) * (i + 1) // (count + 1) for i in range(count)]
        else:
            return [i * gap for i in range(len(keys))]
        result[place:end] = fresh
        place = end
    return result  # type: ignore[return-value]
