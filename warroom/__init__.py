"""warroom: the war room of a major IT incident, on the desktop."""

__version__ = "0.1.0"
