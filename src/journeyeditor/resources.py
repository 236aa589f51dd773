"""Where the app's run-time resources are: inside the installed package (the wheel carries
`resources/` as `journeyeditor/resources`), or the repository's top-level `resources/` when
running from a checkout."""

from __future__ import annotations

from functools import cache
from importlib import resources as _resources
from pathlib import Path


@cache
def resource_dir() -> Path:
    packaged = Path(str(_resources.files("journeyeditor"))) / "resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("Journey Editor's resources folder is missing from this installation")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
