"""sopkit: service standard operating procedures as code."""

__version__ = "0.1.0"
