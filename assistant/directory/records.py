"""Directory entries as corpus records (one per State, public facts only)."""

from __future__ import annotations

from assistant.directory.strings import LANGS, ROLE_LABELS, t
from assistant.schemas.authority import (
    INSTRUMENTS,
    Authority,
    Directory,
    SourceRef,
    StateEntry,
    StatusFact,
)
from assistant.schemas.paragraph import INSTRUMENT_SHORT, ArticleRef, Paragraph

TITLE = "Directory of competent national authorities"
ROLE_SHORT = {
    "central_authority_mla": "central authority",
    "extradition": "extradition authority",
    "transfer_sentenced": "authority for transfer of sentenced persons",
    "som_authority": "authority for requests at sea",
    "firearms_contact": "point of contact",
    "other": "competent authority",
}
ROLE_LONG = {
    "central_authority_mla": "Central authority for mutual legal assistance (UNTOC art. 18(13))",
    "extradition": "Extradition authority (UNTOC art. 16)",
    "transfer_sentenced": "Transfer of sentenced persons (UNTOC art. 17)",
    "som_authority": "Authority for requests at sea (Smuggling of Migrants Protocol art. 8(6))",
    "firearms_contact": "Point of contact (Firearms Protocol art. 13(2))",
    "other": "Other competent authority",
}
ROLE_TOPICS = {
    "central_authority_mla": ["central-authorities", "mutual-legal-assistance"],
    "extradition": ["extradition"],
    "som_authority": ["smuggling-of-migrants"],
    "firearms_contact": ["firearms"],
}


def _source_line(source: SourceRef) -> str:
    where = f" <{source.url}>" if source.url else ""
    return f"source: {source.title}{where}, as of {source.as_of_label}"


def _status_line(instrument: str, fact: StatusFact | None) -> str:
    name = INSTRUMENT_SHORT[instrument]
    if fact is None:
        return f"{name}: no status on record"
    if fact.consent:
        how = fact.consent_type or "ratification, acceptance or approval"
        state = f"party ({how} {fact.consent.isoformat()})"
    else:
        state = "signatory, not yet a party"
    if fact.signature:
        state += f", signed {fact.signature.isoformat()}"
    return f"{name}: {state}; {_source_line(fact.source)}"


def _authority_line(authority: Authority) -> str:
    parts = [f"{ROLE_LONG[authority.role]}: {authority.name}"]
    for field in ("address", "phone", "fax", "email", "website"):
        value = getattr(authority, field)
        if value:
            parts.append(f"{field}: {value}")
    if authority.languages:
        parts.append("languages: " + ", ".join(authority.languages))
    parts.append(_source_line(authority.source))
    return "; ".join(parts)


def _citation(state: StateEntry, authorities: list[Authority]) -> str:
    central = [a for a in authorities if a.role == "central_authority_mla"]
    chosen = central or authorities
    if not chosen:
        return f"{TITLE}: {state.names.en} (no designation on record)"
    as_of = chosen[0].source.as_of_label
    return f"{TITLE}: {state.names.en} ({ROLE_SHORT[chosen[0].role]}, as of {as_of})"


def _six(table: dict[str, str]) -> str:
    return " / ".join(table[lang] for lang in LANGS)


def state_names_line(state: StateEntry) -> str:
    names = state.names
    return f"{names.en} — {names.zh} — {names.fr} — {names.es} — {names.ru} — {names.ar}"


def state_text(state: StateEntry) -> str:
    """English summary with the key labels in all six languages, so that a question in any
    of them finds the record. Each fact line starts with the State's name: the assistant
    quotes single lines, and a quoted line must say which State it is about."""
    name = state.names.en
    lines = [f"{name}: ISO3 {state.iso3}; UN regional group: {state.region or 'none recorded'}."]
    if state.aliases:
        lines.append("Also named in older sources: " + ", ".join(state.aliases) + ".")
    for instrument in INSTRUMENTS:
        lines.append(f"{name}: " + _status_line(instrument, state.current_status(instrument)) + ".")
    authorities = state.public_authorities()
    if authorities:
        lines += [f"{name}: " + _authority_line(a) + "." for a in authorities]
        for role in dict.fromkeys(a.role for a in authorities):
            lines.append(_six(ROLE_LABELS[role]))
    else:
        lines.append(f"{name}: competent authorities: no designation on record.")
        lines.append(_six({lang: t("no_designation", lang) for lang in LANGS}))
    for declaration in state.declarations:
        article = f" art. {declaration.article}" if declaration.article else ""
        lines.append(f"{name}: declaration ({INSTRUMENT_SHORT[declaration.instrument]}{article}, "
                     f"{declaration.kind.replace('_', ' ')}): {declaration.text} "
                     f"({_source_line(declaration.source)}).")
    return "\n".join(lines)


def _articles(state: StateEntry, authorities: list[Authority]) -> list[ArticleRef]:
    refs: set[ArticleRef] = set()
    for item in [*authorities, *state.declarations]:
        if item.article:
            number, _, rest = item.article.partition("(")
            if number.isdigit():
                refs.add(ArticleRef(instrument=item.instrument, article=int(number),
                                    paragraph=rest.rstrip(")") or None))
    return sorted(refs, key=lambda r: (r.instrument, r.article, r.paragraph or ""))


def state_record(state: StateEntry, order: int = 0) -> Paragraph:
    authorities = state.public_authorities()
    topics = {"central-authorities"}
    for authority in authorities:
        topics.update(ROLE_TOPICS.get(authority.role, []))
    if any(d.kind == "extradition_treaty_basis" for d in state.declarations):
        topics.add("extradition")
    if state.status:
        topics.add("ratification")
    updated = state.last_updated()
    return Paragraph(
        id=f"directory-{state.iso3.lower()}",
        document="directory",
        kind="directory",
        citation=_citation(state, authorities),
        label=state.iso3,
        # The names in six languages and the directory's title go into the heading path:
        # embedded with the record (found in any language), never quoted as an answer.
        heading_path=[_six({lang: t("title", lang) for lang in LANGS}), state_names_line(state)],
        text=state_text(state),
        lang="en",
        articles=_articles(state, authorities),
        topics=sorted(topics),
        year=updated.year if updated else None,
        url=f"/directory/{state.iso3.lower()}/",
        order=order,
    )


def directory_records(directory: Directory) -> list[Paragraph]:
    """One record per State, built from public facts only."""
    return [state_record(state, i) for i, state in enumerate(directory.states)]
