"""Export the public directory as CSV (one row per State × authority) or JSON."""

from __future__ import annotations

import csv
import io
import json

from assistant.directory.views import state_public
from assistant.schemas.authority import INSTRUMENTS, Directory

CSV_FIELDS = [
    "iso3", "name_en", "name_fr", "name_es", "name_ru", "name_zh", "name_ar", "region",
    *[f"{i.lower()}_{k}" for i in INSTRUMENTS for k in ("signature", "consent", "type", "as_of")],
    "authority_role", "authority_instrument", "authority_article", "authority_name",
    "authority_address", "authority_phone", "authority_fax", "authority_email",
    "authority_website", "authority_languages", "authority_source_url", "authority_as_of",
    "authority_reliability", "last_updated",
]


def export_json(directory: Directory) -> str:
    states = [state_public(s).model_dump(mode="json") for s in directory.states]
    return json.dumps({"states": states}, ensure_ascii=False, indent=2) + "\n"


def export_csv(directory: Directory) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for state in directory.states:
        public = state_public(state)
        base = {"iso3": public.iso3, "region": public.region or "",
                "last_updated": public.last_updated or ""}
        for lang, name in public.names.model_dump().items():
            base[f"name_{lang}"] = name
        for instrument in INSTRUMENTS:
            current = public.status.get(instrument)
            key = instrument.lower()
            if current:
                base[f"{key}_signature"] = current.signature or ""
                base[f"{key}_consent"] = current.consent or ""
                base[f"{key}_type"] = current.consent_type or ""
                base[f"{key}_as_of"] = current.as_of
        rows = [{}] if not public.authorities else [
            {"authority_role": a.role, "authority_instrument": a.instrument,
             "authority_article": a.article or "", "authority_name": a.name,
             "authority_address": a.address or "", "authority_phone": a.phone or "",
             "authority_fax": a.fax or "", "authority_email": a.email or "",
             "authority_website": a.website or "",
             "authority_languages": "; ".join(a.languages),
             "authority_source_url": a.source.url or "", "authority_as_of": a.source.as_of,
             "authority_reliability": a.source.reliability}
            for a in public.authorities
        ]
        for row in rows:
            writer.writerow({**base, **row})
    return out.getvalue()
