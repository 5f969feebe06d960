"""Versions of this client and of the API description it was generated from."""

__version__ = "0.2.0"
__api_version__ = "2.0.0"
__spec_sha256__ = "9d9ab901da92e5173fd20d5e12bd38040ff1e8337a91f2fa3173a5d1fc1c9b43"
