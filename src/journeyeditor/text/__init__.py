"""Text without Qt: bundled fonts, script runs, font choice per run."""

from .fonts import FONTS, FontFace, font_for_script
from .runs import Run, script_of, split_runs

__all__ = ["FONTS", "FontFace", "Run", "font_for_script", "script_of", "split_runs"]
