"""History: snapshots of the whole project kept in its file, the diff between two states, restore.

The diff is Qt-free (model -> change list) and feeds the canvas overlay, the CLI `diff` and the
PDF report alike."""
