"""The built wheel carries everything the app needs; desktop integration; one instance."""

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _site_folders() -> list[str]:
    """Where the running interpreter finds its installed packages (venv, system or user)."""
    import site
    import sysconfig

    folders = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *site.getsitepackages()]
    if site.ENABLE_USER_SITE:
        folders.append(site.getusersitepackages())
    return [f for f in dict.fromkeys(folders) if Path(f).is_dir()]


def test_wheel_installs_and_runs_from_a_fresh_venv(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
                   cwd=ROOT, check=True, capture_output=True)
    wheel = next(dist.glob("journeyeditor-*.whl"))
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("journeyeditor/resources/fonts/NotoSansSC-Regular.ttf",
                   "journeyeditor/resources/fonts/NotoNaskhArabic-Regular.ttf",
                   "journeyeditor/resources/fonts/OFL-NotoSansSC.txt",
                   "journeyeditor/resources/icons/journeyeditor.svg",
                   "journeyeditor/resources/desktop/io.github.journeyeditor.JourneyEditor.desktop",
                   "journeyeditor/resources/i18n/journeyeditor_fa.qm", "journeyeditor/resources/i18n/journeyeditor_fa.ts"):
        assert needed in names
    # A fresh venv without site packages. Its dependencies are the running interpreter's own
    # (a venv, a system Python or a user install), named in a .pth file so the test needs no
    # network; `system_site_packages` would give the *base* interpreter's instead, which inside
    # a venv lacks them. journeyeditor itself comes only from the wheel: the venv's own
    # site-packages comes first on sys.path, and a .pth line adds a folder without running the
    # .pth files in it, so an editable install of the checkout is not picked up.
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=False, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    inner_site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                check=True, capture_output=True, text=True).stdout.strip()
    (Path(inner_site) / "outer-environment.pth").write_text("\n".join(_site_folders()) + "\n")
    result = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--force-reinstall", "-q", str(wheel)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    clean_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    clean_env["QT_QPA_PLATFORM"] = "offscreen"
    work = tmp_path / "work"
    work.mkdir()
    where = subprocess.run([str(python), "-c", "import journeyeditor, sys; print(journeyeditor.__file__)"],
                           cwd=work, env=clean_env, capture_output=True, text=True, check=True).stdout
    assert str(env_dir) in where, where  # the wheel's copy, not the checkout's
    script = env_dir / "bin" / "journeyeditor"
    subprocess.run([str(script), "new", "s.journey", "--template", "sample"], cwd=work, env=clean_env, check=True)
    result = subprocess.run([str(script), "info", "missing.journey"], cwd=work, env=dict(clean_env, LANGUAGE="fa"),
                            capture_output=True, text=True, check=False)
    assert "خطا" in result.stderr, result.stderr  # the catalogue travels in the wheel
    result = subprocess.run([str(script), "export", "s.journey", "--format", "pdf", "-o", "s.pdf"],
                            cwd=work, env=clean_env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (work / "s.pdf").read_bytes().startswith(b"%PDF")
    result = subprocess.run([str(script), "export", "s.journey", "--format", "png", "-o", "s.png", "--scale", "0.3"],
                            cwd=work, env=clean_env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_desktop_integration_registers_the_file_type(tmp_path, monkeypatch):
    from journeyeditor.desktop import APP_ID, register_file_handler

    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert register_file_handler() is True
    desktop = (tmp_path / "share/applications" / f"{APP_ID}.desktop").read_text()
    assert "MimeType=application/x-journeyeditor-project;" in desktop and "%F" in desktop
    assert (tmp_path / "share/mime/packages" / f"{APP_ID}.xml").exists()
    assert register_file_handler() is False  # already up to date: nothing rewritten


def test_a_second_launch_hands_its_file_to_the_running_one(qtbot, monkeypatch, tmp_path):
    from journeyeditor.ui import single_instance

    monkeypatch.setattr(single_instance, "server_name", lambda: f"je-test-{os.getpid()}")
    server = single_instance.InstanceServer()
    code = (f"import sys; sys.path.insert(0, {str(ROOT / 'src')!r});"
            "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
            "from journeyeditor.ui import single_instance as s;"
            f"s.server_name = lambda: 'je-test-{os.getpid()}';"
            "print(s.hand_over('/tmp/x.journey', 5000))")
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    with qtbot.waitSignal(server.open_requested, timeout=10000) as signal:
        pass
    assert signal.args == ["/tmp/x.journey"]
    assert process.communicate(timeout=10)[0].strip() == "True"
