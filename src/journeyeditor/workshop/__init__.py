"""Workshop mode on top of the editor: presentation (slides, spotlight, presenter view), the
timer and quick capture. Qt widgets and controllers; the model knows nothing of them."""
