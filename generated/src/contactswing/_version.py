"""Versions of this client and of the API description it was generated from."""

__version__ = "0.1.0"
__api_version__ = "2.0.0"
__spec_sha256__ = "95e7541d5daf4ac9b2c2ef68ec69b4fadd4572b7338dd7c4e711b6b94a3c131c"
