"""The rules of the war room, in plain Python: the standard library only.

What lives here: the vocabulary (event kinds, roles, statuses, priorities'
names), the communication matrix and protocols read from ``resources/``,
clocks (system and simulated), update and escalation deadlines, the hash
chain, safe text and redaction of secrets, languages.

May import: the standard library, nothing else (an import-linter contract).
Imported by: every other layer.
"""
