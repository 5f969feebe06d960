"""Versions of this client and of the API description it was generated from."""

__version__ = "0.1.0"
__api_version__ = '1.0.0-"beta"'
__spec_sha256__ = "2e7daca7bf79016c4de802426ef39313f0d260dd6e3b132a6de5adce9bd80bb5"
