import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editing import random_edit
from journeyeditor.editor import Editor
from journeyeditor.interchange import project_to_json
from journeyeditor.persistence import ProjectStore
from journeyeditor.templates import build_sample


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), count=st.integers(50, 90))
def test_random_edits_undo_redo_and_reopen(tmp_path_factory, seed, count):
    path = tmp_path_factory.mktemp("prop") / "p.journey"
    store = ProjectStore.create(path, build_sample())
    editor = Editor(store.project, store)
    start = project_to_json(store.project)
    rng = random.Random(seed)
    while editor.undo_stack.index() < count:  # count real edits: a no-op draw pushes nothing
        random_edit(editor, rng)
    end = project_to_json(store.project)
    steps = editor.undo_stack.index()
    for _ in range(steps):
        editor.undo()
    assert project_to_json(store.project) == start
    with ProjectStore.open(path, read_only=True) as mirror:  # the file follows undo too
        assert project_to_json(mirror.project) == start
    for _ in range(steps):
        editor.redo()
    assert project_to_json(store.project) == end
    store.close()
    with ProjectStore.open(path) as reopened:
        assert project_to_json(reopened.project) == end
