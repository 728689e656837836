"""Qt widgets. The only package, besides kiosk/app.py, that imports PySide6."""
