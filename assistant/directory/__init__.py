"""Directory of competent national authorities under UNTOC and its Protocols."""
