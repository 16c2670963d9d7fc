"""The post-incident report: a model built from the record, and its renderers.

What lives here: the report model and completeness check, Markdown, HTML and
PDF renderers, charts, statistics across incidents, the escalation briefing
and the customer's roadmap. Renderers and charts import their heavy libraries
(Jinja2, matplotlib, Qt's PDF writer) when first used, never at start-up.

May import: core, store, room, snapshot, exchange (and Qt only for the PDF);
imported by: exercise, ui, cli.
"""
