"""Connector routes: orthogonal polylines that keep clear of every card and emotion face.

A route leaves its source box perpendicular to a side, runs a straight stub (STUB) so the
arrow head stays visible even between neighbouring cards, travels along the map's gutters and
enters the target box the same way. The search is A* over a sparse grid of candidate lines:
the gutter centres (stage boundaries and lane boundaries, a gutter away from any card, so a
run along them needs no look) plus the lines through the two boxes' stub ends; a move costs
its length, a bend BEND more, a port off a side's middle OFF_CENTRE more. The estimate counts
the distance and the bends still needed, so the search stays near the answer.

Where it looks: the search reads cards through `CellGrid`, a spatial index by cell (stage x
lane; each card group's boxes sorted by height, with their hull). It first tries the
rectangle of cells spanned by the two boxes, turning only at the stage boundaries next to
either box; then that rectangle with every boundary; then widened by one cell; then the
whole grid; then with a smaller clearance through the gaps between stacked cards. Cards
outside a rectangle cannot come near its lines (every card keeps a gutter from its cell's
edges).

What a route depends on (the layout's cache key, `Routed`): the two boxes, the heights (and
spanning) of the lanes it was routed across, and the contents of exactly the cells its search
looked at. It is computed with y measured from its top lane, so lanes above it that grow or
shrink only move it. `CellGrid.changed_for` says whether any of that changed since the
previous layout; `Routed.holds` whether it is all as when the route was made (undo, redo).

Then `spread_ends` moves routes that share a point of a box apart along the side, and
`label_place` puts each label on a straight run. Pure geometry, no Qt: the canvas and the
PDF draw the same `rounded` outline and `arrow_points`.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from heapq import heappop, heappush
from itertools import pairwise

CLEARANCE = 8.0  # between a route and any box it passes
STUB = 12.0  # the straight run out of and into a box
BEND = 40.0  # a bend costs as much as this much length
OFF_CENTRE = 6.0  # a port away from the side's middle costs this much
FACE_RADIUS = 12.0  # an emotion face, with its outline
ARROW = 8.0  # arrow head length
RADIUS = 6.0  # corner rounding
LABEL_SIZE = 11.0  # label text size
LABEL_PAD = 7.0  # label text to pill edge, left and right
LABEL_HEIGHT = 18.0
SPREAD = 8.0  # routes sharing a point of a box's side are moved this far apart
SPREAD_CLEARANCE = 6.0  # ... as long as they keep this far from other boxes
UPRIGHT = 60.0  # a label prefers a level run of its route to an upright one this much nearer the middle

RIGHT, DOWN, LEFT, UP = 0, 1, 2, 3
_STEP = ((1, 0), (0, 1), (-1, 0), (0, -1))
_MOVES = tuple(tuple((nd, *_STEP[nd]) for nd in range(4) if nd != (d + 2) % 4) for d in range(4))  # no U-turns

Box = tuple  # (x, y, right, bottom)


# ----------------------------------------------------------------------------- the grid
class CellGrid:
    """A map's cells as a spatial index for routing, and what changed since the previous grid
    of the same map (cells whose card group was placed anew, lanes whose height changed,
    faces that moved)."""

    def __init__(self, result, previous: CellGrid | None = None, gutter: float = 12.0) -> None:
        stages = result.columns  # the grid's columns are steps
        # every card keeps `gutter` from its cell's edges, and faces keep more: a route along a
        # lane boundary, or along a stage boundary through lanes without spanning cards, is
        # clear without looking (when the clearance is below the gutter)
        self.gutter = gutter
        self.stage_ids = [stage.id for stage in stages]
        self.xs = [stage.column.x for stage in stages] + ([stages[-1].column.right] if stages else [])
        self.lane_ids = [lane.id for lane in result.lanes]
        self.lane_index = {lane_id: i for i, lane_id in enumerate(self.lane_ids)}
        self.tops = [lane.row.y for lane in result.lanes]
        self.heights = [lane.row.h for lane in result.lanes]
        self.placements = [result.placements.get(lane_id) for lane_id in self.lane_ids]
        self.signature = (tuple(self.lane_ids), tuple(self.stage_ids), tuple(self.xs))
        stage_index = {stage_id: k for k, stage_id in enumerate(self.stage_ids)}
        faces: dict[tuple[int, int], list[Box]] = {}
        for curve in result.curves:
            li = self.lane_index.get(curve.lane_id)
            if li is None:
                continue
            top = self.tops[li]
            for stage_id, x, y, _score in curve.points:
                k = stage_index.get(stage_id)
                if k is not None:
                    r, cy = FACE_RADIUS, round(y - top, 6)
                    faces.setdefault((li, k), []).append((x - r, cy - r, x + r, cy + r))
        self.faces = faces
        self.spans = [p is not None and None in p.groups for p in self.placements]  # lanes placed as a whole
        # cell buckets, kept with the card group they were built from (shared with the next grid)
        self._buckets: dict[tuple[int, int], tuple] = previous._buckets if previous is not None else {}
        self.everything_changed = previous is None or previous.signature != self.signature
        self.changed_lanes: list[int] = []  # lanes whose height, or whether they span, changed
        self.changed_cells: set[int] = set()  # cells (lane index * stages + stage index) placed anew
        if not self.everything_changed:
            self._compare(previous)

    def _compare(self, previous: CellGrid) -> None:
        n = len(self.stage_ids)
        cells = self.changed_cells
        for li, placement in enumerate(self.placements):
            old = previous.placements[li]
            if self.heights[li] != previous.heights[li] or self.spans[li] != previous.spans[li]:
                self.changed_lanes.append(li)
            if placement is old:
                continue
            if placement is None or old is None or self.spans[li] or previous.spans[li]:
                if placement is None or old is None or placement.groups.get(None) is not old.groups.get(None):
                    cells.update(range(li * n, li * n + n))
                continue
            groups, old_groups = placement.groups, old.groups
            for k, stage_id in enumerate(self.stage_ids):
                if groups.get(stage_id) is not old_groups.get(stage_id):
                    cells.add(li * n + k)
        for key in self.faces.keys() | previous.faces.keys():
            if self.faces.get(key) != previous.faces.get(key):
                cells.add(key[0] * n + key[1])

    def changed_for(self, lanes: tuple[int, int], touched: frozenset[int]) -> bool:
        """Whether anything a route depends on changed since the previous grid: the heights
        (and spanning) of the lanes it was routed across, and the cells its search looked at."""
        if self.everything_changed:
            return True
        l0, l1 = lanes
        for li in self.changed_lanes:
            if l0 <= li <= l1:
                return True
        return bool(self.changed_cells) and not touched.isdisjoint(self.changed_cells)

    def cells_of(self, box) -> tuple[int, int, int] | None:
        """(lane index, first stage, last stage) of a card box."""
        li = self.lane_index.get(box.lane_id)
        if li is None or len(self.xs) < 2:
            return None
        local = box.local
        xs = self.xs
        first = max(0, min(len(xs) - 2, bisect_right(xs, local.x) - 1))
        last = max(first, min(len(xs) - 2, bisect_left(xs, local.right) - 1))
        return li, first, last

    def bucket(self, li: int, k: int):
        """The boxes of cell (lane li, stage k), lane-local: (hull, bottoms, boxes) or None."""
        placement = self.placements[li]
        if placement is None:
            return None
        groups = placement.groups
        group = groups.get(self.stage_ids[k])
        if group is None:
            group = groups.get(None)
            if group is None:
                return None
        kept = self._buckets.get((li, k))
        if kept is not None and kept[0] is group:
            return kept[1]
        if None in groups:  # a lane placed as a whole: the boxes reaching into this column
            x0, x1 = self.xs[k], self.xs[k + 1]
            boxes = [b.local for b in group.boxes.values() if b.local.x < x1 and b.local.right > x0]
            ids = [b.id for b in group.boxes.values() if b.local.x < x1 and b.local.right > x0]
        else:
            boxes = [b.local for b in group.boxes.values()]
            ids = list(group.boxes)
        rows = sorted((r.y, r.x, r.right, r.bottom, card_id) for r, card_id in zip(boxes, ids))
        bucket = None
        if rows:
            hull = (min(r[1] for r in rows), rows[0][0], max(r[2] for r in rows), max(r[3] for r in rows))
            bucket = (hull, [r[3] for r in rows], rows)
        self._buckets[(li, k)] = (group, bucket)
        return bucket

    def frame(self, l0: int, l1: int, s0: int, s1: int, clearance: float = CLEARANCE) -> Frame:
        return Frame(self, l0, l1, s0, s1, clearance)


class Frame:
    """A rectangle of cells to route in, with y measured from its top lane's top."""

    def __init__(self, grid: CellGrid, l0: int, l1: int, s0: int, s1: int, clearance: float) -> None:
        self.grid, self.l0, self.l1, self.s0, self.s1, self.c = grid, l0, l1, s0, s1, clearance
        offsets = [0.0]
        for li in range(l0, l1 + 1):
            offsets.append(offsets[-1] + grid.heights[li])
        self.offsets = offsets  # lane boundaries, from the frame's top
        self.xs = grid.xs[s0:s1 + 2]  # stage boundaries
        self.bounds = (self.xs[0], 0.0, self.xs[-1], offsets[-1])
        clear = clearance < grid.gutter
        self.free_y = set(offsets) if clear else set()  # lines along which nothing can be in the way
        spans = any(grid.spans[l0:l1 + 1])
        self.free_x = set(self.xs) if clear and not spans else set()
        self._cells: dict[tuple[int, int], tuple | None] = {}
        self.touched: set[int] = set()  # the cells looked at (lane index * stages + stage index)

    def rect(self, box) -> Box:
        """A card box in frame coordinates."""
        local = box.local
        y = self.offsets[self.grid.lane_index[box.lane_id] - self.l0] + local.y
        return (local.x, y, local.right, y + local.h)

    def blocked(self, x0: float, y0: float, x1: float, y1: float, skip: str = "") -> bool:
        """Whether the segment (or point) comes closer than the clearance to a box or face."""
        c = self.c
        offsets, xs = self.offsets, self.xs
        j0 = max(0, bisect_right(offsets, y0 - c) - 1)
        j1 = min(len(offsets) - 2, bisect_left(offsets, y1 + c))
        k0 = max(0, bisect_right(xs, x0 - c) - 1)
        k1 = min(len(xs) - 2, bisect_left(xs, x1 + c))
        grid, l0, s0 = self.grid, self.l0, self.s0
        faces, cells, touched, n = grid.faces, self._cells, self.touched, len(grid.stage_ids)
        for j in range(j0, j1 + 1):
            li = l0 + j
            ly0, ly1 = y0 - offsets[j], y1 - offsets[j]
            for k in range(k0 + s0, k1 + s0 + 1):
                touched.add(li * n + k)
                bucket = cells.get((li, k), False)
                if bucket is False:
                    bucket = cells[(li, k)] = grid.bucket(li, k)
                if bucket is not None:
                    hull, bottoms, rows = bucket
                    if hull[0] - c < x1 and x0 < hull[2] + c and hull[1] - c < ly1 and ly0 < hull[3] + c:
                        for i in range(bisect_right(bottoms, ly0 - c), len(rows)):
                            top, left, right, _bottom, card_id = rows[i]
                            if top - c >= ly1:
                                break
                            if left - c < x1 and x0 < right + c and card_id != skip:
                                return True
                if faces:
                    for fx0, fy0, fx1, fy1 in faces.get((li, k), ()):
                        if fx0 - c < x1 and x0 < fx1 + c and fy0 - c < ly1 and ly0 < fy1 + c:
                            return True
        return False

    def extra_lines(self) -> tuple[list[float], list[float]]:
        """Lines just outside every box of the frame: ways through narrow gaps (a last resort)."""
        gap = self.c + 2
        xs: list[float] = []
        ys: list[float] = []
        n = len(self.grid.stage_ids)
        for j in range(self.l1 - self.l0 + 1):
            for k in range(self.s0, self.s1 + 1):
                self.touched.add((self.l0 + j) * n + k)
                bucket = self.grid.bucket(self.l0 + j, k)
                if bucket is None:
                    continue
                for top, left, right, bottom, _ in bucket[2]:
                    xs += (left - gap, right + gap)
                    ys += (self.offsets[j] + top - gap, self.offsets[j] + bottom + gap)
        return xs, ys


# ----------------------------------------------------------------------------- search
def _ports(box: Box, other: Box, bounds: Box, every_side: bool = True) -> list[tuple[float, tuple, tuple, int]]:
    """Where a route may leave (or enter) a box: (cost, point on the side, stub end, outward
    direction). The middle of each side, the middle of the span it shares with the other box,
    and the quarter of the side nearer the other box. Without `every_side`, not the side that
    turns its back on the other box (a route from there would have to come all the way round)."""
    x, y, r, b = box
    ox, oy, orr, ob = other
    w, h = r - x, b - y
    bx0, by0, bx1, by1 = bounds
    ports = []
    spots_y = [(0.0, y + h / 2)]
    lo, hi = max(y, oy) + 10, min(b, ob) - 10
    if hi >= lo and (lo + hi) / 2 != y + h / 2:
        spots_y.append((0.0, (lo + hi) / 2))
    if h >= 44:  # a quarter towards the other box: room beside a route at the middle, a way past faces
        spots_y.append((OFF_CENTRE, y + h / 4 if oy + ob < y + b else y + 3 * h / 4))
    spots_x = [(0.0, x + w / 2)]
    lo, hi = max(x, ox) + 10, min(r, orr) - 10
    if hi >= lo and (lo + hi) / 2 != x + w / 2:
        spots_x.append((0.0, (lo + hi) / 2))
    if w >= 44:
        spots_x.append((OFF_CENTRE, x + w / 4 if ox + orr < x + r else x + 3 * w / 4))
    right = r + STUB <= bx1 and (every_side or orr > x)
    left = x - STUB >= bx0 and (every_side or ox < r)
    down = b + STUB <= by1 and (every_side or ob > y)
    up = y - STUB >= by0 and (every_side or oy < b)
    for cost, py in spots_y:
        if right:
            ports.append((cost, (r, py), (r + STUB, py), RIGHT))
        if left:
            ports.append((cost, (x, py), (x - STUB, py), LEFT))
    for cost, px in spots_x:
        if down:
            ports.append((cost, (px, b), (px, b + STUB), DOWN))
        if up:
            ports.append((cost, (px, y), (px, y - STUB), UP))
    return ports


def find_route(frame: Frame, a: Box, b: Box, a_id: str, b_id: str, sparse: bool = False,
               extra: tuple[list[float], list[float]] | None = None) -> list[tuple[float, float]] | None:
    """The cheapest orthogonal route from box a to box b inside the frame, or None. `sparse`
    turns only at the stage boundaries next to either box (far apart boxes: a run along a
    lane boundary between them needs no other, and the search stays small). A port's stub is
    checked only when the search reaches it."""
    blocked = frame.blocked
    bx0, by0, bx1, by1 = frame.bounds
    sources = _ports(a, b, frame.bounds, not sparse)
    targets = _ports(b, a, frame.bounds, not sparse)
    if not sources or not targets:
        return None
    xset = set(frame.xs)
    if sparse:
        xs = frame.xs
        xset = set()
        for box in (a, b):
            first, last = bisect_right(xs, box[0]) - 1, bisect_left(xs, box[2])
            xset.update(xs[max(0, first - 1):last + 2])
    yset = set(frame.offsets)
    for port in sources + targets:  # the stub ends (a line along a box's own edge is never clear)
        xset.add(port[2][0])
        yset.add(port[2][1])
    if extra is not None:
        xset.update(x for x in extra[0] if bx0 <= x <= bx1)
        yset.update(y for y in extra[1] if by0 <= y <= by1)
    xl, yl = sorted(xset), sorted(yset)
    free_x, free_y = frame.free_x, frame.free_y
    nx, ny = len(xl), len(yl)
    xi = {x: i for i, x in enumerate(xl)}
    yi = {y: j for j, y in enumerate(yl)}
    # the goal: any target stub end, entered moving towards the box
    goal: dict[int, list[tuple[int, float, int]]] = {}
    for n, (cost, _attach, end, outward) in enumerate(targets):
        goal.setdefault(xi[end[0]] * ny + yi[end[1]], []).append(((outward + 2) % 4, cost + STUB, n))
    tx0, ty0, tx1, ty1 = b[0] - STUB, b[1] - STUB, b[2] + STUB, b[3] + STUB
    b_x, b_y, b_r, b_b = b

    def estimate(px: float, py: float, d: int) -> float:
        """A lower bound of the rest: the distance to the target's stubs, plus the bends still
        needed to enter the box moving into it (in an empty plane): none if it lies straight
        ahead, one if it lies ahead to a side, two or three to turn round."""
        rest = (tx0 - px if px < tx0 else px - tx1 if px > tx1 else 0.0) + \
               (ty0 - py if py < ty0 else py - ty1 if py > ty1 else 0.0) + STUB
        if d == RIGHT or d == LEFT:
            level = b_y < py < b_b
            before, reach = (px < b_x, b_r > px) if d == RIGHT else (px > b_r, b_x < px)
            aside = py < b_y or py > b_b
        else:
            level = b_x < px < b_r
            before, reach = (py < b_y, b_b > py) if d == DOWN else (py > b_b, b_y < py)
            aside = px < b_x or px > b_r
        if before and level:
            return rest
        if aside and reach:
            return rest + BEND
        return rest + (2 * BEND if before or not level else 3 * BEND)

    def stub_clear(port: tuple, own: str) -> bool:
        # a stub ends STUB from its own box, beyond the clearance: only others can be in its way
        return not blocked(*_span(port[1], port[2]), own)

    inf = math.inf
    heap: list = []
    best: dict[int, float] = {}
    came: dict[int, int] = {}
    starts: dict[int, int] = {}  # start state -> its source port, until checked
    start_of: dict[int, tuple] = {}  # start state -> the point where the route leaves a
    seq = 0
    for n, (cost, attach, end, outward) in enumerate(sources):
        state = (xi[end[0]] * ny + yi[end[1]]) * 4 + outward
        g = cost + STUB
        if g < best.get(state, math.inf):
            best[state] = g
            starts[state] = n
            start_of[state] = attach
            seq += 1
            heappush(heap, (g + estimate(end[0], end[1], outward), -g, seq, state))
    edge_ok: dict[tuple[int, int], bool] = {}
    target_ok: dict[int, bool] = {}
    finishing: list[tuple[int, int]] = []  # (end state, target port) of each finish pushed
    finished: set[int] = set()
    done: tuple | None = None
    while heap:
        _f, neg_g, _, state = heappop(heap)
        g = -neg_g
        if state < 0:  # a finished route (its index in `finishing`, negated, less one)
            end_state, n = finishing[-state - 1]
            ok = target_ok.get(n)
            if ok is None:
                ok = target_ok[n] = stub_clear(targets[n], b_id)
            if ok:
                done = (end_state, targets[n][1])
                break
            continue
        if g > best.get(state, inf) or state in finished:
            continue
        if state in starts and state not in came and not stub_clear(sources[starts.pop(state)], a_id):
            best[state] = math.inf  # leaving a through a stub that is not clear
            del start_of[state]
            continue
        finished.add(state)
        node, d = divmod(state, 4)
        i, j = divmod(node, ny)
        px, py = xl[i], yl[j]
        for into, extra_cost, n in goal.get(node, ()):
            if d == into:
                total = g + extra_cost
            elif (d + 2) % 4 == into or target_ok.get(n) is False:
                continue
            else:
                total = g + BEND + extra_cost
            finishing.append((state, n))
            seq += 1
            heappush(heap, (total, -total, seq, -len(finishing)))
        for nd, dx, dy in _MOVES[d]:
            ni, nj = i + dx, j + dy
            if not (0 <= ni < nx and 0 <= nj < ny):
                continue
            nnode = ni * ny + nj
            qx, qy = xl[ni], yl[nj]
            # a move along a free line is clear, its end included; any other is checked whole
            if not ((dy == 0 and py in free_y) or (dx == 0 and px in free_x)):
                key = (node, nnode) if node < nnode else (nnode, node)
                ok = edge_ok.get(key)
                if ok is None:
                    ok = edge_ok[key] = not blocked(min(px, qx), min(py, qy), max(px, qx), max(py, qy))
                if not ok:
                    continue
            ng = g + (qx - px if qx > px else px - qx) + (qy - py if qy > py else py - qy) + (BEND if nd != d else 0.0)
            nstate = nnode * 4 + nd
            if ng < best.get(nstate, inf):
                best[nstate] = ng
                came[nstate] = state
                seq += 1
                heappush(heap, (ng + estimate(qx, qy, nd), -ng, seq, nstate))
    if done is None:
        return None
    state, end_attach = done
    points = [end_attach]
    while True:
        node = state // 4
        points.append((xl[node // ny], yl[node % ny]))
        if state not in came:
            points.append(start_of[state])
            break
        state = came[state]
    points.reverse()
    return simplify(points)


def _span(p: tuple, q: tuple) -> tuple[float, float, float, float]:
    return min(p[0], q[0]), min(p[1], q[1]), max(p[0], q[0]), max(p[1], q[1])


def simplify(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Without repeated points and without points in the middle of a straight run."""
    out: list[tuple[float, float]] = []
    for p in points:
        if out and p == out[-1]:
            continue
        if len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            if (ax == bx == p[0]) or (ay == by == p[1]):
                out[-1] = p
                continue
        out.append(p)
    return out


def direct_route(a: Box, b: Box) -> list[tuple[float, float]]:
    """A route that ignores everything in the way (when no clear route exists): out of the
    sides that face each other, with a bend half-way."""
    ax, ay, ar, ab = a
    bx, by, br, bb = b
    if bx >= ar + 2 * STUB or ax >= br + 2 * STUB:
        sign = 1 if bx >= ar else -1
        start = (ar if sign > 0 else ax, (ay + ab) / 2)
        end = (bx if sign > 0 else br, (by + bb) / 2)
        mid = (start[0] + end[0]) / 2
        return simplify([start, (mid, start[1]), (mid, end[1]), end])
    if by >= ab + 2 * STUB or ay >= bb + 2 * STUB:
        sign = 1 if by >= ab else -1
        start = ((ax + ar) / 2, ab if sign > 0 else ay)
        end = ((bx + br) / 2, by if sign > 0 else bb)
        mid = (start[1] + end[1]) / 2
        return simplify([start, (start[0], mid), (end[0], mid), end])
    # overlapping or too close: out of both right sides and round
    x = max(ar, br) + STUB
    return simplify([(ar, (ay + ab) / 2), (x, (ay + ab) / 2), (x, (by + bb) / 2), (br, (by + bb) / 2)])


class Routed:
    """A route and what it depends on: its corners with y measured from lane `top_lane`'s top,
    the lanes it was routed across (their heights and spanning) and the cells it looked at.
    `remember` takes a copy of all that, so `holds` can tell later whether routing again in
    another grid (after an undo, say) would give this very route."""

    __slots__ = ("lanes", "points", "seen", "top_lane", "touched")

    def __init__(self, points: list[tuple[float, float]], top_lane: int, lanes: tuple[int, int],
                 touched: frozenset[int]) -> None:
        self.points, self.top_lane, self.lanes, self.touched = points, top_lane, lanes, touched
        self.seen: tuple | None = None

    def _inputs(self, grid: CellGrid, a_box, b_box) -> tuple:
        l0, l1 = self.lanes
        n = len(grid.stage_ids)
        cells = []
        for code in sorted(self.touched):
            li, k = divmod(code, n)
            bucket = grid.bucket(li, k)
            cells.append((bucket[2] if bucket is not None else None, grid.faces.get((li, k))))
        return (grid.signature, grid.gutter, tuple(grid.heights[l0:l1 + 1]), tuple(grid.spans[l0:l1 + 1]),
                a_box.local, grid.lane_index.get(a_box.lane_id), a_box.id,
                b_box.local, grid.lane_index.get(b_box.lane_id), b_box.id, tuple(cells))

    def remember(self, grid: CellGrid, a_box, b_box) -> None:
        self.seen = self._inputs(grid, a_box, b_box)

    def holds(self, grid: CellGrid, a_box, b_box) -> bool:
        """Whether everything this route was made from is the same in this grid."""
        if self.seen is None or self.lanes[1] >= len(grid.lane_ids) or grid.signature != self.seen[0]:
            return False
        return self._inputs(grid, a_box, b_box) == self.seen


def route_in_grid(grid: CellGrid, a_box, b_box) -> Routed:
    """Route between two card boxes of the grid: first in the rectangle of cells between them
    turning only next to either box, then turning anywhere there, then in that rectangle
    widened by a cell, then in the whole grid, then squeezing through narrower gaps; if all
    fail, straight across (direct_route)."""
    ca, cb = grid.cells_of(a_box), grid.cells_of(b_box)
    n_lanes, n_stages = len(grid.lane_ids), len(grid.stage_ids)
    l0, l1 = min(ca[0], cb[0]), max(ca[0], cb[0])
    s0, s1 = min(ca[1], cb[1]), max(ca[2], cb[2])
    wide = (max(0, l0 - 1), min(n_lanes - 1, l1 + 1), max(0, s0 - 1), min(n_stages - 1, s1 + 1))
    tries = [(l0, l1, s0, s1, "sparse"), (l0, l1, s0, s1, "full"), (*wide, "full"),
             (0, n_lanes - 1, 0, n_stages - 1, "full"), (*wide, "narrow")]
    touched: set[int] = set()
    lanes = (l0, l1)
    frame = None
    for r0, r1, q0, q1, how in dict.fromkeys(tries):
        frame = grid.frame(r0, r1, q0, q1, 3.0 if how == "narrow" else CLEARANCE)
        a, b = frame.rect(a_box), frame.rect(b_box)
        points = find_route(frame, a, b, a_box.id, b_box.id, how == "sparse",
                            frame.extra_lines() if how == "narrow" else None)
        touched |= frame.touched
        lanes = (min(lanes[0], r0), max(lanes[1], r1))
        if points is not None:
            return Routed(points, r0, lanes, frozenset(touched))
    return Routed(direct_route(frame.rect(a_box), frame.rect(b_box)), frame.l0, lanes, frozenset(touched))


class SharedEnds:
    """Which routes of a map leave or enter a box at the same point, kept up to date route by
    route (a layout changes few routes; looking at every route's ends each time costs more
    than routing them on a big map)."""

    def __init__(self) -> None:
        self._ends: dict[str, tuple] = {}  # route id -> (its points, key of its start, key of its end)
        self._at: dict[tuple[int, int], set[str]] = {}  # point key -> ids of routes with an end there
        self._shared: set[tuple[int, int]] = set()  # the keys with two or more

    @staticmethod
    def key(p: tuple[float, float]) -> tuple[int, int]:
        return int(p[0] * 64.0 + 0.5), int(p[1] * 64.0 + 0.5)  # the same point, routed in other frames

    def update(self, routes: dict[str, list[tuple[float, float]]]) -> list[tuple[int, int]]:
        """Take the routes now drawn; return the points (keys) that two or more share, sorted."""
        ends, at, shared, key = self._ends, self._at, self._shared, self.key
        for gone in ends.keys() - routes.keys():
            for k in ends.pop(gone)[1:]:
                self._leave(k, gone)
        for route_id, points in routes.items():
            kept = ends.get(route_id)
            if kept is not None and kept[0] is points:
                continue
            if kept is not None:
                for k in kept[1:]:
                    self._leave(k, route_id)
            k0, k1 = key(points[0]), key(points[-1])
            ends[route_id] = (points, k0, k1)
            for k in (k0, k1):
                ids = at.setdefault(k, set())
                ids.add(route_id)
                if len(ids) > 1:
                    shared.add(k)
        return sorted(shared)

    def _leave(self, k: tuple[int, int], route_id: str) -> None:
        ids = self._at[k]
        ids.discard(route_id)
        if len(ids) < 2:
            self._shared.discard(k)
            if not ids:
                del self._at[k]

    def sharing(self, k: tuple[int, int]) -> set[str]:
        return self._at[k]


def spread_ends(routes: dict[str, list[tuple[float, float]]], boxes: dict[str, tuple], order: dict[str, int],
                shared: SharedEnds, grid: CellGrid | None = None) -> dict[str, list[tuple[float, float]]]:
    """Routes that leave or enter a box at the same point, spread SPREAD apart along its side
    (an arrow coming in and one going out must not look like one two-way arrow); returns the
    routes moved, by id. Each stub keeps its length and its box; only the run after it grows
    or shrinks. Ordered so that a route turning towards a side's start sits nearer that start,
    then by `order`. A function of the routes and the grid alone: run on every layout over the
    map's routes as routed (or kept). `boxes` holds each route's two card boxes. A stub moves
    only where that keeps it and its run SPREAD_CLEARANCE from every other card, by how the
    layout places cards (inside their cells, a gutter from the cells' edges, stacked apart)."""
    out: dict[str, list[tuple[float, float]]] = {}
    key = SharedEnds.key
    for k in shared.update(routes):
        moves = []
        for route_id in shared.sharing(k):
            points = routes[route_id]
            for end in (0, -1):
                if key(points[end]) != k:
                    continue
                tip, stub_end = (points[0], points[1]) if end == 0 else (points[-1], points[-2])
                axis = 1 if tip[1] == stub_end[1] else 0  # spread along y beside a left or right side
                run_end = (points[2] if end == 0 else points[-3]) if len(points) > 2 else stub_end
                turn = run_end[axis] - stub_end[axis]
                moves.append(((turn > 0) - (turn < 0), order[route_id], end, route_id, axis))
        moves.sort()
        m = len(moves)
        for n, (_turn, _order, end, route_id, axis) in enumerate(moves):
            offset = (n - (m - 1) / 2) * SPREAD
            original = routes[route_id]
            points = out.get(route_id, original)
            box = boxes[route_id][0 if end == 0 else 1].rect
            lo, hi = (box.y, box.bottom) if axis == 1 else (box.x, box.right)
            tip = points[end]
            if not lo + 6 <= tip[axis] + offset <= hi - 6 or len(points) < 3 or \
                    (len(points) == 3 and points is not original):
                continue  # off its side, a straight route, or an L whose corner the other end moved
            i, j = (0, 1) if end == 0 else (len(points) - 1, len(points) - 2)
            k2 = j + 1 if end == 0 else j - 1
            before, after = points[k2][axis] - points[j][axis], points[k2][axis] - points[j][axis] - offset
            if before * after <= 0 or abs(after) < (STUB if k2 in (0, len(points) - 1) else 2.0):
                continue  # the run after the stub would turn back, or the stub at its far end shrink
            if axis == 1:  # a side's stub: only one that ends at the stage boundary, in the gutter
                if abs(points[j][0] - points[i][0]) > STUB + 0.01:
                    continue
            else:  # a top or bottom stub: not into a stage's gutter below or above
                if grid is None:
                    continue
                xs, margin, x = grid.xs, grid.gutter + SPREAD_CLEARANCE, tip[0] + offset
                column = bisect_right(xs, x) - 1
                if not (0 <= column < len(xs) - 1 and xs[column] + margin <= x <= xs[column + 1] - margin):
                    continue
            moved = out[route_id] = list(points)
            for at in (i, j):
                x, y = moved[at]
                moved[at] = (x, y + offset) if axis == 1 else (x + offset, y)
    return out


# ----------------------------------------------------------------------------- drawing
def label_place(points: list[tuple[float, float]], width: float, two_way: bool) -> tuple[tuple[float, float], tuple]:
    """Where a label of this width goes: (anchor on the path, pill (x, y, w, h)). The anchor is
    the point nearest the path's half-length, on a straight run, where the pill covers neither
    a bend nor an arrow head; a level run is worth UPRIGHT of distance more (there the pill
    fits in a lane's gutter; across an upright run in a stage's gutter it overhangs cards).
    On a path too short for any of that, the middle, with the pill beside it."""
    lengths = [abs(q[0] - p[0]) + abs(q[1] - p[1]) for p, q in pairwise(points)]
    total = sum(lengths)
    half = total / 2
    best = None
    at = 0.0
    last = len(lengths) - 1
    for n, (p, q) in enumerate(pairwise(points)):
        length = lengths[n]
        horizontal = p[1] == q[1]
        extent = (width if horizontal else LABEL_HEIGHT) / 2 + 2
        start_keep = (ARROW + 3 if (n == 0 and two_way) else STUB / 2 if n == 0 else RADIUS) + extent
        end_keep = (ARROW + 3 if n == last else RADIUS) + extent
        lo, hi = at + start_keep, at + length - end_keep
        if lo <= hi:
            t = min(max(half, lo), hi)
            score = (abs(t - half) + (0.0 if horizontal else UPRIGHT), 0 if horizontal else 1)
            if best is None or score < best[0]:
                best = (score, n, t - at)
        at += length
    if best is None:  # too short: the middle of the path, the pill beside it
        anchor, n = _point_at(points, lengths, half)
        p, q = points[n], points[n + 1]
        if p[1] == q[1]:  # horizontal: above the line
            return anchor, (anchor[0] - width / 2, anchor[1] - 3 - LABEL_HEIGHT, width, LABEL_HEIGHT)
        return anchor, (anchor[0] + 3, anchor[1] - LABEL_HEIGHT / 2, width, LABEL_HEIGHT)
    _, n, offset = best
    p, q = points[n], points[n + 1]
    length = lengths[n] or 1.0
    anchor = (p[0] + (q[0] - p[0]) * offset / length, p[1] + (q[1] - p[1]) * offset / length)
    return anchor, (anchor[0] - width / 2, anchor[1] - LABEL_HEIGHT / 2, width, LABEL_HEIGHT)


def _point_at(points, lengths, distance) -> tuple[tuple[float, float], int]:
    at = 0.0
    for n, length in enumerate(lengths):
        if at + length >= distance or n == len(lengths) - 1:
            p, q = points[n], points[n + 1]
            t = (distance - at) / length if length else 0.0
            t = min(max(t, 0.0), 1.0)
            return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t), n
        at += length
    return points[0], 0


def rounded(points: list[tuple[float, float]], arrow_start: bool, arrow_end: bool,
            radius: float = RADIUS) -> list[tuple]:
    """The outline to stroke: ("M", p), then ("L", p) and ("C", c1, c2, p) (a quarter circle
    at each bend), stopping short of the tips under arrow heads so no line pokes past them."""
    if len(points) < 2:
        return [("M", points[0])] if points else []
    pts = list(points)
    trim = ARROW * 0.6
    if arrow_end:
        pts[-1] = _towards(pts[-1], pts[-2], trim)
    if arrow_start:
        pts[0] = _towards(pts[0], pts[1], trim)
    ops: list[tuple] = [("M", pts[0])]
    last = len(pts) - 1
    for n in range(1, last):
        p, c, q = pts[n - 1], pts[n], pts[n + 1]
        len_in = abs(c[0] - p[0]) + abs(c[1] - p[1])
        len_out = abs(q[0] - c[0]) + abs(q[1] - c[1])
        room_in = len_in - (ARROW - trim if (n == 1 and arrow_start) else 0.0) if n == 1 else len_in / 2
        room_out = len_out - (ARROW - trim if (n + 1 == last and arrow_end) else 0.0) if n + 1 == last else len_out / 2
        r = max(0.0, min(radius, room_in, room_out))
        if r <= 0.01:
            ops.append(("L", c))
            continue
        a = _towards(c, p, r)
        b = _towards(c, q, r)
        k = 0.5523 * r  # a quarter circle as one cubic
        c1 = _towards(a, c, k) if a != c else a
        c2 = _towards(b, c, k) if b != c else b
        ops.append(("L", a))
        ops.append(("C", c1, c2, b))
    ops.append(("L", pts[-1]))
    return ops


def _towards(p: tuple[float, float], q: tuple[float, float], distance: float) -> tuple[float, float]:
    dx, dy = q[0] - p[0], q[1] - p[1]
    length = math.hypot(dx, dy)
    if length == 0:
        return p
    return (p[0] + dx / length * distance, p[1] + dy / length * distance)


def arrow_points(tip: tuple[float, float], before: tuple[float, float], size: float = ARROW) -> list[tuple[float, float]]:
    """An arrow head's triangle: its tip, then the two corners of its base."""
    dx, dy = tip[0] - before[0], tip[1] - before[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    bx, by = tip[0] - ux * size, tip[1] - uy * size
    half = size * 0.5
    return [tip, (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half)]
