"""Versions of this client and of the API description it was generated from."""

__version__ = "0.1.0"
__api_version__ = "2.0.0"
__spec_sha256__ = "b4b6be9a166a1917788b67f9c3ce1bb873174eb8ed899a45093199d62a50b0a9"
