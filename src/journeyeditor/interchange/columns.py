"""What each column of a table means: the fields a column can fill, the mapping of columns to
fields, and a guess of it from the header names in English, Chinese, Japanese, Russian and
Persian.

A column's role is a field and, for three fields, an argument: `emotion` takes the persona whose
scores the column holds, `metric` the metric kind or KPI name, `cards` the lane whose cards the
column holds (a research sheet's "Touchpoint" and "Thought" columns: one card each per row).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from ..catalogue import LANGUAGES, translate
from ..layout.style import LANE_KIND_LABELS
from ..templates import BLANK_LANES, BLUEPRINT_LANES, DAY_LANES, JOURNEY_LANES

#: the fields a column can fill, with their English names (shown through tr() by the UI)
FIELDS = {
    "ignore": "(ignore)", "stage": "Stage", "step": "Step", "lane": "Lane", "lane_kind": "Lane kind",
    "title": "Card title", "body": "Card text", "type": "Card type", "owner": "Owner", "channel": "Channel",
    "emotion": "Emotion of a persona", "minutes": "Time in minutes", "fail_point": "Fail point",
    "wait_point": "Wait point", "evidence": "Evidence", "metric": "Metric", "cards": "Cards of a lane",
    "moment": "Moment", "tags": "Tags", "impact": "Impact", "effort": "Effort", "status": "Status",
    "due": "Due date", "span": "Span",
}
#: fields one column at most may fill (evidence, emotion, metric and cards may come in several)
SINGLE = {"stage", "step", "lane", "lane_kind", "title", "body", "type", "owner", "channel", "minutes",
          "fail_point", "wait_point", "moment", "tags", "impact", "effort", "status", "due", "span"}
WITH_ARGUMENT = ("emotion", "metric", "cards")

#: header words per field; compared after normalise() (case, width, spaces and punctuation do not count)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "stage": ("stage", "phase", "journey stage", "阶段", "階段", "旅程阶段", "旅程階段", "ステージ", "フェーズ", "段階",
              "этап", "стадия", "фаза", "مرحله", "فاز"),
    "step": ("step", "substep", "sub step", "步骤", "步驟", "ステップ", "手順", "шаг", "подэтап", "گام", "قدم"),
    "lane": ("lane", "swimlane", "swim lane", "layer", "service layer", "row", "泳道", "层", "層", "服务层", "服務層",
             "レーン", "レイヤー", "層", "дорожка", "слой", "уровень", "слой сервиса", "لایه", "لاین", "ردیف"),
    "lane_kind": ("lane kind", "lane type", "layer kind", "泳道类型", "泳道類型", "レーンの種類", "тип дорожки",
                  "نوع لایه"),
    "title": ("title", "card title", "card", "what happens", "what", "activity", "event", "action", "actions",
              "customer action", "标题", "標題", "发生了什么", "發生了什麼", "活动", "活動", "行为", "行為", "卡片",
              "タイトル", "何が起きるか", "出来事", "行動", "アクション", "заголовок", "название", "что происходит",
              "действие", "действия", "событие", "عنوان", "چه اتفاقی می‌افتد", "چه اتفاقی میافتد", "رویداد",
              "اقدام", "کار"),
    "body": ("body", "text", "card text", "details", "detail", "notes", "note", "description", "详情", "詳情",
             "描述", "说明", "說明", "备注", "備註", "詳細", "説明", "メモ", "本文", "описание", "подробности",
             "заметки", "текст", "توضیحات", "شرح", "یادداشت", "متن"),
    "type": ("type", "card type", "kind", "类型", "類型", "卡片类型", "卡片類型", "種類", "タイプ", "тип",
             "тип карточки", "نوع", "نوع کارت"),
    "owner": ("owner", "responsible", "who", "role", "department", "team", "负责人", "負責人", "负责", "負責",
              "责任人", "責任人", "担当", "担当者", "責任者", "ответственный", "владелец", "кто", "مسئول",
              "مالک", "چه کسی"),
    "channel": ("channel", "medium", "渠道", "通路", "管道", "チャネル", "チャンネル", "канал", "کانال"),
    "emotion": ("emotion", "emotions", "feeling", "feelings", "mood", "sentiment", "emotion score", "情绪",
                "情緒", "情感", "感受", "心情", "感情", "気持ち", "эмоция", "эмоции", "настроение", "чувства",
                "احساس", "احساسات", "هیجان"),
    "minutes": ("time", "minutes", "duration", "time in minutes", "min", "mins", "时间", "時間", "时长", "時長",
                "分钟", "分鐘", "所要時間", "分", "время", "минуты", "длительность", "мин", "زمان", "دقیقه",
                "مدت"),
    "fail_point": ("fail point", "failpoint", "fail", "failure", "failure point", "失败点", "失敗點", "故障点",
                   "故障點", "失敗ポイント", "失敗点", "точка отказа", "сбой", "отказ", "نقطه شکست", "شکست"),
    "wait_point": ("wait point", "waitpoint", "wait", "waiting", "等待点", "等待點", "等待", "待ち",
                   "待ちポイント", "ожидание", "точка ожидания", "نقطه انتظار", "انتظار"),
    "evidence": ("evidence", "source", "research", "proof", "data", "证据", "證據", "依据", "依據", "来源",
                 "來源", "根拠", "エビデンス", "証拠", "出典", "доказательства", "источник", "подтверждение",
                 "данные", "شواهد", "مدرک", "منبع"),
    "metric": ("metric", "metrics", "kpi", "指标", "指標", "メトリクス", "метрика", "показатель", "معیار",
               "شاخص"),
    "moment": ("moment", "时刻", "時刻", "瞬間", "момент", "لحظه"),
    "tags": ("tags", "tag", "labels", "标签", "標籤", "タグ", "теги", "метки", "برچسب", "برچسب‌ها"),
    "impact": ("impact", "影响", "影響", "インパクト", "влияние", "تأثیر", "تاثیر"),
    "effort": ("effort", "工作量", "工数", "усилия", "трудозатраты", "تلاش"),
    "status": ("status", "状态", "狀態", "ステータス", "状況", "статус", "وضعیت"),
    "due": ("due", "due date", "deadline", "截止日期", "截止", "期限", "期日", "срок", "مهلت", "سررسید"),
    "span": ("span", "steps spanned", "跨度", "スパン", "охват", "دامنه"),
}

#: lane names per kind (beyond the templates' and the kinds' own names in every language)
LANE_WORDS: dict[str, tuple[str, ...]] = {
    "actions": ("customer", "customer actions", "user", "user actions", "customer journey", "客户", "顾客", "客戶",
                "客户行为", "用户", "用戶", "顧客", "顧客の行動", "ユーザー", "клиент", "пользователь",
                "действия клиента", "مشتری", "کاربر", "اقدامات مشتری"),
    "touchpoints": ("touchpoint", "touch point", "touch points", "触点", "觸點", "接触点", "接觸點",
                    "タッチポイント", "接点", "точка контакта", "точки контакта", "نقطه تماس", "نقاط تماس"),
    "thoughts": ("thought", "thinking", "quote", "quotes", "想法", "顾客想法", "考え", "思考", "мысль", "мысли",
                 "فکر", "افکار"),
    "pain-points": ("pain point", "pain", "pains", "pain points", "problem", "problems", "痛点", "痛點", "问题",
                    "問題", "ペインポイント", "課題", "проблема", "проблемы", "боль", "болевые точки", "نقطه درد",
                    "نقاط درد", "مشکل", "مشکلات"),
    "opportunities": ("opportunity", "idea", "ideas", "improvement", "机会", "機會", "改进", "機会", "改善",
                      "возможность", "возможности", "идеи", "فرصت", "فرصت‌ها", "ایده"),
    "channels": ("channel", "where", "渠道", "通路", "チャネル", "канал", "каналы", "کانال", "کانال‌ها"),
    "emotions": ("emotion", "feeling", "情绪", "情緒", "感情", "эмоция", "эмоции", "احساس"),
    "physical-evidence": ("props", "physical", "evidence", "有形展示", "物理证据", "物理證據", "物的証拠",
                          "физические свидетельства", "شواهد فیزیکی"),
    "frontstage": ("frontstage", "front stage", "onstage", "on stage", "front office", "前台", "前台行为",
                   "前台行為", "フロントステージ", "フロント", "фронт", "фронтстейдж", "фронт офис", "پیشخوان",
                   "جلوی صحنه"),
    "backstage": ("backstage", "back stage", "back office", "后台", "後台", "后台行为", "後台行為", "バックステージ",
                  "バック", "бэкстейдж", "бэк офис", "закулисье", "پشت صحنه"),
    "support-processes": ("support", "support process", "supporting processes", "systems", "支持", "支持流程",
                          "支援流程", "支援プロセス", "サポート", "поддержка", "поддерживающие процессы",
                          "پشتیبانی", "فرایندهای پشتیبانی"),
    "owners": ("owner", "owners", "responsible", "负责人", "負責人", "担当", "ответственные", "مسئول"),
    "kpis": ("kpi", "kpis", "指标", "指標", "показатели", "شاخص‌ها"),
}


def normalise(text: str) -> str:
    """Letters and digits only, case-folded, in their normal width: "Pain-points " = "painpoints"."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


_QUALIFIED = re.compile(r"^\s*(.+?)\s*(?:[(（\[]\s*(.*?)\s*[)）\]]|[:：]\s*(.+?)|\s[-—–]\s*(.+?))\s*$")


def split_header(header: str) -> tuple[str, str]:
    """"Emotion (Anna)", "Emotion: Anna", "情绪（小王）" -> (base, qualifier); else (header, "")."""
    found = _QUALIFIED.match(header)
    if not found:
        return header.strip(), ""
    return found.group(1), next((g for g in found.groups()[1:] if g), "")


def _index(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for key, names in words.items():
        for name in names:
            index.setdefault(normalise(name), key)
    return index


_FIELD_INDEX = _index(SYNONYMS)


def _lane_index() -> dict[str, str]:
    """Every name a lane of a kind may have: ours, the templates', the kinds' labels, each in
    English and in every catalogue language."""
    names: dict[str, list[str]] = {kind: list(words) for kind, words in LANE_WORDS.items()}
    labelled = [(kind, label) for kind, label in LANE_KIND_LABELS.items()]
    labelled += [pair for lanes in (JOURNEY_LANES, BLUEPRINT_LANES, BLANK_LANES, DAY_LANES) for pair in lanes]
    for kind, label in labelled:
        names.setdefault(kind, []).extend([label, *(translate(label, language) for language in LANGUAGES)])
    return _index({kind: tuple(words) for kind, words in names.items()})


_LANE_INDEX = _lane_index()


def _lookup(index: dict[str, str], text: str) -> str | None:
    key = normalise(text)
    if not key:
        return None
    if key in index:
        return index[key]
    if key.endswith("s") and key[:-1] in index:  # "Owners", "Stages"
        return index[key[:-1]]
    return None


def lane_kind_of(name: str) -> str | None:
    """The lane kind a lane's name says ("Backstage", "后台", "Support processes"), or None."""
    found = _lookup(_LANE_INDEX, name)
    if found is None:
        base, _qualifier = split_header(name)
        found = _lookup(_LANE_INDEX, base) if base != name else None
    return found


@dataclass(frozen=True)
class Role:
    """What one column holds: a field of FIELDS and, for emotion, metric and cards, its argument."""

    field: str
    argument: str = ""

    def text(self) -> str:
        return f"{self.field}:{self.argument}" if self.argument else self.field


IGNORE = Role("ignore")


def role_from_text(text: str) -> Role:
    """A Role from Role.text() ("emotion:Anna"); an unknown field is ignored."""
    field, _, argument = text.partition(":")
    return Role(field, argument) if field in FIELDS else IGNORE


def role_for(field: str, header: str) -> Role:
    """The role of a column of `field` under `header`: the argument comes from the header (the
    persona of "Emotion (Anna)", the metric "NPS", the lane "Touchpoints")."""
    _base, qualifier = split_header(header)
    if field == "emotion":
        return Role(field, qualifier)
    if field == "metric":
        return Role(field, qualifier or header.strip())
    if field == "cards":
        return Role(field, header.strip())
    return Role(field)


def guess_role(header: str) -> Role:
    """A column's role from its header alone."""
    base, _qualifier = split_header(header)
    for text in (header, base):
        field = _lookup(_FIELD_INDEX, text)
        if field is not None:
            return role_for(field, header)
        if _lookup(_METRIC_INDEX, text) is not None:  # "NPS", "CSAT" on their own
            return Role("metric", header.strip())
        kind = _lookup(_LANE_INDEX, text)
        if kind is not None and kind not in ("emotions", "owners", "channels", "kpis"):
            return Role("cards", header.strip())
    return IGNORE


def guess_mapping(headers: Sequence[str]) -> list[Role]:
    """A role per column; a field that takes one column goes to the first column that names it."""
    roles: list[Role] = []
    taken: set[str] = set()
    for header in headers:
        role = guess_role(header)
        if role.field in SINGLE:
            if role.field in taken:
                role = IGNORE
            taken.add(role.field)
        roles.append(role)
    if "title" not in taken and "body" in taken:  # "Description" alone is what happens
        roles = [Role("title") if r.field == "body" else r for r in roles]
    return roles


#: metric kinds by the names a header may give them
_METRIC_INDEX = _index({"nps": ("nps", "net promoter score"), "csat": ("csat",), "ces": ("ces", "customer effort"),
                        "conversion": ("conversion", "conversion rate", "转化率", "轉換率", "コンバージョン",
                                       "конверсия", "نرخ تبدیل")})


def metric_kind_of(name: str) -> str | None:
    return _lookup(_METRIC_INDEX, name)


class MappingError(ValueError):
    """A --columns text that names an unknown field or column."""


def parse_columns(text: str, headers: Sequence[str], base: Sequence[Role] | None = None) -> list[Role]:
    """--columns stage=Stage,lane=Layer,emotion:Anna=Feeling: each FIELD[:ARGUMENT]=HEADER sets the
    role of the column with that header (case and spacing do not count); the rest keep `base`'s."""
    roles = list(base if base is not None else guess_mapping(headers))
    by_header = {normalise(h): i for i, h in reversed(list(enumerate(headers)))}
    for part in filter(None, (p.strip() for p in text.split(","))):
        if "=" not in part:
            raise MappingError(f"--columns: {part!r} is not FIELD=COLUMN")
        target, header = (s.strip() for s in part.split("=", 1))
        field, _, argument = target.partition(":")
        field = field.strip().replace("-", "_")
        if field not in FIELDS:
            raise MappingError(f"--columns: unknown field {field!r} (fields: {', '.join(FIELDS)})")
        column = by_header.get(normalise(header))
        if column is None:
            raise MappingError(f"--columns: no column {header!r} (columns: {', '.join(headers)})")
        role = Role(field, argument.strip()) if argument.strip() else role_for(field, headers[column])
        if field in SINGLE:  # a field given a column leaves the one guessed for it
            roles = [IGNORE if r.field == field else r for r in roles]
        roles[column] = role
    return roles
