"""The post-incident report: a model built from the record, and its renderers.

Renderers and charts import their heavy libraries (Jinja2, matplotlib, Qt's
PDF writer) when first used, never at start-up.
"""
