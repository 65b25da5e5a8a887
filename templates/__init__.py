"""sopkit's templates: ``pages/`` (generated), ``overrides/`` (theme), ``new/`` (sopkit new).

Installed as ``sopkit.templates``; a package of its own so that ``importlib.resources``
gives its real folder, which MkDocs' theme and Jinja's loaders need.
"""
