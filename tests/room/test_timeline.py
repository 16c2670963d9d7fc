"""The scribe's record: corrections."""

from __future__ import annotations

import pytest

from warroom.core.errors import InvalidInput, NotFound
from warroom.room import WarRoom


def test_a_correction_points_at_the_event_it_corrects(room: WarRoom, incident: int) -> None:
    wrong = room.log(incident, "Line stopped at 05:02")
    fixed = room.correct(incident, wrong.number, "Line stopped at 06:02", "typo in the hour")
    assert fixed.corrects == wrong.number
    assert fixed.payload == {"text": "Line stopped at 06:02", "reason": "typo in the hour"}
    # the original stays as it was written
    assert room.store.events(incident)[wrong.number - 1].payload["text"] == "Line stopped at 05:02"
    with pytest.raises(NotFound):
        room.correct(incident, 99, "x", "y")
    with pytest.raises(InvalidInput, match="reason"):
        room.correct(incident, 1, "x", "")
