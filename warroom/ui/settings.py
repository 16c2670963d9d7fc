"""Per-user settings (window layout, theme, last name) in the platformdirs config folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def settings() -> QSettings:
    from platformdirs import user_config_path

    path = user_config_path("warroom", appauthor=False) / "warroom.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)
