"""The four role panels and what they share."""
