"""Map templates and the built-in sample project. Plain model objects, no Qt."""

from __future__ import annotations

import hashlib

from .catalogue import ENGLISH, translate
from .model import (
    Card,
    Connector,
    EmotionPoint,
    Evidence,
    Gap,
    Image,
    Lane,
    Map,
    MapKind,
    Persona,
    Project,
    Stage,
    Step,
)
from .resources import resource

TEMPLATES = ("blank", "sample", "current-state", "future-state", "day-in-the-life", "service-blueprint")

#: soft stage header colours, in turn
STAGE_COLOURS = ("#DCE6F2", "#E3EFE3", "#F6EBD9", "#EFE1EC", "#E2ECEE", "#F3E3DD", "#E8E6F3")

LANE_COLOURS = {
    "actions": "#FFFFFF", "touchpoints": "#F4F8FC", "channels": "#F7F7F4", "thoughts": "#FBF4F8",
    "emotions": "#FFFFFF", "pain-points": "#FDF3EE", "opportunities": "#EFF8F4", "text": "#FFFFFF",
    "images": "#FFFFFF", "kpis": "#F1F8FC", "owners": "#F7F7F4", "physical-evidence": "#F7F7F4",
    "frontstage": "#F4F8FC", "backstage": "#F7F4FB", "support-processes": "#F5F5F5", "metrics": "#F6F8FB",
}

JOURNEY_LANES = (
    ("actions", "Customer actions"), ("touchpoints", "Touchpoints"), ("channels", "Channels"),
    ("thoughts", "Thoughts"), ("emotions", "Emotions"), ("pain-points", "Pain points"),
    ("opportunities", "Opportunities"),
)
BLUEPRINT_LANES = (
    ("physical-evidence", "Physical evidence"), ("actions", "Customer actions"),
    ("frontstage", "Frontstage actions"), ("backstage", "Backstage actions"),
    ("support-processes", "Support processes"),
)
STAGES = {
    "current-state": ("Awareness", "Consideration", "Purchase", "Retention", "Advocacy"),
    "future-state": ("Awareness", "Consideration", "Purchase", "Retention", "Advocacy"),
    "day-in-the-life": ("Early morning", "Morning", "Midday", "Afternoon", "Evening", "Night"),
    "service-blueprint": ("Arrive", "Order", "Wait", "Receive", "Leave"),
    "blank": ("Stage 1", "Stage 2", "Stage 3", "Stage 4"),
}
#: a blank map still has a grid to type into: the lanes nearly every journey needs
BLANK_LANES = (
    ("actions", "Customer actions"), ("touchpoints", "Touchpoints"), ("thoughts", "Thoughts"),
    ("emotions", "Emotions"), ("pain-points", "Pain points"), ("opportunities", "Opportunities"),
)


#: the day in the life's lanes
DAY_LANES = (("actions", "What they do"), ("channels", "Where"), ("thoughts", "Thoughts"), ("emotions", "Emotions"),
             ("pain-points", "Pain points"))
#: every name a template gives, in English: the catalogue (resources/i18n) has them in each language
TEMPLATE_NAMES = frozenset(name for names in STAGES.values() for name in names) | frozenset(
    name for lanes in (JOURNEY_LANES, BLUEPRINT_LANES, BLANK_LANES, DAY_LANES) for _kind, name in lanes)


def translated(name: str, language: str) -> str:
    """A template's stage or lane name in `language` (English where we have no words for it)."""
    return translate(name, language)


def lane_height(kind: str) -> float:
    return {"emotions": 190.0, "channels": 110.0, "owners": 110.0, "kpis": 120.0}.get(kind, 150.0)


def new_map(project: Project, kind: str, name: str | None = None, language: str = ENGLISH) -> Map:
    """A map of `kind` with the template's stages and lanes (named in `language` where we can),
    added to `project`."""
    map_kind = MapKind.CURRENT_STATE.value if kind == "blank" else kind
    map_ = project.add(Map(name or translated(kind.replace("-", " ").capitalize(), language), map_kind,
                           # a blueprint has no emotion line: it shows no persona until asked to
                           persona_ids=[] if kind == MapKind.SERVICE_BLUEPRINT.value
                           else [persona.id for persona in project.personas]))
    for i, stage_name in enumerate(STAGES[kind]):
        project.add_stage(Stage(map_.id, translated(stage_name, language), colour=STAGE_COLOURS[i % len(STAGE_COLOURS)]))
    lanes = BLUEPRINT_LANES if kind == MapKind.SERVICE_BLUEPRINT.value else JOURNEY_LANES
    if kind == "blank":
        lanes = BLANK_LANES
    if kind == MapKind.DAY_IN_THE_LIFE.value:
        lanes = DAY_LANES
    for lane_kind, lane_name in lanes:
        project.add(Lane(map_.id, translated(lane_name, language), lane_kind, LANE_COLOURS[lane_kind],
                         lane_height(lane_kind)))
    return map_


def build_template(template: str, title: str | None = None, language: str = ENGLISH) -> Project:
    """A project of one map from `template`, its names in `language` (the sample's are its own)."""
    if template not in TEMPLATES:
        raise ValueError(f"unknown template {template!r} (choose from {', '.join(TEMPLATES)})")
    if template == "sample":
        project = build_sample()
        if title:
            project.title = title
        return project
    project = Project(title or translated("Untitled project", language))
    new_map(project, template, translated("Journey map", language) if template == "blank" else None, language)
    return project


# --------------------------------------------------------------------- sample
def build_sample() -> Project:
    """Cityline Bikes: a commuter bike-share, mapped by a team across four countries."""
    p = Project("Cityline Bikes — rider journeys")
    li = p.add(Persona("李娜 Li Na", "Commuter, Shanghai office", "“我只想准时到公司。” — I just want to get to work on time.",
                       "Get to work in under 30 minutes; avoid the crowded metro", "Bikes that are there when she needs one",
                       "Rides 4 days a week from home to a metro station", colour="#0072B2"))
    dima = p.add(Persona("Дмитрий Орлов", "Student, weekend rider", "«Хочу кататься по выходным без лишних хлопот.»",
                         "Cheap weekend rides with friends", "Clear prices, no surprise fees",
                         "Rides on Saturdays along the river", colour="#D55E00"))
    sara = p.add(Persona("سارا احمدی", "Designer, new to the city", "«می‌خواهم شهر را با دوچرخه کشف کنم.»",
                         "Explore the city; find safe routes", "An app in Persian and English",
                         "Moved to the city last month", colour="#009E73"))
    personas = [li, dima, sara]
    for persona, file in ((li, "li-na"), (dima, "dmitry"), (sara, "sara")):
        persona.photo_hash = _sample_photo(p, file)

    m = p.add(Map("Commuter subscription — current state", MapKind.CURRENT_STATE.value,
                  "How commuters find, join and live with the Cityline subscription today.",
                  persona_ids=[persona.id for persona in personas]))
    # stages, each with its steps (a step is a column: its own actions, touchpoints, feelings)
    stage_plan = [("Awareness", "Notice that Cityline exists", ("Sees the docks", "Hears from a colleague")),
                  ("Consideration", "Decide it fits my commute", ("Compares prices", "Reads reviews")),
                  ("Sign-up", "Create an account and pay", ("Installs the app", "Uploads ID", "Pays")),
                  ("First ride", "Unlock and ride once", ("Finds a bike", "Unlocks", "Rides")),
                  ("Everyday use", "Make it a habit", ("Commutes", "Returns the bike")),
                  ("Renewal", "Stay or leave", ("",))]
    columns = []
    for i, (name, goal, step_names) in enumerate(stage_plan):
        stage = p.add_stage(Stage(m.id, name, goal, STAGE_COLOURS[i % len(STAGE_COLOURS)], 230.0))
        first = p.contents(m.id).steps_of(stage.id)[0]
        p.update(first.id, name=step_names[0])
        columns.append(first)
        columns += [p.add(Step(m.id, stage.id, step_name, width=230.0)) for step_name in step_names[1:]]
    lane_defs = [("actions", "Customer actions"), ("touchpoints", "Touchpoints"), ("channels", "Channels"),
                 ("thoughts", "Thoughts"), ("emotions", "Emotions"), ("pain-points", "Pain points"),
                 ("opportunities", "Opportunities"), ("kpis", "KPIs"), ("owners", "Owners"),
                 ("text", "Research notes"), ("images", "Photos")]
    lanes = {kind: p.add(Lane(m.id, name, kind, LANE_COLOURS[kind], lane_height(kind))) for kind, name in lane_defs}

    def card(column: int, lane: str, title: str, body: str = "", type_: str = "note", **extra) -> Card:
        step = columns[column]
        return p.add(Card(m.id, step.stage_id, lanes[lane].id, title, body, type_, step_id=step.id,
                          index=len(p.contents(m.id).cell(step.id, lanes[lane].id)), **extra))

    a1 = card(0, "actions", "Sees bikes at the metro exit", "Passes a Cityline dock every morning", "action")
    a1b = card(1, "actions", "Asks a colleague", "“Do you really ride to work?”", "action")
    a2 = card(2, "actions", "Compares prices", "Checks the monthly pass against metro fares", "action")
    a2b = card(3, "actions", "Reads app reviews", "3.9 stars; complaints about sign-up", "action")
    a3 = card(4, "actions", "Downloads the app", "Signs up with phone number", "action")
    a3b = card(5, "actions", "Photographs her ID", "", "action")
    a3c = card(6, "actions", "Pays for a month", "", "action")
    a4a = card(7, "actions", "Looks for a bike on the map", "", "action")
    a4 = card(8, "actions", "Unlocks a bike", "Scans the QR code at the dock", "action")
    a4c = card(9, "actions", "Rides to the office", "在地铁站取车，骑到公司", "action")
    a5 = card(10, "actions", "Rides every weekday", "", "action")
    a5b = card(11, "actions", "Docks near the office", "", "action")
    a6 = card(12, "actions", "Decides on renewal", "Gets a reminder three days before", "action")
    t1 = card(0, "touchpoints", "Poster at the dock", "Большой плакат у станции", "touchpoint", channel="in-person")
    card(1, "touchpoints", "Colleague's referral code", "", "touchpoint", channel="chat")
    t2 = card(2, "touchpoints", "Price page", "Monthly, yearly and student plans", "touchpoint", channel="web")
    card(3, "touchpoints", "App store page", "", "touchpoint", channel="mobile")
    t3 = card(5, "touchpoints", "ID upload screen", "ثبت‌نام در اپلیکیشن", "touchpoint", channel="mobile")
    card(6, "touchpoints", "Payment sheet", "", "touchpoint", channel="mobile")
    t4 = card(8, "touchpoints", "Dock screen", "Shows the bike number and lock status", "touchpoint", channel="in-person")
    card(10, "touchpoints", "Ride summary email", "Distance, time and CO₂ saved", "touchpoint", channel="email")
    card(12, "touchpoints", "Renewal push message", "", "touchpoint", channel="mobile")
    card(0, "channels", "Street", "", "note", channel="in-person", span=2)
    card(2, "channels", "Website", "", "note", channel="web")
    card(3, "channels", "App", "", "note", channel="mobile", span=5)
    card(10, "channels", "App + email", "", "note", channel="email", span=2)
    card(12, "channels", "Push / WeChat", "", "note", channel="chat")
    card(0, "thoughts", "“Is this faster than the bus?”", "", "thought")
    card(2, "thoughts", "这个价格划算吗？", "Is this price worth it?", "thought")
    card(5, "thoughts", "«Зачем им мой паспорт?»", "Why do they need my ID?", "thought")
    card(8, "thoughts", "آیا قفل درست بسته شد؟", "Did the lock really close?", "thought")
    card(10, "thoughts", "“Finally, no crowded train.”", "", "thought")
    card(12, "thoughts", "“Will the price go up?”", "", "thought")
    p1 = card(5, "pain-points", "ID upload fails", "Photo rejected three times on older phones", "pain-point",
              tags=["sign-up", "android"], owner="Product")
    p2 = card(7, "pain-points", "No bikes at peak time", "早上八点站点经常没有车", "pain-point", tags=["supply", "peak"],
              owner="Operations")
    card(11, "pain-points", "Dock full at the office", "Нет свободных мест у офиса", "pain-point", tags=["supply"])
    o1 = card(5, "opportunities", "Skip ID for monthly plans", "Verify later, let people ride now", "opportunity",
              owner="Product — onboarding", tags=["quick win"])
    o2 = card(7, "opportunities", "Reserve a bike", "رزرو دوچرخه تا ۱۰ دقیقه قبل", "opportunity", owner="Operations",
              tags=["app"])
    card(11, "opportunities", "Live dock availability", "Show free docks near the destination", "idea",
         owner="Data team")
    card(9, "opportunities", "First ride free", "", "moment", moment="aha")
    card(6, "actions", "Apple Pay just works", "", "moment", moment="micro")
    card(8, "actions", "Moment of truth: the lock clicks", "", "moment", moment="of-truth")
    card(2, "kpis", "Price page → sign-up", "12 % conversion", "kpi")
    card(4, "kpis", "Sign-up completion", "61 %", "kpi")
    card(12, "kpis", "Renewal rate", "48 % after month one", "kpi")
    card(0, "owners", "Marketing", "", "note", owner="Marketing", span=2)
    card(4, "owners", "Product — onboarding", "", "note", owner="Product", span=3)
    card(7, "owners", "Operations", "", "note", owner="Operations", span=5)
    card(8, "text", "Interview, rider 7", "“I stood there for five minutes not knowing if it had locked.”", "note",
         tags=["interview"])
    card(10, "text", "Diary study", "9 of 14 riders changed route because a dock was full", "note", tags=["diary"])
    card(5, "images", "Screenshot: ID step", "(photo placeholder)", "note")
    for a, b, label, two_way in ((a1, a1b, "", False), (a1b, a2, "", False), (a2, a2b, "", False),
                                 (a2b, a3, "", False), (a3, a3b, "", False), (a3b, a3c, "", False),
                                 (a3c, a4a, "", False), (a4a, a4, "", False), (a4, a4c, "", False),
                                 (a4c, a5, "", False), (a5, a5b, "", False), (a5b, a6, "", False),
                                 (p1, o1, "solves", False), (p2, o2, "solves", False),
                                 (t3, p1, "", False), (t4, a4, "", True), (t1, t2, "", False)):
        p.add(Connector(m.id, a.id, b.id, label, two_way))
    scores = {li.id: [0, 1, 1, 0, 0, -1, 1, -2, -1, 1, 1, 0, 1],
              dima.id: [1, 1, 0, -1, 0, -2, 0, 1, 1, 2, 2, 1, 0],
              sara.id: [0, 0, -1, -1, 0, -2, -1, 0, 0, 1, 1, 1, 2]}
    notes = {(sara.id, 5): "فرم ثبت‌نام فقط انگلیسی بود", (li.id, 7): "没有车了", (dima.id, 5): "Паспорт не принимают",
             (li.id, 9): "Faster than the metro!", (sara.id, 10): "Found a safe route"}
    for persona in personas:
        for i, step in enumerate(columns):
            p.add(EmotionPoint(m.id, persona.id, step.stage_id, float(scores[persona.id][i]),
                               notes.get((persona.id, i), ""), step_id=step.id))

    _sample_blueprint(p)
    day = new_map(p, MapKind.DAY_IN_THE_LIFE.value, "A day with Li Na — 李娜的一天")
    day.persona_ids = [li.id]
    dc = p.contents(day.id)
    for i, (title, lane_i) in enumerate((("Checks the weather app", 0), ("Walks to the dock", 0),
                                         ("Lunch with colleagues", 0), ("Meetings", 2),
                                         ("Rides home along the river", 0), ("Plans tomorrow", 2))):
        lane = dc.lanes[lane_i]
        p.add(Card(day.id, dc.stages[i].id, lane.id, title, "", "action" if lane_i == 0 else "thought"))
    for i, score in enumerate((0, 1, 1, -1, 2, 0)):
        p.add(EmotionPoint(day.id, li.id, dc.stages[i].id, float(score)))
    future = new_map(p, MapKind.FUTURE_STATE.value, "Commuter subscription — future state")
    future.source_map_id = m.id
    fc = p.contents(future.id)
    p.add(Card(future.id, fc.stages[2].id, fc.lanes[0].id, "Starts riding before ID check", "", "opportunity"))
    p.add(Card(future.id, fc.stages[3].id, fc.lanes[0].id, "Reserves a bike on the way", "", "idea"))

    # --- metrics: targets per stage on the current state, two quarters for some (their arrows),
    # a metrics lane after the KPIs, and a metric on a card
    from .model import Metric

    current = p.maps[0]
    cc = p.contents(current.id)
    named = {stage.name: stage for stage in cc.stages} | {step.name: step for step in cc.columns() if step.name}
    kpis = next(lane for lane in cc.lanes if lane.kind == "kpis")
    p.add(Lane(current.id, "Metrics", "metrics", LANE_COLOURS["metrics"], 80.0), cc.lanes.index(kpis) + 1)
    q1, q2 = ("2026-01-01", "2026-03-31"), ("2026-04-01", "2026-06-30")
    for subject, kind, values, target, source, extra in (
            ("Awareness", "custom", (28, 34), 30, "Brand tracker, n = 1,200",
             {"name": "Brand recall", "unit": "%"}),
            ("Consideration", "conversion", (10.5, 12), 15, "Web analytics: price page → sign-up", {}),
            ("Sign-up", "ces", (5.6, 5.2), 3, "In-app survey after sign-up", {}),
            ("Uploads ID", "conversion", (61,), 80, "Funnel: ID upload → paid", {}),
            ("First ride", "time", (7.5, 6), 5, "Ride logs: app open → unlock (median)", {}),
            ("Everyday use", "csat", (4.3, 4.1), 4, "Monthly rider survey", {}),
            ("Renewal", "nps", (20, 32), 40, "Quarterly NPS survey", {})):
        for period, value in zip((q1, q2)[-len(values):], values):
            p.add(Metric(current.id, named[subject].id, kind, float(value), float(target), period_start=period[0],
                         period_end=period[1], source=source, **extra))
    no_bikes = next(card for card in cc.cards.values() if card.title == "No bikes at peak time")
    for period, value in zip((q1, q2), (17, 14)):
        p.add(Metric(current.id, no_bikes.id, "custom", float(value), 5.0, "Empty docks (8 am)", "", False,
                     period[0], period[1], "Dock sensors, weekday mornings"))
    # --- end of metrics
    # ---- gaps and evidence on the current-state map -----------------------------------------
    # three gaps where the journey really breaks (model.gaps.suggest_gaps finds each of them)
    step_named = {step.name: step for step in p.contents(m.id).columns()}
    for step_name, lane_kind, gap_kind, note in (
            ("Sees the docks", "touchpoints", "channel",
             "From a poster in the street to a referral code in a chat: nothing links the two"),
            ("Compares prices", "touchpoints", "device",
             "Prices are on the website, sign-up only in the app: riders move from laptop to phone"),
            ("Pays", "owners", "department",
             "Product hands the new rider to Operations; nobody owns the first ride")):
        p.add(Gap(m.id, step_named[step_name].id, lanes[lane_kind].id, gap_kind, note))
    # what backs the claims: analytics and tickets (analytical), interviews and observation (anecdotal)
    titled = {c.title: c for c in p.contents(m.id).cards.values()}
    for title, kind, method, source, link, date, quote in (
            ("ID upload fails", "analytical", "support tickets", "Support desk export: 212 tickets tagged “ID upload”",
             "https://support.cityline.example/reports/id-upload", "2026-03-31", ""),
            ("ID upload fails", "anecdotal", "interview", "Usability test, participant 4", "", "2026-02-18",
             "It rejected my photo three times. I nearly gave up."),
            ("No bikes at peak time", "analytical", "log", "Dock occupancy logs, Jing'an district",
             "", "2026-04-02", ""),
            ("No bikes at peak time", "analytical", "survey", "Rider survey, n = 1,240", "", "2026-03-15", ""),
            ("Skip ID for monthly plans", "anecdotal", "interview", "Rider interviews, round 2", "", "2026-03-05",
             "I only wanted to try it once before handing over my passport."),
            ("Sign-up completion", "analytical", "analytics", "Product analytics: sign-up funnel",
             "https://analytics.cityline.example/funnels/sign-up", "2026-04-01", ""),
            ("Dock screen", "anecdotal", "observation", "Field visit, People's Square dock", "", "2026-03-12",
             "Riders pulled the bike twice to check that the lock had released."),
            ("«Зачем им мой паспорт?»", "anecdotal", "quote", "Diary study, entry 12", "", "2026-02-27",
             "Зачем им мой паспорт? Это же велосипед.")):
        p.add(Evidence(m.id, titled[title].id, kind, method, source, link, date, quote))
    # the pain points' badges make them taller: the lane keeps room under them for the "solves" arrows
    p.update(lanes["pain-points"].id, height=170.0)
    # ---- end of gaps and evidence -------------------------------------------------------------
    # ---- opportunities: owners, impact and effort (1..5), statuses and due dates, so the priority
    # matrix has one in each quadrant and one unrated in its tray, and the owners report has groups
    progress = {  # title: (owner, impact, effort, status, due)
        "Skip ID for monthly plans": ("Product — onboarding", 5, 2, "planned", "2027-03-31"),
        "Reserve a bike": ("Operations", 4, 4, "in-progress", "2027-06-30"),
        "Live dock availability": ("Data team", 5, 4, "planned", "2027-09-30"),
        "First ride free": ("Marketing", 4, 1, "idea", ""),
        "Starts riding before ID check": ("Product — onboarding", 0, 0, "", ""),
        "Reserves a bike on the way": ("Operations", 0, 0, "", ""),
    }
    for each in list(p.contents(m.id).cards.values()) + list(p.contents(future.id).cards.values()):
        if each.title in progress:
            owner, impact, effort, status, due = progress[each.title]
            p.update(each.id, owner=owner, impact=impact, effort=effort, status=status, due=due)
    card(2, "opportunities", "Student plan on the price page", "Show it beside the metro fares", "opportunity",
         owner="Marketing", impact=2, effort=1, status="done", due="2026-10-15")
    card(8, "opportunities", "Louder lock click", "Riders can't tell if the lock closed", "idea", owner="Hardware",
         impact=2, effort=5, status="dropped")
    card(12, "opportunities", "Ride stats in the renewal reminder", "“You saved 11 hours this month”", "idea",
         owner="Customer care", status="idea")
    return p


def _sample_photo(project: Project, name: str) -> str:
    """A sample persona's portrait (resources/sample/NAME.png) stored in the project; its hash."""
    data = resource("sample", f"{name}.png").read_bytes()
    return project.add(Image(hashlib.sha256(data).hexdigest(), "image/png", data)).hash


def _sample_blueprint(p: Project) -> None:
    bp = new_map(p, MapKind.SERVICE_BLUEPRINT.value, "Unlocking a bike — service blueprint")
    c = p.contents(bp.id)
    names = ("Find a dock", "Unlock", "Ride", "Return", "Get receipt")
    for stage, name in zip(c.stages, names):
        stage.name = name
    rows = {
        0: ("Dock sign with map", "QR code on the bike", "Bike, helmet hook", "Dock with green light", "Email receipt"),
        1: ("Opens the map", "Scans the QR code", "Rides to work", "Pushes bike into dock", "Reads receipt"),
        2: ("App shows nearby docks", "Lock opens, screen says “Go”", "Ride timer in app", "Dock confirms return", "App shows cost"),
        3: ("Dock status sync", "Unlock request checked", "Trip tracking", "Trip closed, price computed", "Receipt sent"),
        4: ("Fleet map service", "Payment service", "GPS + telemetry", "Billing", "Mail service"),
    }
    made = {}
    for lane_i, titles in rows.items():
        for stage_i, title in enumerate(titles):
            made[(lane_i, stage_i)] = p.add(Card(bp.id, c.stages[stage_i].id, c.lanes[lane_i].id, title, "",
                                                 "action" if lane_i == 1 else "touchpoint" if lane_i in (0, 2) else "note",
                                                 minutes=(2.0, 0.5, 15.0, 1.0, 0.5)[stage_i] if lane_i == 1 else 0.0,
                                                 fail_point=(lane_i, stage_i) in ((2, 1), (3, 3)),
                                                 wait_point=(lane_i, stage_i) == (1, 1)))
    for stage_i in range(5):
        for lane_i in (1, 2, 3):
            p.add(Connector(bp.id, made[(lane_i, stage_i)].id, made[(lane_i + 1, stage_i)].id, "",
                            lane_i == 3))
