"""The `untoc-kb` command line. Each command parses options and calls one library function."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from assistant.config import get_settings, make_settings
from assistant.errors import UntocError

app = typer.Typer(help="UNTOC knowledge base: build the site and index, serve, ask, draft.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
console = Console(stderr=True)


def _fail(err: Exception) -> typer.Exit:
    console.print(f"[red]error:[/red] {err}", markup=True, highlight=False)
    return typer.Exit(code=1)


@app.command()
def build(
    model: Annotated[str | None,
                     typer.Option(help="sentence-transformers model name or path")] = None,
    query_prefix: Annotated[str | None,
                            typer.Option(help="prefix for queries, e.g. 'query: '")] = None,
    passage_prefix: Annotated[str | None, typer.Option(help="prefix for passages")] = None,
    site: Annotated[bool, typer.Option("--site/--no-site", help="build the static site")] = True,
    index: Annotated[bool,
                     typer.Option("--index/--no-index", help="build the embedding index")] = True,
) -> None:
    """Parse the sources, write index/corpus.jsonl, the static site and the embedding index."""
    from assistant.build import run_build

    try:
        report = run_build(get_settings(), model=model, query_prefix=query_prefix,
                           passage_prefix=passage_prefix, with_site=site, with_index=index)
    except UntocError as err:
        raise _fail(err) from None
    console.print(report.summary())


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
) -> None:
    """Serve the built site at / and the API under /api."""
    import uvicorn

    from assistant.api.app import create_app

    try:
        application = create_app(get_settings())
    except UntocError as err:
        raise _fail(err) from None
    # access_log off: request bodies are never logged, and URLs may carry search text.
    uvicorn.run(application, host=host, port=port, access_log=False)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="the question, in any UN language")],
    k: Annotated[int, typer.Option(min=1, max=50, help="number of citations")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="print the API's JSON")] = False,
) -> None:
    """Answer a question with cited paragraphs (same code path as POST /api/ask)."""
    from assistant.schemas.api import AskRequest
    from assistant.search.service import load_service

    try:
        service = load_service(get_settings())
        response = service.ask(AskRequest(question=question, k=k))
    except (UntocError, ValueError) as err:
        raise _fail(err) from None
    if as_json:
        typer.echo(response.model_dump_json(indent=2))
        return
    typer.echo(response.answer)
    for i, c in enumerate(response.citations, 1):
        typer.echo(f"[{i}] {c.citation}  {c.page_path()}  (score {c.score:.3f})")


@app.command(name="eval")
def evaluate(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="questions, JSONL")],
    k: Annotated[int, typer.Option(min=1, max=50)] = 5,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Score retrieval: Recall@1, Recall@5, MRR, per-language recall, declines."""
    from assistant.evaluate import run_eval

    try:
        report = run_eval(get_settings(), file, k=k)
    except UntocError as err:
        raise _fail(err) from None
    typer.echo(json.dumps(report.model_dump(), indent=2) if as_json else report.render())


@app.command()
def draft(
    request: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="request JSON")],
    lang: Annotated[str, typer.Option(help="output language: ar zh en es fr ru")] = "en",
    out: Annotated[Path, typer.Option(help="output file (.docx or .md)")] = Path("request.docx"),
) -> None:
    """Render a mutual legal assistance request (JSON) as DOCX or Markdown."""
    from assistant.writer.cli import draft_file

    try:
        missing = draft_file(get_settings(), request, lang=lang, out=out)
    except UntocError as err:
        raise _fail(err) from None
    for item in missing:
        console.print(f"[yellow]missing:[/yellow] {item.field}: {item.message}")
    console.print(f"wrote {out}")


guides_app = typer.Typer(help="Practitioner guides (docs/guides/).", no_args_is_help=True)
app.add_typer(guides_app, name="guides")


@guides_app.command("report")
def guides_report() -> None:
    """List each guide's citations, unknown ids, uncited paragraphs and missing languages."""
    from assistant.guides.report import guide_report
    from assistant.sources import load_corpus

    try:
        settings = get_settings()
        text = guide_report(settings, {p.id: p for p in load_corpus(settings)})
    except UntocError as err:
        raise _fail(err) from None
    typer.echo(text)
    if not text.rstrip().endswith(" 0 problems"):
        raise typer.Exit(code=1)


def _register_directory() -> None:
    from assistant.directory.cli import directory_app

    app.add_typer(directory_app, name="directory", help="Validate, create, import and export "
                  "directory records (data/directory/*.yaml).")


_register_directory()

__all__ = ["app", "make_settings"]
