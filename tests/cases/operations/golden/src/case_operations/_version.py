"""Versions of this client and of the API description it was generated from."""

__version__ = "0.1.0"
__api_version__ = "2.1.0"
__spec_sha256__ = "f11f7a34582908df0db837a8241c11236bd86f753c2d5231b37d226f569ae65a"
