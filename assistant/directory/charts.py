"""SVG charts rendered at build time with pygal: status maps and parties over time.

pygal embeds a <script> with its configuration and links JavaScript from a CDN by default;
`js=[]` drops the link and `_clean_svg` removes the inline script, comments and metadata so
the files reference no outside host and run no code.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

import pygal
from pygal.style import Style

from assistant.directory.names import reference_path
from assistant.directory.strings import INSTRUMENT_LABELS, LANGS
from assistant.schemas.authority import INSTRUMENTS, Directory

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
STATUS_COLOURS = {"party": "#1f5f99", "signatory": "#8fb8de", "no_record": "#d9d9d9"}
SERIES_COLOURS = ("#1f5f99", "#c0392b", "#27864a", "#8e5ea2")
_NUMBER = re.compile(r"(\d+\.\d{2})\d+")


def _clean_svg(svg: bytes) -> str:
    """Drop scripts, metadata and comments; round coordinates to keep the file small."""
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    root = ET.fromstring(svg)  # the default parser discards comments
    for parent in list(root.iter()):
        for child in list(parent):
            tag = child.tag.rsplit("}", 1)[-1]
            if tag in ("script", "metadata"):
                parent.remove(child)
    text = ET.tostring(root, encoding="unicode")
    return _NUMBER.sub(r"\1", text)


def _status_map_style() -> Style:
    return Style(background="white", plot_background="white",
                 colors=tuple(STATUS_COLOURS.values()), font_family="sans-serif")


def status_map(directory: Directory, instrument: str, reference_file) -> str:
    """World map of one instrument: party / signatory / no record (legend is in the page)."""
    from pygal_maps_world.maps import World

    iso2 = _iso2_table(str(reference_file))
    groups: dict[str, list[str]] = {"party": [], "signatory": [], "no_record": []}
    for state in directory.states:
        code = iso2.get(state.iso3)
        if not code:
            continue
        fact = state.current_status(instrument)
        key = "no_record" if fact is None else ("party" if fact.is_party else "signatory")
        groups[key].append(code.lower())
    chart = World(pygal.Config(js=[], show_legend=False, style=_status_map_style(),
                               width=800, height=420, margin=0, tooltip_border_radius=0,
                               disable_xml_declaration=True))
    for key, codes in groups.items():
        chart.add(key, codes)
    return _clean_svg(chart.render())


_ISO2_CACHE: dict[str, dict[str, str]] = {}


def _iso2_table(path: str) -> dict[str, str]:
    import csv

    if path not in _ISO2_CACHE:
        with open(path, encoding="utf-8", newline="") as handle:
            _ISO2_CACHE[path] = {row["iso3"]: row["iso2"] for row in csv.DictReader(handle)}
    return _ISO2_CACHE[path]


def parties_by_year(directory: Directory) -> tuple[list[int], dict[str, list[int]]]:
    """Cumulative number of parties per instrument at the end of each year (current facts)."""
    consents: dict[str, list[date]] = {i: [] for i in INSTRUMENTS}
    for state in directory.states:
        for instrument in INSTRUMENTS:
            fact = state.current_status(instrument)
            if fact and fact.consent:
                consents[instrument].append(fact.consent)
    all_dates = [d for dates in consents.values() for d in dates]
    if not all_dates:
        return [], {}
    years = list(range(min(d.year for d in all_dates), max(d.year for d in all_dates) + 1))
    counts = {i: [sum(1 for d in dates if d.year <= y) for y in years]
              for i, dates in consents.items() if dates}
    return years, counts


def parties_timeline(directory: Directory, lang: str) -> str:
    years, counts = parties_by_year(directory)
    style = Style(background="white", plot_background="white", colors=SERIES_COLOURS,
                  font_family="sans-serif")
    chart = pygal.Line(pygal.Config(js=[], style=style, width=800, height=360,
                                    legend_at_bottom=True, show_dots=True, dots_size=2,
                                    x_label_rotation=45, disable_xml_declaration=True))
    chart.x_labels = [str(y) for y in years]
    for instrument, series in counts.items():
        chart.add(INSTRUMENT_LABELS[instrument][lang], series)
    return _clean_svg(chart.render())


def write_charts(directory: Directory, out_dir, data_dir) -> dict[str, str]:
    """Write the SVG files into `out_dir`; return {chart key: file name}."""
    out_dir.mkdir(parents=True, exist_ok=True)
    ref = reference_path(data_dir)
    files: dict[str, str] = {}
    for instrument in INSTRUMENTS:
        name = f"map-{instrument.lower()}.svg"
        (out_dir / name).write_text(status_map(directory, instrument, ref), encoding="utf-8")
        files[f"map-{instrument}"] = name
    for lang in LANGS:
        name = f"parties-{lang}.svg"
        (out_dir / name).write_text(parties_timeline(directory, lang), encoding="utf-8")
        files[f"timeline-{lang}"] = name
    return files
