"""untoc-kb: knowledge base, directory and assistant for the UNTOC and its Protocols."""

__version__ = "0.1.0"
