"""Security and robustness tests: bad input is a located error, spec text never becomes code,
``$ref`` stays inside the spec folder, and arbitrary specs either generate or fail cleanly.
"""
