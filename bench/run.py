"""Speed and memory of Journey Editor against floors measured in the same run.

    python bench/run.py [--sizes 1000,5000,20000] [--quick] [--json OUT]

Each size runs in fresh processes (one for the app, one for the floor) so peak RSS is each
side's own. Floors: raw sqlite3 reads/updates, a bare QGraphicsScene of the same rectangles
and strings, bare reportlab drawing the same boxes and strings.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = {
    "en": "sign up pay wait renew call app email store checkout help review compare order deliver".split(),
    "zh": "注册 支付 等待 续订 客服 应用 邮件 门店 结账 帮助 评价 比较 下单 配送".split(),
    "ru": "вход оплата ожидание продление звонок приложение письмо магазин помощь отзыв заказ".split(),
    "fa": "ثبت‌نام پرداخت انتظار تمدید تماس برنامه ایمیل فروشگاه کمک نظر سفارش".split(),
}
VIEW = (1920, 1080)
#: frames and drags are short: the best of this many, on both sides (the machine may be shared)
REPEAT = 7
#: exports: the best of two on both sides (the app's second PDF finds its lines shaped: the
#: shaping cache is emptied before each, so each export shapes every line as a first one does)
EXPORT_REPEAT = 2


def generate(path: Path, cards: int, seed: int = 7) -> None:
    """A deterministic project: stages x lanes x cards with text in four scripts, personas, connectors."""
    from journeyeditor.model import Card, Connector, EmotionPoint, Lane, Map, Persona, Project, Stage
    from journeyeditor.persistence import ProjectStore

    rng = random.Random(seed)
    project = Project(f"Benchmark {cards}")
    m = project.add(Map(f"{cards} cards"))
    n_stages = max(6, round((cards / 12) ** 0.5 * 1.6))
    stages = [project.add_stage(Stage(m.id, f"Stage {i + 1}")) for i in range(n_stages)]
    kinds = ["actions", "touchpoints", "thoughts", "emotions", "pain-points", "opportunities", "channels",
             "kpis", "owners", "text"]
    lanes = [project.add(Lane(m.id, k.title(), k)) for k in kinds]
    card_lanes = [lane for lane in lanes if lane.kind != "emotions"]
    made = []
    for i in range(cards):
        script = rng.choice(list(WORDS))
        title = " ".join(rng.choice(WORDS[script]) for _ in range(rng.randint(2, 5)))
        body = " ".join(rng.choice(WORDS[script]) for _ in range(rng.randint(0, 12)))
        made.append(project.add(Card(m.id, stages[i % n_stages].id, card_lanes[(i // n_stages) % len(card_lanes)].id,
                                     title, body, rng.choice(["action", "touchpoint", "pain-point", "opportunity", "idea"]))))
    for p in range(3):
        persona = project.add(Persona(f"Persona {p}", colour=["#0072B2", "#D55E00", "#009E73"][p]))
        m.persona_ids.append(persona.id)
        for stage in stages:
            project.add(EmotionPoint(m.id, persona.id, stage.id, float(rng.randint(-2, 2))))
    for _ in range(cards // 20):
        a, b = rng.sample(made, 2)
        project.add(Connector(m.id, a.id, b.id))
    ProjectStore.create(path, project).close()


def timed(fn, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def timed_pair(action, reverse, repeat: int = REPEAT) -> tuple[float, float]:
    """Best of `repeat` for an action and for its reverse, alternating, each timed on its own."""
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for i, fn in enumerate((action, reverse)):
            start = time.perf_counter()
            fn()
            best[i] = min(best[i], time.perf_counter() - start)
    return best[0], best[1]


def render(scene, rect, size=VIEW):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size[0], size[1]), rect)
    painter.end()


class Frame:
    """A 1920x1080 QGraphicsView on a scene: a repaint is what the user's window does, with the
    view's culling and each item's own cache (the same for the app and the floor)."""

    def __init__(self, scene) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QFrame, QGraphicsView

        self.view = QGraphicsView(scene)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.view.resize(*VIEW)
        self.view.show()

    def paint_fit(self) -> None:
        from PySide6.QtCore import Qt

        self.view.fitInView(self.view.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.view.viewport().grab()

    def paint_100(self) -> None:
        from PySide6.QtGui import QTransform

        self.view.setTransform(QTransform())
        rect = actual_rect()
        self.view.centerOn(rect.center())
        self.view.viewport().grab()


def actual_rect():
    from PySide6.QtCore import QRectF

    return QRectF(200, 150, VIEW[0], VIEW[1])


def worker_app(path: Path, out_pdf: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from journeyeditor.app import create_app

    create_app()
    from journeyeditor.canvas.scene import MapScene
    from journeyeditor.export.pdf import export_pdf
    from journeyeditor.export.png import render_map_image
    from journeyeditor.ui.document import Document

    result = {}
    start = time.perf_counter()
    document = Document.open(path)
    scene = MapScene(document.editor)
    scene.set_map(document.project.maps[0].id)
    frame = Frame(scene)
    frame.paint_fit()
    result["open_to_first_frame"] = time.perf_counter() - start
    result["repaint_fit"] = timed(frame.paint_fit, REPEAT)
    result["repaint_100"] = timed(frame.paint_100, REPEAT)
    project, m = document.project, document.project.maps[0]
    contents = project.contents(m.id)
    card = next(iter(contents.cards.values()))
    target_stage = contents.stages[-1].id

    def drag():
        scene.editor.move_cards([(card.id, target_stage, card.lane_id, 0)])

    def drag_and_repaint():  # what the user waits for: the edit in the file and on screen
        drag()
        frame.view.viewport().grab()

    def undo_and_repaint():
        document.editor.undo()
        frame.view.viewport().grab()

    result["drag_commit"], result["undo"] = timed_pair(drag_and_repaint, undo_and_repaint)
    # the same edit with no canvas listening: command + one file transaction
    document.editor.undo_stack.indexChanged.disconnect(scene.follow_stack)
    result["drag_commit_file"], _ = timed_pair(drag, document.editor.undo)
    from journeyeditor.export.pdftext import font_name
    from journeyeditor.text.fonts import FONTS

    for face in FONTS:  # registered (parsed) beforehand, as the floor's are
        for bold in (False, True):
            font_name(face, bold)
    from journeyeditor.export import pdftext

    def pdf_as_first():  # every line shaped, as in a session's first export
        pdftext._SHAPED.clear()
        export_pdf(project, [m], out_pdf)

    result["pdf_export"] = timed(pdf_as_first, EXPORT_REPEAT)
    result["png_export"] = timed(lambda: render_map_image(project, m, 0.5), EXPORT_REPEAT)
    from journeyeditor.export.svg import render_map_svg

    result["svg_export"] = timed(lambda: render_map_svg(project, m), EXPORT_REPEAT)
    document.close()
    app.processEvents()
    result["peak_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return result


def worker_floor(path: Path, out_pdf: Path) -> dict:
    import sqlite3

    from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from journeyeditor.layout import LayoutEngine
    from journeyeditor.persistence import ProjectStore
    from journeyeditor.text.fonts import FONTS

    # the same rectangles and strings the app shows, computed outside the timings
    with ProjectStore.open(path, read_only=True) as store:
        layout = LayoutEngine().layout(store.project, store.project.maps[0].id)
        boxes = [(b.rect, " ".join(b.title_lines), " ".join(b.body_lines)) for b in layout.cards.values()]
        # the lines the app's PDF draws, each in the bundled face that has its characters
        lines = [(b.rect, list(b.title_lines), list(b.body_lines)) for b in layout.cards.values()]
        size = (layout.width, layout.height)
    _app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the scene
    for face in FONTS:
        QFontDatabase.addApplicationFont(str(face.path()))
    font = QFont()
    font.setFamilies([f.family for f in FONTS])
    font.setPixelSize(12)
    result = {}
    start = time.perf_counter()
    db = sqlite3.connect(path)
    rows = db.execute('SELECT id, stage_id, lane_id, "index", title, body, type, colour FROM cards').fetchall()
    db.close()
    def bare_scene():
        scene = QGraphicsScene(0, 0, *size)
        for rect, title, body in boxes:
            item = QGraphicsRectItem(0, 0, rect.w, rect.h)
            item.setPos(rect.x, rect.y)
            item.setBrush(QBrush(QColor("#FFFFFF")))
            scene.addItem(item)
            text = QGraphicsSimpleTextItem(title)
            text.setFont(font)
            text.setParentItem(item)
            text.setPos(10, 10)
            body_item = QGraphicsSimpleTextItem(body[:60])
            body_item.setFont(font)
            body_item.setParentItem(item)
            body_item.setPos(10, 30)
        return scene

    scene = bare_scene()
    frame = Frame(scene)
    frame.paint_fit()
    result["open_to_first_frame"] = time.perf_counter() - start
    assert len(rows) == len(boxes)
    result["repaint_fit"] = timed(frame.paint_fit, REPEAT)
    result["repaint_100"] = timed(frame.paint_100, REPEAT)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    card_id = rows[0][0]

    def update():
        db.execute('UPDATE cards SET "index" = 0, stage_id = stage_id WHERE id = ?', (card_id,))
        db.commit()

    mover = scene.items()[0]
    while mover.parentItem() is not None:
        mover = mover.parentItem()
    frame.paint_100()
    home = mover.pos()

    def update_and_repaint(offset):  # the row, one item moved in the bare scene, the view repainted
        update()
        mover.setPos(home.x() + offset, home.y())
        frame.view.viewport().grab()

    result["drag_commit"], result["undo"] = timed_pair(lambda: update_and_repaint(40), lambda: update_and_repaint(0))
    result["drag_commit_file"], _ = timed_pair(update, update)
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    for face in FONTS:
        for bold in (False, True):
            pdfmetrics.registerFont(TTFont(f"floor-{face.key}-{bold}", str(face.path(bold))))

    face_of: dict = {}

    def runs(text):
        """The text cut where the face that has its characters changes (no shaping, no bidi)."""
        start, face = 0, None
        for i, char in enumerate(text):
            if char not in face_of:
                face_of[char] = next((f for f in FONTS if f.covers(char)), FONTS[0])
            here = face_of[char] if not char.isspace() else face
            if face is not None and here is not face:
                yield face, text[start:i]
                start = i
            face = here or face
        if text:
            yield face or FONTS[0], text[start:]

    def draw(canvas, x, y, text, bold, size_pt):
        for face, run in runs(text):
            name = f"floor-{face.key}-{bold}"
            canvas.setFont(name, size_pt)
            canvas.drawString(x, y, run)
            x += pdfmetrics.stringWidth(run, name, size_pt)

    def bare_pdf():
        canvas = Canvas(str(out_pdf), pagesize=size, initialFontName="floor-latin-False")
        for rect, titles, bodies in lines:
            canvas.rect(rect.x, size[1] - rect.bottom, rect.w, rect.h, stroke=1, fill=0)
            y = size[1] - rect.y - 20
            for line in titles:
                draw(canvas, rect.x + 10, y, line, True, 13)
                y -= 17
            for line in bodies:
                draw(canvas, rect.x + 10, y, line, False, 11)
                y -= 15
        canvas.save()

    result["pdf_export"] = timed(bare_pdf, EXPORT_REPEAT)

    def bare_png():  # the items made and rendered, as the app's export makes its scene and renders it
        fresh = bare_scene()
        render(fresh, fresh.sceneRect(), (max(1, round(size[0] * 0.5)), max(1, round(size[1] * 0.5))))

    result["png_export"] = timed(bare_png, EXPORT_REPEAT)

    def bare_svg():
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(round(size[0]), round(size[1])))
        generator.setViewBox(QRectF(0, 0, *size))
        painter = QPainter(generator)
        scene.render(painter, QRectF(0, 0, *size), scene.sceneRect())
        painter.end()

    result["svg_export"] = timed(bare_svg, EXPORT_REPEAT)
    result["peak_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return result


def run_worker(mode: str, path: Path) -> dict:
    out = path.with_suffix(f".{mode}.pdf")
    output = subprocess.run([sys.executable, __file__, "--worker", mode, str(path), str(out)],
                            capture_output=True, text=True, check=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--quick", action="store_true", help="one small size, well under a minute")
    parser.add_argument("--json", dest="json_out")
    parser.add_argument("--worker", nargs=3, metavar=("MODE", "FILE", "PDF"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        mode, path, pdf = args.worker
        result = (worker_app if mode == "app" else worker_floor)(Path(path), Path(pdf))
        print(json.dumps(result))
        return 0
    sizes = [300] if args.quick else [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"bench-{size}.journey"
            generate(path, size)
            app, floor = run_worker("app", path), run_worker("floor", path)
            for metric in app:
                rows.append({"size": size, "metric": metric, "value_s": app[metric], "floor_s": floor[metric],
                             "ratio": app[metric] / floor[metric] if floor[metric] else None})
    print(f"{'size':>6}  {'metric':<20} {'value':>12} {'floor':>12} {'ratio':>7}")
    for row in rows:
        unit = (lambda v: f"{v / 2**20:9.1f} MB") if row["metric"] == "peak_rss" else (lambda v: f"{v * 1000:9.1f} ms")
        print(f"{row['size']:>6}  {row['metric']:<20} {unit(row['value_s']):>12} {unit(row['floor_s']):>12} "
              f"{row['ratio']:7.2f}")
    if len(sizes) > 1:  # each figure should grow about linearly: its cost per card between sizes
        print(f"\n{'metric':<20} {'per card (app / floor) between sizes':>40}")
        for metric in app:
            by_size = {r["size"]: r for r in rows if r["metric"] == metric}
            slopes = []
            for low, high in pairwise(sizes):
                a, b = by_size[low], by_size[high]
                app_slope = (b["value_s"] - a["value_s"]) / (high - low)
                floor_slope = (b["floor_s"] - a["floor_s"]) / (high - low)
                unit = (lambda v: f"{v / 1024:.1f} KB") if metric == "peak_rss" else (lambda v: f"{v * 1e6:.1f} µs")
                slopes.append(f"{low}-{high}: {unit(app_slope)} / {unit(floor_slope)}")
            print(f"{metric:<20} {'; '.join(slopes)}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
