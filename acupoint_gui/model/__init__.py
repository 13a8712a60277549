"""The model layer: plain Python, never imports Qt (a test enforces it)."""
