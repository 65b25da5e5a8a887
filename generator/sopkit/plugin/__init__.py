"""The ``sopkit`` MkDocs plugin: a thin adapter over sopkit's core."""
