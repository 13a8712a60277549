"""The body map: figures, markers and the views that show them."""

from .map_widget import BodyMapWidget

__all__ = ["BodyMapWidget"]
