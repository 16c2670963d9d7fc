"""The four role panels (lead, diagnostician, communicator, scribe), the report
panel and what they share (``common``: the seat, inline feedback, list views).
"""
