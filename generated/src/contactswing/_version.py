"""Versions of this client and of the API description it was generated from."""

__version__ = "0.1.0"
__api_version__ = "2.0.0"
__spec_sha256__ = "77be37126ea9f22a03d06bfb8e0a7e77dea2c6363bd5ec5354035cfba85521bd"
