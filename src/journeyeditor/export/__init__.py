"""Exports read the model and the shared layout, never the scene's state."""
