"""Documents laid out from values handed to them: no SQL, no Qt (tests/test_layers.py). The
monthly report is here; cards, labels and the lunch list still live beside their services."""
