"""Generate data/directory/<ISO3>.yaml from the copied source data (re-runnable).

Inputs (all inside the project, so a fresh clone can re-run it):
  data/reference/un_country_names_6lang.csv   State names in six languages
  data/reference/un_regional_groups.yaml      UN regional groups
  data/directory_sources/status.csv           UNTOC (2024-05-04) and SOM (2014 or later) rows
  data/directory_sources/notifications.jsonl  designations and declarations, verbatim
  data/sources/004_*.txt                      A/59/204 annex table B (status as of 2004-07-20),
                                              through assistant.sources.annex_table if present
  data/directory/aliases.yaml                 historical names → ISO3

Facts whose source is one of these inputs are regenerated; anything else already in a State's
file (e.g. an entry merged by `untoc-kb directory import`) is kept.

    .venv/bin/python scripts/import_shared_directory.py [--root .]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.directory.load import parse_yaml  # noqa: E402
from assistant.directory.names import (  # noqa: E402
    chinese_name_index,
    load_aliases,
    load_reference,
    reference_path,
)
from assistant.directory.yamlio import dump_state  # noqa: E402
from assistant.schemas.authority import StateEntry  # noqa: E402

UNTOC_STATUS_TITLE = "UN Treaty Collection, status of treaty XVIII-12 (UNTOC)"
SOM_STATUS_TITLE = (
    "UN Treaty Collection, status of treaty XVIII-12-b (Smuggling of Migrants Protocol)")
SOM_AS_OF_NOTE = "2014 or later (date not shown in the copy read)"
SOM_NOT_BEFORE = "2014-11-11"  # latest instrument listed in the copy read
ANNEX_URL = "https://undocs.org/A/59/204"
ANNEX_TITLE = (
    "A/59/204, annex, table B (Chinese text): ratifications by region, as of 20 July 2004")
ANNEX_INSTRUMENTS = {"UNTOC", "TIP", "SOM", "FIREARMS"}

# Titles of the sources named in data/directory_sources/README.md, by URL prefix.
SOURCE_TITLES = [
    ("https://zaki.ru/pagesnew.php?id=58378",
     "Copy of the UN Treaty Collection UNTOC status page with declarations (status as at "
     "2010-09-16)"),
    ("http://zaki.ru/pagesnew.php?id=59435",
     "Copy of the UN Treaty Collection Firearms Protocol status page (status as at 2009-05-15)"),
    ("http://lex.justice.md/", "Republic of Moldova, Law No. 15 of 17.02.2005 ratifying UNTOC"),
    ("http://www.legex.ro/", "Romania, Law No. 565 of 16.10.2002 ratifying UNTOC"),
    ("http://www.finlex.fi/", "Finlex (Finnish treaty database), treaty series 18/2004"),
    ("https://whatconvention.org/es/ratifications/311",
     "whatconvention.org, Smuggling of Migrants Protocol ratifications"),
    ("https://www.whatconvention.org/en/ratifications/317",
     "whatconvention.org, Trafficking in Persons Protocol ratifications"),
]
GENERATED_URL_PREFIXES = tuple(p for p, _ in SOURCE_TITLES) + (
    "http://treaties.un.org/Pages/ShowMTDSGDetails.aspx",
    "https://treaties.un.org/Pages/ViewDetails.aspx",
    ANNEX_URL,
)
ROMANIAN_SOURCES = ("http://lex.justice.md/", "http://www.legex.ro/")
AUTHORITY_ROLES = {"central_authority_mla", "som_authority", "firearms_contact", "other"}

# Contact details printed inside the verbatim designation text, copied field by field.
# Each value is checked to occur verbatim in the text, so nothing here can be invented.
CONTACTS_IN_TEXT: dict[tuple[str, str, str], dict[str, str]] = {
    ("DEU", "SOM", "Bundesamt für Seeschiffahrt und Hydrographie"): {
        "address": "Bernhard-Nocht-Str. 78 D-20359 Hamburg",
        "phone": "+49 (0) 40-31900",
        "fax": "+49 (0) 40-31905000",
    },
    ("MWI", "TIP", "The Principal Secretary Ministry of Home Affairs and Internal Security"): {
        "address": "Private Bag 331, Lilongwe 3. MALAWI",
        "phone": "265 1 789 177",
        "fax": "265 1 789509",
    },
    ("LVA", "FIREARMS", "Ministry of Interior"): {
        "address": "Raina Boulevard 6 Riga, LV-1505",
        "phone": "+371 7219263",
        "fax": "+371 7271005",
        "email": "kanceleja@iem.gov.lv",
    },
    ("ESP", "UNTOC",
     "Subdireccion General de Cooperacion Juridica Internacional (Ministerio de Justicia)"): {
        "address": "Calle San Bernardo 62 28015 Madrid",
    },
}


def _source_title(url: str) -> str:
    for prefix, title in SOURCE_TITLES:
        if url.startswith(prefix):
            return title
    raise SystemExit(f"no title known for source {url}; add it to SOURCE_TITLES")


def _status_facts(root: Path) -> dict[str, dict[str, list[dict]]]:
    facts: dict[str, dict[str, list[dict]]] = {}
    with (root / "data/directory_sources/status.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            url, _, caveat = row["source"].partition(" (")
            caveat = caveat.rstrip(")")
            source: dict = {"url": url}
            if row["instrument"] == "UNTOC":
                source["title"] = UNTOC_STATUS_TITLE
                source["as_of"] = row["as_of"]
            else:
                source["title"] = SOM_STATUS_TITLE
                source["as_of"] = row["as_of"] or None
                if not row["as_of"]:
                    source["as_of_note"] = SOM_AS_OF_NOTE
                    source["not_before"] = SOM_NOT_BEFORE
            source["reliability"] = (
                f"UN Treaty Collection status page, as read ({caveat}); row copied verbatim")
            fact = {"signature": row["signature"] or None, "consent": row["consent"] or None,
                    "consent_type": row["consent_type"] or None, "source": _clean(source)}
            facts.setdefault(row["iso3"], {}).setdefault(row["instrument"], []).append(
                _clean(fact))
    return facts


def _annex_facts(root: Path, zh_index: dict[str, str],
                 alias_notes: dict[str, str]) -> tuple[dict, dict[str, str], str]:
    """Status facts and regions from A/59/204 annex table B, if the parser is available."""
    try:
        from assistant.sources.annex_table import parse_annex
    except ImportError:
        return {}, {}, "assistant.sources.annex_table not available: annex statuses skipped"
    text_file = next((root / "data/sources").glob("004_*.txt"))
    statuses, as_of = parse_annex(text_file)
    facts: dict[str, dict[str, list[dict]]] = {}
    regions: dict[str, str] = {}
    skipped: list[str] = []
    for item in statuses:
        iso3 = zh_index.get("".join(item.state_zh.split()))
        if iso3 is None:
            skipped.append(item.state_zh)
            continue
        regions[iso3] = item.region_zh
        instrument = item.instrument
        if instrument not in ANNEX_INSTRUMENTS:
            raise SystemExit(f"unexpected instrument {instrument!r} from parse_annex")
        source = {
            "url": ANNEX_URL, "title": ANNEX_TITLE, "as_of": as_of.isoformat(),
            "reliability": (
                "UN document A/59/204 (report of the Secretary-General), annex, table B, read "
                "from the Chinese text; the table marks accessions (a) but does not distinguish "
                "ratification, acceptance and approval; no signature dates"
                + _listed_as(item.state_zh, iso3, root, alias_notes)
            ),
        }
        fact = {"consent": item.date.isoformat(),
                "consent_type": "accession" if item.accession else None, "source": source}
        facts.setdefault(iso3, {}).setdefault(instrument, []).append(_clean(fact))
    note = f"annex: {len(statuses)} status facts as of {as_of}"
    if skipped:
        note += f"; not States, skipped: {', '.join(sorted(set(skipped)))}"
    return facts, regions, note


def _listed_as(name: str, iso3: str, root: Path, alias_notes: dict[str, str]) -> str:
    """Say under which name the annex lists a State when it is not today's UN name."""
    if name == zh_name(iso3, root):
        return ""
    note = alias_notes.get("".join(name.split()))
    return f"; listed as {name}" + (f" ({note})" if note else "")


def zh_name(iso3: str, root: Path) -> str:
    return load_reference(reference_path(root / "data"))[iso3].display["zh"]


ANNEX_REGION = {
    "非洲": "African", "亚洲及太平洋": "Asia-Pacific", "东欧": "Eastern European",
    "拉丁美洲和加勒比": "Latin American and Caribbean",
    "西欧和其他国家": "Western European and Others",
}


def _notification_facts(root: Path) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    authorities: dict[str, list[dict]] = {}
    declarations: dict[str, list[dict]] = {}
    path = root / "data/directory_sources/notifications.jsonl"
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        as_of = row["as_of"]
        source = {"url": row["source"], "title": _source_title(row["source"]), "as_of": as_of,
                  "reliability": row["reliability"]}
        if re.fullmatch(r"\d{4}", as_of):
            source["as_of_note"] = (
                f"{as_of} (year only: the notification is undated in the source read)")
        text_lang = "ro" if row["source"].startswith(ROMANIAN_SOURCES) else "en"
        article = None if row["article"] == "unspecified" else row["article"]
        role = row["role"]
        if role in AUTHORITY_ROLES and row["authorities"]:
            for name in row["authorities"]:
                entry = {"role": role, "instrument": row["instrument"], "article": article,
                         "name": name}
                contact = CONTACTS_IN_TEXT.get((row["iso3"], row["instrument"], name), {})
                for key, value in contact.items():
                    if value not in row["text"]:
                        raise SystemExit(f"line {line_no}: {key} {value!r} not in the text")
                    entry[key] = value
                entry.update({"languages": row["languages"], "text": row["text"],
                              "text_lang": text_lang, "visibility": "public",
                              "source": _clean(source)})
                authorities.setdefault(row["iso3"], []).append(entry)
        else:
            kind = {"languages": "languages",
                    "extradition_treaty_basis": "extradition_treaty_basis"}.get(role)
            note = None
            if kind is None and role in AUTHORITY_ROLES:
                kind = "designation"
                note = ("A designation whose authority name could not be read in the copy "
                        "(see reliability); no authority is recorded from it.")
            declarations.setdefault(row["iso3"], []).append(_clean({
                "instrument": row["instrument"], "article": article, "kind": kind or "other",
                "languages": row["languages"], "text": row["text"], "text_lang": text_lang,
                "note": note, "source": source}))
    return authorities, declarations


def _clean(mapping: dict) -> dict:
    return {k: v for k, v in mapping.items() if v not in (None, [], "")}


def _generated(item: dict) -> bool:
    return str(item.get("source", {}).get("url", "")).startswith(GENERATED_URL_PREFIXES)


def build_states(root: Path) -> tuple[list[dict], list[str]]:
    reference = load_reference(reference_path(root / "data"))
    groups = yaml.safe_load((root / "data/reference/un_regional_groups.yaml").read_text("utf-8"))
    region_of = {iso3: group for group, members in groups.items() for iso3 in members}
    aliases_file = root / "data/directory/aliases.yaml"
    aliases = load_aliases(aliases_file)
    zh_index = chinese_name_index(reference, aliases_file)
    status = _status_facts(root)
    alias_notes = {"".join(a["name"].split()): " ".join(str(a.get("note", "")).split())
                   for a in aliases if a.get("iso3")}
    annex, annex_regions, annex_note = _annex_facts(root, zh_index, alias_notes)
    authorities, declarations = _notification_facts(root)
    notes = [annex_note]
    states = []
    for iso3, ref in sorted(reference.items()):
        existing = _existing(root / "data/directory" / f"{iso3}.yaml")
        entry: dict = {"iso3": iso3, "region": region_of.get(iso3)}
        region_notes = []
        if iso3 == "USA":
            region_notes.append("Not formally a member of a regional group; attends the "
                                "Western European and Others Group and is counted with it "
                                "for electoral purposes.")
        if iso3 not in region_of:
            region_notes.append("No UN regional group recorded (not a UN Member State).")
        annex_region = ANNEX_REGION.get(annex_regions.get(iso3, ""))
        if annex_region and annex_region != entry["region"]:
            region_notes.append(f"A/59/204 annex (2004) lists it under "
                                f"{annex_regions[iso3]} ({annex_region}).")
        entry["region_note"] = " ".join(region_notes) or None
        entry["names"] = {lang: ref.display[lang] for lang in ("ar", "zh", "en", "fr", "es", "ru")}
        entry["aliases"] = [a["name"] for a in aliases if a.get("iso3") == iso3]
        merged_status: dict[str, list[dict]] = {}
        for instrument in ("UNTOC", "TIP", "SOM", "FIREARMS"):
            facts = annex.get(iso3, {}).get(instrument, []) + status.get(iso3, {}).get(
                instrument, [])
            facts += [f for f in existing.get("status", {}).get(instrument, [])
                      if not _generated(f)]
            if facts:
                merged_status[instrument] = facts
        entry["status"] = merged_status
        entry["authorities"] = authorities.get(iso3, []) + [
            a for a in existing.get("authorities", []) if not _generated(a)]
        entry["declarations"] = declarations.get(iso3, []) + [
            d for d in existing.get("declarations", []) if not _generated(d)]
        entry["notes"] = existing.get("notes")
        entry = _clean(entry)
        entry.setdefault("status", {})
        StateEntry.model_validate(entry)  # fail here, not at build time
        states.append(entry)
    return states, notes


def _existing(path: Path) -> dict:
    if not path.exists():
        return {}
    data, _ = parse_yaml(path)
    return data if isinstance(data, dict) else {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args()
    root = args.root.resolve()
    states, notes = build_states(root)
    out = root / "data/directory"
    for entry in states:
        (out / f"{entry['iso3']}.yaml").write_text(dump_state(entry), encoding="utf-8")
    counts = Counter()
    for entry in states:
        counts["states"] += 1
        counts["authorities"] += len(entry.get("authorities", []))
        counts["declarations"] += len(entry.get("declarations", []))
        counts["status facts"] += sum(len(v) for v in entry["status"].values())
        counts["states with a status"] += bool(entry["status"])
        counts["states with an authority"] += bool(entry.get("authorities"))
    print(", ".join(f"{k}: {v}" for k, v in counts.items()))
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
