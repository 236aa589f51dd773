"""The team library on a real PostgreSQL server (tests/pg_server.py starts one for the session)."""

from __future__ import annotations

import pytest
from pg_server import needs_postgresql

from journeyeditor.cli import main
from journeyeditor.interchange import project_to_json
from journeyeditor.persistence import ProjectStore
from journeyeditor.persistence.library import (
    ConflictError,
    Library,
    LibraryAddress,
    LibraryError,
    LibraryStore,
    ServerUnreachableError,
)

pytestmark = needs_postgresql


def test_addresses_parse_and_never_show_a_password():
    address = LibraryAddress.parse("postgresql://anna:s3cret@db.example:5433/cx?project=Onboarding")
    assert address.project == "Onboarding"
    assert address.url.password == "s3cret" and address.url.drivername == "postgresql+psycopg"
    assert str(address) == "postgresql://anna@db.example:5433/cx?project=Onboarding"
    assert "s3cret" not in repr(address.url)
    with pytest.raises(LibraryError, match="names no database"):
        LibraryAddress.parse("postgresql://anna:s3cret@db.example:5433")
    with pytest.raises(LibraryError) as refused:
        LibraryAddress.parse("postgresql://anna:s3cret@db.example:5433")
    assert "s3cret" not in str(refused.value)


def test_a_password_holding_a_bare_at_sign_is_refused_without_showing_any_of_it(capsys):
    # "se:c@ret": the part after the "@" used to be taken for the host, and shown in the message
    assert main(["library", "list", "postgresql://anna:se:c@ret@127.0.0.1:1/cx"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "must be written %40" in error
    assert "ret" not in error.replace("written", "") and "se:c" not in error
    with pytest.raises(LibraryError) as refused:
        LibraryAddress.parse("postgresql://anna:p/w@rd@db.example/cx?project=Team@Home")
    assert "w@rd" not in str(refused.value) and "rd@" not in str(refused.value)
    assert "anna@db.example/cx?project=Team@Home" in str(refused.value)
    assert LibraryAddress.parse("postgresql://anna:p%40ss@db.example/cx").url.password == "p@ss"


def test_publish_and_fetch_round_trip_is_byte_identical(library_url, sample_file, tmp_path, capsys):
    with ProjectStore.open(sample_file, read_only=True) as store:
        before = project_to_json(store.project)
    assert main(["library", "publish", str(sample_file), library_url, "--as", "Onboarding"]) == 0
    assert main(["library", "list", library_url]) == 0
    listing = capsys.readouterr().out
    assert "Onboarding" in listing
    fetched = tmp_path / "fetched.journey"
    assert main(["library", "fetch", library_url, "--project", "Onboarding", "-o", str(fetched)]) == 0
    with ProjectStore.open(fetched, read_only=True) as store:
        assert project_to_json(store.project).encode() == before.encode()
    # the project as the server holds it reads back the same too
    with LibraryStore.open(f"{library_url}?project=Onboarding") as store:
        assert project_to_json(store.project) == before


def test_many_projects_in_one_database(library_url, sample_project):
    from journeyeditor.model import Project

    with Library(library_url) as library:
        library.create_project("Onboarding", sample_project)
        library.create_project("Returns (EU)", Project("Returns"))
        library.create_project("returns eu", Project("Returns again"))  # same slug: a schema of its own
        listing = library.projects()
        assert [p["name"] for p in listing] == ["Onboarding", "Returns (EU)", "returns eu"]
        assert len({p["schema"] for p in listing}) == 3
        with pytest.raises(LibraryError, match="has a project named 'Onboarding' already"):
            library.create_project("Onboarding", Project("x"))
    with LibraryStore.open(f"{library_url}?project=returns eu") as store:
        assert store.project.title == "Returns again" and not store.read_only


def test_cli_errors_are_one_line(library_url, running_server, tmp_path, capsys):
    assert main(["library", "fetch", library_url, "--project", "Nope", "-o", str(tmp_path / "x.journey")]) == 1
    assert "no project named 'Nope'" in capsys.readouterr().err
    bare = running_server.admin_url(running_server.new_database())
    assert main(["library", "list", bare]) == 1
    assert "is not a Journey Editor library (run: journeyeditor library init" in capsys.readouterr().err
    assert main(["library", "init", bare]) == 0
    assert main(["library", "init", bare]) == 0  # again: nothing changes
    assert "already" in capsys.readouterr().out
    unreachable = "postgresql://anna:s3cret@127.0.0.1:1/cx"
    assert main(["library", "list", unreachable]) == 1
    error = capsys.readouterr().err
    assert error.startswith("journeyeditor: error: cannot reach the library anna@127.0.0.1:1/cx")
    assert error.count("\n") == 1 and "s3cret" not in error
    # the server there, the sign-in refused: said so, in one line, without libpq's labels or the password
    running_server.sql("DO $$ BEGIN CREATE ROLE cli_anna LOGIN PASSWORD 'right pw'; "
                       "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    host = f"127.0.0.1:{running_server.port}"
    for url, expected in ((f"postgresql://cli_anna:wr0ng@{host}/postgres",
                           (f"cannot sign in to the library cli_anna@{host}/postgres: "
                            'password authentication failed for user "cli_anna"')),
                          (f"postgresql://cli_anna@{host}/postgres",
                           f"cannot sign in to the library cli_anna@{host}/postgres: no password supplied"),
                          (f"postgresql://cli_anna:right%20pw@{host}/nodb",
                           f'cannot reach the library cli_anna@{host}/nodb: database "nodb" does not exist')):
        assert main(["library", "list", url]) == 1
        error = capsys.readouterr().err
        assert error == f"journeyeditor: error: {expected}\n" and "wr0ng" not in error and "right" not in error


def test_unreachable_server_at_open_is_one_clear_error():
    with pytest.raises(ServerUnreachableError) as refused:
        LibraryStore.open("postgresql://anna:s3cret@127.0.0.1:1/cx?project=P")
    assert "s3cret" not in str(refused.value) and "cannot reach the library" in str(refused.value)


def test_edits_land_in_one_transaction_each(library_url, sample_project):
    from journeyeditor.editor import Editor

    with Library(library_url) as library:
        library.create_project("P", sample_project)
    address = f"{library_url}?project=P"
    store = LibraryStore.open(address)
    editor = Editor(store.project, store)
    map_ = store.project.maps[0]
    contents = store.project.contents(map_.id)
    card = next(iter(contents.cards.values()))
    editor.update(card.id, title="Renamed in the library")
    new_stage = editor.add_stage(map_.id, "Aftercare")
    assert editor.write_error is None
    store.close()
    with LibraryStore.open(address) as again:
        assert again.project.get(card.id).title == "Renamed in the library"
        assert [s.name for s in again.project.contents(map_.id).stages][-1] == "Aftercare"
        assert again.project.get(new_stage.id) is not None


def test_a_stale_step_is_refused_and_nothing_of_it_written(library_url, sample_project):
    with Library(library_url) as library:
        library.create_project("P", sample_project)
    address = f"{library_url}?project=P"
    anna, ben = LibraryStore.open(address), LibraryStore.open(address)
    card_id = next(iter(anna.project.contents(anna.project.maps[0].id).cards))
    anna.project.update(card_id, title="Anna's")
    anna.flush()
    ben.project.update(card_id, title="Ben's", body="Ben's body")
    with pytest.raises(ConflictError) as refused:
        ben.flush()
    assert refused.value.keys == [("card", card_id)]
    assert "Someone else changed card “Ben's”" in str(refused.value)
    ben.discard_pending()
    ben.apply_remote(refused.value.keys)
    assert ben.project.get(card_id).title == "Anna's" and ben.project.get(card_id).body != "Ben's body"
    ben.project.update(card_id, title="Ben's, after reading Anna's")
    ben.flush()  # now it is based on the server's version
    anna.close(), ben.close()
    with LibraryStore.open(address) as check:
        assert check.project.get(card_id).title == "Ben's, after reading Anna's"


def _fetched_copy(library_url, sample_project, tmp_path):
    with Library(library_url) as library:
        library.create_project("P", sample_project)
    copy = tmp_path / "offline.journey"
    assert main(["library", "fetch", f"{library_url}?project=P", "-o", str(copy)]) == 0
    return copy


def _cards(project):
    return list(project.contents(project.maps[0].id).cards.values())


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_publishing_a_fetched_copy_brings_its_changes_back_and_refuses_conflicts(
        library_url, sample_project, tmp_path, capsys, keep):
    copy = _fetched_copy(library_url, sample_project, tmp_path)
    address = f"{library_url}?project=P"
    with ProjectStore.open(copy) as local:  # offline work on the copy
        a, b, c, gone = _cards(local.project)[:4]
        local.project.update(a.id, title="A, offline")
        local.project.update(b.id, title="B, offline")
        local.project.remove(gone.id)
        stage = local.project.contents(local.project.maps[0].id).stages[0]
        local.project.update(stage.id, name="Stage renamed offline")
        local.flush()
    with LibraryStore.open(address) as server:  # meanwhile, on the server
        server.project.update(b.id, title="B, on the server")
        server.project.update(c.id, body="C, on the server")
        server.flush()
    with ProjectStore.open(copy):  # the copy open in a window: refused before anything is sent
        assert main(["library", "publish", str(copy), library_url, "--keep", keep]) == 1
        assert "offline.journey is open in another Journey Editor window" in capsys.readouterr().err
    with LibraryStore.open(address) as server:
        assert server.project.get(a.id).title != "A, offline"
    assert main(["library", "publish", str(copy), library_url]) == 1
    error = capsys.readouterr().err
    assert f"1 entities were changed both in offline.journey and in the library since the fetch: card “B, offline” " \
           f"({b.id[:8]})" in error
    assert "--keep mine or --keep theirs" in error and error.count("\n") == 1
    with LibraryStore.open(address) as server:
        assert server.project.get(a.id).title != "A, offline"  # nothing went up
    assert main(["library", "publish", str(copy), library_url, "--keep", keep]) == 0
    out = capsys.readouterr().out
    assert f"card “B, offline” ({b.id[:8]}): {keep} kept" in out
    with LibraryStore.open(address) as server:
        project = server.project
        assert project.get(a.id).title == "A, offline"
        assert project.get(b.id).title == ("B, offline" if keep == "mine" else "B, on the server")
        assert project.get(c.id).body == "C, on the server"  # the server's own change stays
        assert project.get(gone.id) is None
        assert project.contents(project.maps[0].id).stages[0].name == "Stage renamed offline"
        on_server = project_to_json(project)
    with ProjectStore.open(copy, read_only=True) as local:  # the copy holds what the library holds now
        assert project_to_json(local.project) == on_server
    # published: the copy now stands on that state, so publishing again sends nothing and refuses nothing
    assert main(["library", "publish", str(copy), library_url]) == 0
    assert "published 0 changes" in capsys.readouterr().out


def test_a_local_project_is_published_once_under_a_name(library_url, sample_file, capsys):
    assert main(["library", "publish", str(sample_file), library_url]) == 0
    assert "as 'sample'" in capsys.readouterr().out
    assert main(["library", "publish", str(sample_file), library_url]) == 1
    assert "has a project named 'sample' already" in capsys.readouterr().err
    assert main(["library", "publish", str(sample_file), library_url, "--keep", "mine", "--as", "x"]) == 1
    assert "--keep is for a copy fetched from the library" in capsys.readouterr().err


def test_project_names_odd_or_foreign_are_kept_apart_and_unshowable_ones_refused(library_url, sample_file,
                                                                                 capsys):
    odd = ["O'Brien \"quoted\"; DROP TABLE library.projects; --", "سفر مشتری", "客户旅程", "Журнал", "x" * 200,
           "x" * 199 + "y"]
    for name in odd:
        assert main(["library", "publish", str(sample_file), library_url, "--as", name]) == 0, name
    capsys.readouterr()
    with Library(library_url) as library:
        listing = library.projects()
        assert sorted(p["name"] for p in listing) == sorted(odd)
        schemas = [p["schema"] for p in listing]
        assert len(set(schemas)) == len(odd) and all(len(s.encode()) <= 63 for s in schemas)
    for name in odd:  # each opens as itself (no two share a schema)
        with LibraryStore.open(f"{library_url}?project={name}", read_only=True) as store:
            assert store.address.project == name and store.project.maps
    for name, why in ((" sample", "one line of text"), ("two\nlines", "one line of text"),
                      ("tab\there", "one line of text"), ("x" * 201, "at most 200 characters"), ("  ", "needs a name")):
        assert main(["library", "publish", str(sample_file), library_url, "--as", name]) == 1
        error = capsys.readouterr().err
        assert why in error and error.count("\n") == 1
    # the address as shown (recent projects, Open from Library) reads back as the same project
    for name in odd + ["R&D journeys", "A+B", "100% done"]:
        address = LibraryAddress.parse(library_url).with_project(name)
        assert LibraryAddress.parse(str(address)).project == name
    assert str(LibraryAddress.parse(library_url).with_project("R&D سفر")).endswith("?project=R%26D سفر")
    # ?project=NAME in the address names the published project, as --as does
    assert main(["library", "publish", str(sample_file), f"{library_url}?project=From the address"]) == 0
    assert "as 'From the address'" in capsys.readouterr().out


def test_a_library_project_is_upgraded_once_in_one_transaction(library_url, sample_project, monkeypatch):
    """As the file's upgrades run when it opens: a project of an older schema is brought up by the
    library's own steps (LIBRARY_UPGRADES), its catalogue row locked, and its version recorded."""
    from sqlalchemy import text

    from journeyeditor.persistence import NewerSchemaError, schema
    from journeyeditor.persistence import library as lib

    with Library(library_url) as library:
        schema_name = library.create_project("Old", sample_project)
    runs = []

    def add_a_column(conn):  # what a v9 step could do
        runs.append(1)
        conn.execute(text(f"ALTER TABLE \"{schema_name}\".cards ADD COLUMN effort_note TEXT NOT NULL DEFAULT ''"))

    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(LibraryError, match="has schema 8, older than this Journey Editor's 9"):
        LibraryStore.open(f"{library_url}?project=Old")  # no way up from 8: nothing changed
    monkeypatch.setitem(lib.LIBRARY_UPGRADES, 8, add_a_column)
    with pytest.raises(LibraryError, match="older than"):  # a read-only open never upgrades
        LibraryStore.open(f"{library_url}?project=Old", read_only=True)
    with LibraryStore.open(f"{library_url}?project=Old") as store:
        assert len(store.project.maps) == len(sample_project.maps)
    with LibraryStore.open(f"{library_url}?project=Old"):
        pass
    assert runs == [1]
    with Library(library_url) as library:
        assert library.projects()[0]["schema_version"] == 9
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 8)  # an older app meets the upgraded project
    with pytest.raises(NewerSchemaError, match="written by a newer Journey Editor"):
        LibraryStore.open(f"{library_url}?project=Old")


def test_rows_that_do_not_fit_the_model_alone_bring_the_whole_project(library_url, sample_project):
    """A notification may name a card whose new lane this client has never heard of (its own
    notification lost, say): the rows are not applied half-way; the whole project is brought to the server's."""
    from journeyeditor.model import Lane

    with Library(library_url) as library:
        library.create_project("P", sample_project)
    address = f"{library_url}?project=P"
    with LibraryStore.open(address) as anna, LibraryStore.open(address) as ben:
        map_id = anna.project.maps[0].id
        lane = anna.project.add(Lane(map_id, "New lane", "text"))
        card = next(iter(anna.project.contents(map_id).cards.values()))
        anna.project.move_card(card.id, card.step_id, lane.id, 0)
        anna.flush()
        ben.apply_remote([("card", card.id)])  # the lane is not named: it cannot be placed alone
        assert ben.project.get(card.id).lane_id == lane.id and ben.project.get(lane.id) is not None
        assert project_to_json(ben.project) == project_to_json(anna.project)
