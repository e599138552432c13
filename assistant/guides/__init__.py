"""Practitioner guides: hand-written explanatory pages whose statements cite corpus records.

``docs/guides/<slug>.md`` (zh) and ``<slug>.<lang>.md`` for the other languages. Citation
shortcodes ``[[record-id]]`` become links (``shortcodes``); every guide paragraph becomes a
``kind="guide"`` corpus record with a stable id and a matching anchor on the page (``load``).
"""
