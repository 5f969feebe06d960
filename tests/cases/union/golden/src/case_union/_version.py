"""Versions of this client and of the API description it was generated from."""

__version__ = "0.1.0"
__api_version__ = "1.0.0"
__spec_sha256__ = "f0bd67a4b4163250ba58ea5c4b80056f78f0dad9d5948a439916ef4385c607e3"
