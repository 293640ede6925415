"""Judging: from a solution file and a problem to one Report (tests, measurements, verdict).

The layer between the library entry points (`judge.api`) and the Report value: it drives
the sandbox through its typed client, asks `judge.complexity` for ladders and fits, and
decides every verdict in one module (`decide`).
"""
