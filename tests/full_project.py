"""A project that uses every field of every entity, and every value of every choice: for the
interchange's round trip and the CLI's derive and info tests."""

from __future__ import annotations

import dataclasses
import hashlib

from journeyeditor.model import (
    Card,
    CardType,
    Channel,
    Comment,
    Connector,
    EmotionPoint,
    Evidence,
    Gap,
    Image,
    Lane,
    LaneKind,
    Map,
    MapKind,
    Metric,
    Moment,
    Persona,
    Project,
    Stage,
    Step,
    Vote,
    VotingRound,
    first_step_id,
)
from journeyeditor.model.derive import blueprint_from_journey, day_in_the_life, future_state

#: fields of the project file the interchange leaves out on purpose (docs/interchange.md)
LEGACY_FIELDS = {(Stage, "width"), (Persona, "visible")}
BLUEPRINT_KINDS = {"physical-evidence", "frontstage", "backstage", "support-processes"}


def picture(text: str) -> Image:
    data = b"\x89PNG\r\n\x1a\n" + text.encode()  # images are stored, never decoded
    return Image(hashlib.sha256(data).hexdigest(), "image/png", data)


def build_full_project() -> Project:
    p = Project("Every field — 每个字段 — каждое поле — هر فیلد")
    ana_photo, bob_photo = p.add(picture("Ana")), p.add(picture("Боб"))
    ana = p.add(Persona("Ana", "Buyer", "“I want it today”", "Buy fast", "Clear prices", "Lunch break",
                        ana_photo.hash, "#0072B2", id="ana"))
    bob = p.add(Persona("Боб", "Партнёр", "«Быстрее»", "Не ждать", "Понятные цены", "Вечером", bob_photo.hash,
                        "#D55E00", id="bob"))
    sara = p.add(Persona("سارا", "طراح", "«شهر را کشف کنم»", "", "", "", "", "#009E73", id="sara"))
    m = p.add(Map("Buying a bike", MapKind.CURRENT_STATE.value, "The whole purchase, step by step", -3, 3,
                  persona_ids=[ana.id, bob.id], id="journey"))
    stages = [p.add(Stage(m.id, name, goal, colour, width, id=f"st{i}"))
              for i, (name, goal, colour, width) in enumerate((("Choose", "Find the right bike", "#DCE6F2", 240.0),
                                                               ("Покупка", "", "#E3EFE3", 300.0),
                                                               ("خرید", "هدف", "#F6EBD9", 200.0)))]
    steps = [p.add(Step(m.id, stages[0].id, "Browse", "Looks at the shop window", 240.0, first_step_id(stages[0].id))),
             p.add(Step(m.id, stages[0].id, "Compare", "Reads reviews online", 180.0, "st0.compare")),
             p.add(Step(m.id, stages[1].id, "", "", 300.0, first_step_id(stages[1].id))),
             p.add(Step(m.id, stages[2].id, "Pay", "", 200.0, first_step_id(stages[2].id))),
             p.add(Step(m.id, stages[2].id, "", "Waits for the receipt", 150.0, "st2.wait")),
             p.add(Step(m.id, stages[2].id, "Leave", "Rides away", 220.0, "st2.leave"))]
    kinds = [kind.value for kind in LaneKind if kind.value not in BLUEPRINT_KINDS]
    lanes = {kind: p.add(Lane(m.id, kind.replace("-", " ").capitalize(), kind, "#F4F8FC" if i % 2 else "#FFFFFF",
                              110.0 + 10 * i, id=f"lane-{kind}")) for i, kind in enumerate(kinds)}

    def card(step: int, lane: str, title: str, type_: str, **fields) -> Card:
        cell = p.contents(m.id).cell(steps[step].id, lanes[lane].id)
        return p.add(Card(m.id, "", lanes[lane].id, title, fields.pop("body", ""), type_, index=len(cell),
                          step_id=steps[step].id, id=fields.pop("id"), **fields))

    sees = card(0, "actions", "Sees the bike", "action", body="In the window", channel="store", id="c-sees",
                tags=["window", "витрина"], owner="Retail")
    reads = card(1, "actions", "Reads reviews", "action", channel="web", id="c-reads", minutes=20.0)
    pays = card(3, "actions", "Pays", "action", channel="in-person", id="c-pays", wait_point=True, minutes=3.5)
    card(3, "actions", "The card is declined", "moment", moment=Moment.OF_TRUTH.value, id="c-truth")
    web = card(1, "touchpoints", "Review site", "touchpoint", channel="web", id="c-site", colour="#E69F00")
    card(2, "touchpoints", "Sales assistant", "touchpoint", channel="in-person", id="c-assistant", owner="Sales")
    card(4, "touchpoints", "Receipt", "touchpoint", channel="email", id="c-receipt")
    card(0, "thoughts", "“Is it too expensive?”", "thought", id="c-think")
    queue = card(4, "pain-points", "Long queue", "pain-point", body="Only one till open", id="c-queue",
                 tags=["till"], fail_point=True)
    fix = card(4, "opportunities", "Pay in the app", "opportunity", id="c-app", span=2)
    card(1, "opportunities", "Compare in store", "idea", id="c-idea", span=3)  # across the stage boundary
    card(2, "emotions", "Excited", "moment", moment=Moment.AHA.value, id="c-aha")
    card(5, "emotions", "Relieved", "moment", moment=Moment.MICRO.value, id="c-micro")
    card(2, "kpis", "Conversion", "kpi", body="12 %", id="c-kpi")
    card(2, "owners", "Store team", "note", owner="Store", id="c-owner")
    for i, channel in enumerate(value for value in Channel if value):
        card(i % len(steps), "channels", channel.value, "note", channel=channel.value, id=f"c-channel-{i}")
    card(0, "text", "Interview", "note", body="“I stood there for five minutes”", id="c-text")
    card(5, "images", "Photo of the till", "note", id="c-image")
    p.add(Connector(m.id, sees.id, reads.id, "then", False, id="k-then"))
    p.add(Connector(m.id, queue.id, fix.id, "solves", True, id="k-solves"))
    p.add(Connector(m.id, web.id, reads.id, "", False, id="k-web"))
    p.add(Connector(m.id, reads.id, pays.id, "", False, id="k-pays"))
    for persona, scores in ((ana, (1, 2, -1, -3, 0, 2)), (bob, (0, -1, 1.5, -2, 0, 3))):
        for step, score in zip(steps, scores):
            p.add(EmotionPoint(m.id, persona.id, "", float(score), f"{persona.name} at {step.name or 'step'}",
                               step.id, id=f"e-{persona.id}-{step.id}"))
    p.add(EmotionPoint(m.id, sara.id, "", -1.0, "", steps[3].id, id="e-sara"))  # a persona the map does not show

    future = _derive(p, future_state, m.id, "Buying a bike — future state")
    blueprint = _derive(p, blueprint_from_journey, m.id, "Buying a bike — service blueprint")
    day = _derive(p, day_in_the_life, m.id, "A day with Ana")
    blueprint.hidden_lines = ["Line of visibility"]
    blueprint.persona_ids = []
    day.persona_ids = [ana.id]
    # the future state changes: one card retitled, one added, the day map's scale widened
    future_contents = p.contents(future.id)
    next(iter(future_contents.cards.values())).title = "Sees the bike in the app"
    p.add(Card(future.id, "", future_contents.lanes[0].id, "Reserves online", "", "idea",
               step_id=future_contents.columns()[0].id, id="c-new-idea"))
    # links between maps: a stage and a card link to derived maps
    stages[2].link_map_id = future.id
    pays.link_map_id = blueprint.id
    # a blueprint card with every blueprint detail of its own
    blueprint_card = next(c for c in p.contents(blueprint.id).cards.values() if c.source_card_id == pays.id)
    blueprint_card.minutes, blueprint_card.wait_point = 4.0, True
    # the journey as a management tool: a rated, owned, due opportunity with evidence; metrics of
    # a stage, a step and a card over two periods; a gap between steps; a dismissed suggestion
    fix.owner, fix.status, fix.due, fix.impact, fix.effort = "Payments", "planned", "2027-03-31", 4, 2
    p.add(Evidence(m.id, fix.id, "anecdotal", "interview", "rider 7", "file:interviews/7.txt", "2026-10-02",
                   "“I gave up at the till”", id="ev-quote"))
    p.add(Evidence(m.id, queue.id, "analytical", "analytics", "till logs", "https://example.com/tills",
                   "2026-09-30", "", id="ev-logs"))
    p.add(Metric(m.id, stages[1].id, "nps", 12.0, 30.0, "", "", True, "2026-04-01", "2026-06-30", "survey",
                 id="mt-nps-q2"))
    p.add(Metric(m.id, stages[1].id, "nps", 18.0, 30.0, "", "", True, "2026-07-01", "2026-09-30", "survey",
                 id="mt-nps-q3"))
    p.add(Metric(m.id, steps[3].id, "ces", 5.5, None, "", "", True, "2026-09-01", "", "", id="mt-ces"))
    p.add(Metric(m.id, queue.id, "custom", 14.0, 5.0, "Queue length", "people", False, "2026-09-15", "",
                 "till logs", id="mt-queue"))
    p.add(Gap(m.id, steps[1].id, lanes["touchpoints"].id, "device", "Review site → shop", id="gap-device"))
    m.dismissed_gaps = [f"{steps[3].id}|{lanes['actions'].id}|channel"]
    # a workshop: a named round on pain points and opportunities with votes, an anonymous one,
    # and a comment thread with a reply, resolved, beside an open comment on the map itself
    vote_round = p.add(VotingRound(m.id, "What hurts most", [["Ana", "#0072B2"], ["Борис", "#D55E00"]], 2,
                                   ["pain-points", "opportunities"], ["pain-point", "opportunity", "idea"], False,
                                   "2026-11-20T10:00:00", id="round-1"))
    p.add(VotingRound(m.id, "", [["", "#009E73"]], 5, [], [], True, "2026-11-21T09:30:00", id="round-2"))
    p.add(Vote(m.id, vote_round.id, queue.id, 0, id="vote-1"))
    p.add(Vote(m.id, vote_round.id, queue.id, 1, id="vote-2"))
    p.add(Vote(m.id, vote_round.id, fix.id, 1, id="vote-3"))
    p.add(Comment(m.id, queue.id, "Is this every day?", "Ana", "2026-11-20T10:05:00", "", True, id="cm-1"))
    p.add(Comment(m.id, queue.id, "Mostly on Saturdays", "Борис", "2026-11-20T10:07:00", "cm-1", False, id="cm-2"))
    p.add(Comment(m.id, m.id, "Check with the store team", "سارا", "2026-11-20T11:00:00", id="cm-3"))
    return p


def _derive(p: Project, make, map_id: str, name: str) -> Map:
    entities = make(p, map_id, name)
    for entity in entities:
        p.add(entity)
    return entities[0]


def unused_fields(project: Project) -> list[str]:
    """Fields (Class.field) that no entity of the project sets to other than their default, and
    choices none uses: the project must use them all to test that each is carried."""
    from journeyeditor.model import ENTITY_TYPES

    entities = [*project.all_entities(), *project.images.values()]
    missing = []
    for cls in ENTITY_TYPES.values():
        of_class = [e for e in entities if type(e) is cls]
        for f in dataclasses.fields(cls):
            if (cls, f.name) in LEGACY_FIELDS or f.name in ("id", "map_id"):
                continue
            if f.default is not dataclasses.MISSING:
                default = f.default
            elif f.default_factory is not dataclasses.MISSING:
                default = f.default_factory()
            else:
                default = ""
            if not any(getattr(e, f.name) != default for e in of_class):
                missing.append(f"{cls.__name__}.{f.name}")
    cards = [e for e in entities if isinstance(e, Card)]
    used = {
        "card type": ({c.type for c in cards}, CardType),
        "moment": ({c.moment for c in cards}, Moment),
        "channel": ({c.channel for c in cards}, Channel),
        "lane kind": ({e.kind for e in entities if isinstance(e, Lane)}, LaneKind),
        "map kind": ({m.kind for m in project.maps}, MapKind),
    }
    for noun, (values, kind) in used.items():
        missing += [f"{noun} {member.value!r}" for member in kind if member.value and member.value not in values]
    return missing
