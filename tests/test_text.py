from journeyeditor.text import split_runs
from journeyeditor.text.runs import missing_characters, script_of


def runs(text):
    return [(r.text, r.script, r.font.key, r.rtl) for r in split_runs(text)]


def test_common_characters_join_their_neighbours():
    assert runs("Stage 2 — 觸點") == [("Stage 2 — ", "latin", "latin", False), ("觸點", "han", "cjk", False)]


def test_each_script_gets_a_font_that_has_its_glyphs():
    text = "Journey — Путь — 旅程 — 旅程 — たび — سفر مشتری"
    result = split_runs(text)
    assert "".join(r.text for r in result) == text
    assert {r.script for r in result} >= {"latin", "cyrillic", "han", "kana", "arabic"}
    for run in result:
        assert not run.missing
        assert all(run.font.covers(ch) for ch in run.text)
    persian = [r for r in result if r.script == "arabic"]
    assert persian and all(r.rtl and r.font.key == "arabic" for r in persian)


def test_traditional_chinese_and_persian_digits_are_covered():
    assert missing_characters("觸點體驗 ۱۲۳ می‌خواهم") == []


def test_missing_glyphs_are_reported_not_hidden():
    assert missing_characters("ok שלום") == list("שלום")
    assert script_of("ש") == "hebrew"
