"""Writing output files safely, and saying in words why a path can't be written.

Every export writes a temporary file beside its target and renames it into place, so a full
disk, a crash or a cancel never leaves a partial file under the name the user asked for.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .catalogue import tr

#: temp files carry this suffix so a stray one (after a power cut) is recognisable
TEMP_SUFFIX = ".journeyeditor-tmp"

#: English source strings, shown through tr()
_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "it is a folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EIO: "an input/output error on the disk",
}


class OutputError(OSError):
    """An output path can't be written; str() is one line for the user."""

    def __str__(self) -> str:
        return self.args[0] if self.args else tr("cannot write the file")


def reason(error: OSError) -> str:
    """An OSError's cause in plain words (no `[Errno 28]`)."""
    known = _REASONS.get(error.errno or 0)
    return tr(known) if known else (error.strerror or str(error)).lower()


def cannot_write(path: Path, error: OSError) -> OutputError:
    if error.errno == errno.ENOENT and not path.parent.is_dir():
        return OutputError(tr("cannot write {0}: the folder {1} does not exist").format(path, path.parent))
    return OutputError(tr("cannot write {0}: {1}").format(path, reason(error)))


def check_output(path: str | os.PathLike, replace: bool = True) -> Path:
    """Refuse, in words, a target that can't be written, before any work is done."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(tr("cannot write {0}: it is a folder").format(path))
    if not path.parent.exists():
        raise OutputError(tr("cannot write {0}: the folder {1} does not exist").format(path, path.parent))
    if not path.parent.is_dir():
        raise OutputError(tr("cannot write {0}: {1} is not a folder").format(path, path.parent))
    if path.exists() and not replace:
        raise OutputError(tr("{0} already exists (use --force to replace it)").format(path))
    if path.exists() and not path.is_file():
        raise OutputError(tr("cannot write {0}: it is not an ordinary file").format(path))
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise OutputError(tr("cannot write {0}: the folder {1} is not writable").format(path, path.parent))
    return path


@contextmanager
def atomic_output(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it is flushed to disk and renamed onto
    `path`, on any error (or cancel) it is removed and `path` is left as it was."""
    path = check_output(path)
    try:
        temp = temp_beside(path, TEMP_SUFFIX)
    except OSError as error:
        raise cannot_write(path, error) from error
    try:
        yield temp
        flush_to_disk(temp)
        os.replace(temp, path)
        sync_folder(path.parent)
    except OSError as error:
        temp.unlink(missing_ok=True)
        if isinstance(error, OutputError):
            raise
        raise cannot_write(path, error) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def temp_beside(path: Path, suffix: str) -> Path:
    """An empty temporary file in `path`'s folder (so the final rename is atomic), with the
    permissions `path` has, or an ordinary file's (mkstemp would make it private)."""
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        if path.is_file():  # a replaced file keeps its permissions
            os.chmod(temp, stat.S_IMODE(path.stat().st_mode))
        else:  # (reading the umask means setting it: fine while files are written on one thread)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
    except OSError:
        temp.unlink(missing_ok=True)
        raise
    return temp


def flush_to_disk(path: Path) -> None:
    """Data on disk before the rename, so a power cut leaves the old file or the new one."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """The rename itself on disk (POSIX): best effort, some file systems can't."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
