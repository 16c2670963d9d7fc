"""The Qt layer: a thin skin over ``WarRoom``. PySide6 is imported only here."""
