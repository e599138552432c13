"""Write State entries as YAML in a stable, readable form (key order kept, Unicode as is)."""

from __future__ import annotations

from typing import Any

import yaml

HEADER = (
    "# Directory entry: {iso3} ({name}). Schema: assistant/schemas/authority.py.\n"
    "# Every fact carries its source, as-of date and reliability. Check it with\n"
    "#   untoc-kb directory validate\n"
)


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_state(entry: dict[str, Any]) -> str:
    body = yaml.dump(entry, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=96,
                     default_flow_style=False)
    name = entry.get("names", {}).get("en", "")
    return HEADER.format(iso3=entry.get("iso3", ""), name=name) + body
