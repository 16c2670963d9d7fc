"""The Qt layer: a thin skin over ``WarRoom``. PySide6 is imported only here.

What lives here: the main window and start screen, the incident view with the
four role panels (``panels/``), the change feed on the Qt side, item models
over the store, the wall display, dialogs and the trainer console.

May import: every layer below it; imported by: ``warroom.app`` and the CLI's
``gui`` command only.
"""
