"""Benchmarks: client overhead against raw httpx, and generation against openapi-python-client.

Run with ``make bench`` (``.venv/bin/python -m bench``); results go to docs/benchmarks.md.
"""
