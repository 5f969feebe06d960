"""Versions of this client and of the API description it was generated from."""

__version__ = "0.1.0"
__api_version__ = "2.0.0"
__spec_sha256__ = "41943d9fbc4d8e18d1a9bc49a565d4476a58ec478cfbdd4a441b8958b5cd9609"
