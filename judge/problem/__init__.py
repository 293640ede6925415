"""The problem folder format: typed model, loader with diagnostics, discovery."""
