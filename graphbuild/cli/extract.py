"""``graphbuild extract PATH… --format jsonl``: extraction without a store."""

from __future__ import annotations

import json
import sys

import click

from graphbuild import pipeline
from graphbuild.cli.output import print_failures
from graphbuild.types import Failure


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("-o", "--out", type=click.File("w", encoding="utf-8"), default="-", help="Output file (default stdout).")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--aliases", "alias_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--max-bytes", type=click.IntRange(1), default=pipeline.DEFAULT_MAX_BYTES, show_default=True,
              help="Skip (and report) any document bigger than this many bytes.")
def cli(paths: tuple[str, ...], fmt: str, out: click.utils.LazyFile, jobs: int,
        lexicon_files: tuple[str, ...], alias_file: str | None, max_bytes: int) -> None:
    """Print one ONTOLOGY.md JSON line per document (entities, relations, evidence).

    Exit code 1 when any document failed (the others are printed).
    """
    failures: list[Failure] = []
    for item in pipeline.extract_paths(paths, jobs=jobs, lexicon_files=lexicon_files,
                                        alias_file=alias_file, max_bytes=max_bytes):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        out.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
    out.flush()
    print_failures(failures)
    if failures:
        sys.exit(1)
