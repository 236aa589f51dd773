"""A persona's photo from a file: a PNG or JPEG image, checked, turned upright and made small
before it goes into the project (images are stored in the project file itself)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from .. import fileio
from ..i18n import number, tr
from ..model import Image

MAX_FILE_BYTES = 10 * 1024 * 1024
#: the longest side kept: the sheet shows a photo 64 units wide, a poster prints it a few
#: centimetres across; a larger one only makes the project file heavy
MAX_SIDE = 512
_SIGNATURES = {b"\x89PNG\r\n\x1a\n": ("PNG", "image/png"), b"\xff\xd8\xff": ("JPEG", "image/jpeg")}


class PhotoError(ValueError):
    """A file that cannot be a persona's photo; the message says why, in words for the user."""


def photo_from_file(path: str | Path) -> Image:
    """The photo in a PNG or JPEG file, as a project Image (hash: sha256 of the data kept).
    A PNG at most MAX_SIDE on a side is kept byte for byte; any other image is encoded again,
    at most that size, upright, and without a camera's metadata (such as where it was taken)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PhotoError(tr("{0} is {1} MB: a photo may be at most {2} MB").format(
                path.name, number(size / 2**20, 1), number(MAX_FILE_BYTES // 2**20)))
        data = path.read_bytes()
    except OSError as error:
        raise PhotoError(tr("{0} cannot be read: {1}").format(path.name, fileio.reason(error))) from error
    kind = next((known for signature, known in _SIGNATURES.items() if data.startswith(signature)), None)
    if kind is None:
        raise PhotoError(tr("{0} is not a PNG or JPEG image").format(path.name))
    image_format, mime = kind
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, image_format.encode())
    reader.setAutoTransform(True)  # upright, as the camera's orientation tag says
    stored = reader.size()
    if stored.isValid() and max(stored.width(), stored.height()) > MAX_SIDE:
        reader.setScaledSize(stored.scaled(QSize(MAX_SIDE, MAX_SIDE), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise PhotoError(tr("{0} could not be read as an image ({1})").format(path.name, reader.errorString()))
    if image_format == "PNG" and image.size() == stored:
        return Image(hashlib.sha256(data).hexdigest(), mime, data)
    return _encoded(image, image_format, mime)


def _encoded(image: QImage, image_format: str, mime: str) -> Image:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, image_format, 90 if image_format == "JPEG" else -1):
        raise PhotoError(tr("the photo could not be stored as {0}").format(image_format))
    buffer.close()
    kept = bytes(data.data())
    return Image(hashlib.sha256(kept).hexdigest(), mime, kept)
