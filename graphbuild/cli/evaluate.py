"""``graphbuild evaluate GOLD.jsonl PATH…``: extract and score against a gold file."""

from __future__ import annotations

import sys

import click

from graphbuild import evaluate as evaluation
from graphbuild.cli.output import print_failures


@click.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False),
              help="Score this `extract --format jsonl` file instead of extracting PATHs.")
@click.option("--show", is_flag=True, help="List every missed and every wrong item.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--aliases", "alias_file", type=click.Path(exists=True, dir_okay=False))
def cli(gold: str, paths: tuple[str, ...], predictions: str | None, show: bool, as_json: bool, jobs: int,
        lexicon_files: tuple[str, ...], alias_file: str | None) -> None:
    """Score extraction of PATHs against GOLD (same figures as tests/data/kgscore.py).

    Exit code 1 when any document failed to extract (the rest are scored).
    """
    result = evaluation.evaluate(gold, paths, predictions=predictions, lexicon_files=lexicon_files,
                                 alias_file=alias_file, jobs=jobs)
    click.echo(result.render(show=show, as_json=as_json))
    print_failures(result.failures)
    if result.failures:
        sys.exit(1)
