"""`untoc-kb directory ...`: validate, new, export, import, token-hash."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
import yaml

from assistant.config import get_settings
from assistant.errors import SourceError, UntocError

directory_app = typer.Typer(no_args_is_help=True, pretty_exceptions_enable=False)


def _default_dir() -> Path:
    return get_settings().data_dir / "directory"


def _error_line(err: SourceError) -> str:
    return f"{err.file}:{err.line or 0}: {err.field or '(file)'}: {err.message}"


@directory_app.command()
def validate(
    path: Annotated[Path | None, typer.Argument(help="folder of <ISO3>.yaml files")] = None,
) -> None:
    """Check every directory file; print `file:line: field: message` for each error."""
    from assistant.directory.load import validate_directory

    directory, errors = validate_directory(path or _default_dir())
    for err in errors:
        typer.echo(_error_line(err))
    if errors:
        typer.echo(f"{len(errors)} error(s)", err=True)
        raise typer.Exit(code=1)
    authorities = sum(len(s.authorities) for s in directory.states)
    typer.echo(f"ok: {len(directory.states)} States, {authorities} authorities", err=True)


@directory_app.command()
def new(
    iso3: Annotated[str, typer.Argument(help="ISO 3166-1 alpha-3 code, e.g. LSO")],
    path: Annotated[Path | None, typer.Option(help="folder of <ISO3>.yaml files")] = None,
    force: Annotated[bool, typer.Option(help="overwrite an existing file")] = False,
) -> None:
    """Write a skeleton entry for a State: names from the reference table, nothing else."""
    from assistant.directory.names import load_reference, reference_path
    from assistant.directory.yamlio import dump_state

    folder = path or _default_dir()
    code = iso3.upper()
    ref_file = reference_path(folder.parent)
    if not ref_file.exists():
        ref_file = reference_path(get_settings().data_dir)
    reference = load_reference(ref_file)
    if code not in reference:
        typer.echo(f"{code} is not in the reference table of States ({ref_file})", err=True)
        raise typer.Exit(code=1)
    target = folder / f"{code}.yaml"
    if target.exists() and not force:
        typer.echo(f"{target} exists (use --force to overwrite)", err=True)
        raise typer.Exit(code=1)
    groups_file = ref_file.parent / "un_regional_groups.yaml"
    region = None
    if groups_file.exists():
        groups = yaml.safe_load(groups_file.read_text(encoding="utf-8"))
        region = next((g for g, members in groups.items() if code in members), None)
    names = reference[code].display
    entry = {"iso3": code, "region": region,
             "names": {k: names[k] for k in ("ar", "zh", "en", "fr", "es", "ru")},
             "status": {}, "authorities": [], "declarations": []}
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(dump_state(entry), encoding="utf-8")
    typer.echo(str(target))


class Format(StrEnum):
    csv = "csv"
    json = "json"


@directory_app.command()
def export(
    format: Annotated[Format, typer.Option("--format", help="csv or json")] = Format.json,
    out: Annotated[Path | None, typer.Option(help="output file (default: stdout)")] = None,
    path: Annotated[Path | None, typer.Option(help="folder of <ISO3>.yaml files")] = None,
) -> None:
    """Export the public directory (restricted entries are never exported)."""
    from assistant.directory.export import export_csv, export_json
    from assistant.directory.load import load_directory

    try:
        directory = load_directory(path or _default_dir())
    except UntocError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(code=1) from None
    text = export_csv(directory) if format is Format.csv else export_json(directory)
    if out:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {out}", err=True)
    else:
        sys.stdout.write(text)


@directory_app.command(name="import")
def import_submission(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                         help="a State's submission (template format)")],
    path: Annotated[Path | None, typer.Option(help="folder of <ISO3>.yaml files")] = None,
    dry_run: Annotated[bool, typer.Option(help="report changes without writing")] = False,
) -> None:
    """Validate a submission, merge it into data/directory/<ISO3>.yaml, report what changed."""
    from assistant.directory.submission import merge_submission

    try:
        report = merge_submission(file, path or _default_dir(), write=not dry_run)
    except SourceError as err:
        typer.echo(_error_line(err))
        raise typer.Exit(code=1) from None
    typer.echo(report.render())


@directory_app.command(name="token-hash")
def token_hash() -> None:
    """Read a token from stdin; print the line to add to the tokens file."""
    from assistant.directory.access import hash_token

    token = sys.stdin.readline().strip()
    try:
        typer.echo(hash_token(token))
    except ValueError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(code=1) from None
