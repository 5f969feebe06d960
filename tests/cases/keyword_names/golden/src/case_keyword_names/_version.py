"""Versions of this client and of the API description it was generated from."""

__version__ = "0.1.0"
__api_version__ = "1.0.0"
__spec_sha256__ = "590be4d00533f76e97c5872b0f64ea0cfeff6a44986cf0ddea7ae6aef5128b04"
