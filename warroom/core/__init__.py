"""The rules of the war room, in plain Python (standard library only)."""
