"""Versions of this client and of the API description it was generated from."""

__version__ = "0.1.0"
__api_version__ = "1.0.0"
__spec_sha256__ = "f7dbd381f7568af9b7cafbbc6f2ed5098bce4b6783f7540a086f4c33ed1adc85"
