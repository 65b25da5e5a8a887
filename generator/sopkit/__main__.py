"""Allow ``python -m sopkit``."""

from sopkit.cli import cli

if __name__ == "__main__":
    cli()
