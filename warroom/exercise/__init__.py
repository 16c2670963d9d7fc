"""Exercises: rehearse a major incident from a scenario file on a simulated clock.

``scenario`` reads and validates the scenario files (the format is described in
``resources/scenarios/README.md``); inject scheduling, scoring and the
after-action report build on it.
"""
