import sys


def test_pyside_does_not_leak_none_references():
    """PySide6 6.12.0 drops a reference to None per void call and aborts (tech-notes)."""
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.setObjectName("x")
    assert abs(sys.getrefcount(None) - before) < 50
