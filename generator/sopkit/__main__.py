"""Allow ``python -m sopkit``."""

from sopkit.cli import cli

if __name__ == "__main__":
    cli(prog_name="sopkit")  # usage lines and _SOPKIT_COMPLETE as for the sopkit script
