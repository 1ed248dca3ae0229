"""The ``graphbuild`` command: a thin shell over the library.

Each sub-command lives in its own module and is imported only when invoked,
so ``graphbuild extract`` never pays for the database drivers.

Exit codes: 0 success; 1 some documents failed (the rest were loaded);
2 usage, configuration or query errors; 3 store or server errors.
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from graphbuild import __version__
from graphbuild.errors import GraphbuildError

# command name -> module (under graphbuild.cli) that defines a click command `cli`
COMMANDS: dict[str, str] = {
    "load": "load",
    "extract": "extract",
    "evaluate": "evaluate",
    "query": "query",
    "queries": "queries",
    "stats": "stats",
    "remove": "remove",
    "server": "server",
    "analyze": "analyze",
    "viz": "viz",
    "export": "export",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMANDS.get(cmd_name)
        if module is None:
            return None
        mod = importlib.import_module(f"graphbuild.cli.{module}")
        return mod.cli


class GraphbuildCLIError(click.ClickException):
    """A GraphbuildError shown as one line, with its exit code."""

    def __init__(self, err: GraphbuildError) -> None:
        super().__init__(str(err))
        self.exit_code = err.exit_code


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphbuild")
@click.option("-v", "--verbose", is_flag=True, help="Log progress details and show tracebacks.")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """Build a knowledge graph of Indonesian pharmaceutical-regulatory news."""
    ctx.ensure_object(dict)
    ctx.obj["verbose"] = verbose
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def main() -> None:
    try:
        cli.main(prog_name="graphbuild", standalone_mode=False)
    except GraphbuildError as err:
        if "-v" in sys.argv[1:] or "--verbose" in sys.argv[1:]:
            import traceback

            traceback.print_exc()
        GraphbuildCLIError(err).show()
        sys.exit(err.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
