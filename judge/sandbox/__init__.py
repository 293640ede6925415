"""Runs untrusted solution code and reports facts: worker protocol, limits, isolation layers."""
