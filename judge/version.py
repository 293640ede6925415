"""The judge's version (its own module, so nothing needs the package's lazy API to read it)."""

__version__ = "0.1.0"
