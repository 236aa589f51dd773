"""A map's comment threads as the Comments panel and the PDF list them (no Qt)."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Card, Comment, Map, Stage, Step


def subject_text(project, subject_id: str, tr: Callable[[str], str] = str) -> str:
    """What a thread is about, as people name it: "Card: Queue", "Stage: Buy", "Map: Journey" (`tr`
    translates: the UI and the PDF pass theirs)."""
    subject = project.get(subject_id)
    if isinstance(subject, Card):
        return tr("Card: {0}").format(subject.title or tr("(untitled)"))
    if isinstance(subject, Stage):
        return tr("Stage: {0}").format(subject.name)
    if isinstance(subject, Step):
        stage = project.get(subject.stage_id)
        steps = project.contents(subject.map_id).steps_of(subject.stage_id)
        name = subject.name.strip() or tr("Step {0}").format(steps.index(subject) + 1 if subject in steps else 1)
        return tr("Step: {0}").format(f"{stage.name} / {name}" if stage else name)
    if isinstance(subject, Map):
        return tr("Map: {0}").format(subject.name)
    return ""


def threads_of(project, map_id: str) -> list[tuple[Comment, list[Comment]]]:
    """A map's threads (first comment, replies), open ones first, then oldest first."""
    comments = project.contents(map_id).comments.values()
    replies: dict[str, list[Comment]] = {}
    for comment in comments:
        if comment.parent_id:
            replies.setdefault(comment.parent_id, []).append(comment)
    starts = sorted((c for c in comments if not c.parent_id), key=lambda c: (c.resolved, c.created))
    return [(start, sorted(replies.get(start.id, []), key=lambda c: c.created)) for start in starts]
