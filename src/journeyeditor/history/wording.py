"""A change in words, in the user's language: the History panel's list and the marks' tooltips.

The command line's tables keep the raw action and kind (stable for scripts); this is for reading.
English reads as before: "changed card 'Pays': title 'a' → 'b'"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..catalogue import tr

if TYPE_CHECKING:
    from .diff import Change

#: (action, kind) -> the sentence, {0} the entity's name or title
SENTENCES = {
    ("added", "card"): "added card {0}", ("removed", "card"): "removed card {0}",
    ("changed", "card"): "changed card {0}", ("moved", "card"): "moved card {0}",
    ("added", "stage"): "added stage {0}", ("removed", "stage"): "removed stage {0}",
    ("renamed", "stage"): "renamed stage {0}", ("changed", "stage"): "changed stage {0}",
    ("added", "step"): "added step {0}", ("removed", "step"): "removed step {0}",
    ("renamed", "step"): "renamed step {0}", ("changed", "step"): "changed step {0}",
    ("added", "lane"): "added lane {0}", ("removed", "lane"): "removed lane {0}",
    ("renamed", "lane"): "renamed lane {0}", ("changed", "lane"): "changed lane {0}",
    ("added", "map"): "added map {0}", ("removed", "map"): "removed map {0}",
    ("renamed", "map"): "renamed map {0}", ("changed", "map"): "changed map {0}",
    ("added", "persona"): "added persona {0}", ("removed", "persona"): "removed persona {0}",
    ("renamed", "persona"): "renamed persona {0}", ("changed", "persona"): "changed persona {0}",
    ("added", "connector"): "added connector {0}", ("removed", "connector"): "removed connector {0}",
    ("changed", "connector"): "changed connector {0}",
    ("shifted", "emotion"): "shifted emotion {0}",
    ("added", "metric"): "added metric {0}", ("removed", "metric"): "removed metric {0}",
    ("changed", "metric"): "changed metric {0}",
}

#: a changed field's name as the list shows it
FIELD_NAMES = {
    "title": "title", "body": "body", "type": "type", "moment": "moment", "channel": "channel", "owner": "owner",
    "colour": "colour", "tags": "tags", "span": "span", "fail_point": "fail point", "wait_point": "wait point",
    "minutes": "minutes", "link_map_id": "linked map", "impact": "impact", "effort": "effort", "status": "status",
    "due": "due", "name": "name", "goal": "goal", "description": "description", "kind": "kind",
    "scale_min": "scale from", "scale_max": "scale to", "hidden_lines": "hidden lines",
    "personas shown": "personas shown", "role": "role", "quote": "quote", "goals": "goals",
    "expectations": "expectations", "scenario": "scenario", "photo_hash": "photo", "label": "label",
    "two_way": "two-way", "source_id": "from card", "target_id": "to card", "cell": "cell",
    "position": "position", "score": "score", "value": "value",
}


def describe(change: Change) -> str:
    from .diff import _show

    sentence = tr(SENTENCES[(change.action, change.kind)]) if (change.action, change.kind) in SENTENCES \
        else f"{change.action} {change.kind} {{0}}"
    what = sentence.format(repr(change.label))
    if not change.fields:
        return what
    details = "; ".join(tr("{0} {1} → {2}").format(tr(FIELD_NAMES[name]) if name in FIELD_NAMES else name,
                                                   _show(old), _show(new))
                        for name, old, new in zip(change.fields, change.old, change.new))
    return tr("{0}: {1}").format(what, details)
