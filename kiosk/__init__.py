"""Front-desk kiosk for Finnish community workrooms."""

__version__ = "0.1.0"
