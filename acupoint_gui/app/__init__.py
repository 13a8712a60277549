"""The thin app layer: creates the model objects and the widgets, and wires them together."""
