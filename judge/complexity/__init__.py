"""Complexity classes and model selection over measured (size, value) points."""
