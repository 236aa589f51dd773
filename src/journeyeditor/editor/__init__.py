from .editor import Editor

__all__ = ["Editor"]
