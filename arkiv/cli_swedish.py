"""Swedish for the texts the CLI framework writes itself: "Usage:", section names, "--help", errors.

Public API only: Typer's documented command classes (`typer.core.TyperGroup`, `TyperCommand`,
chosen with `cls=`) override Click's documented `Command` methods that write those texts, and the
group runs in non-standalone mode so that errors are shown here rather than by the framework.
The framework's own error messages ("Missing argument 'source'.") stay as they are.
"""

from __future__ import annotations

import sys

import typer
import typer.core

USAGE = "Användning: "
HELP_OPTION = "Visa den här hjälpen och avsluta."
SECTIONS = {"argument": "Argument", "option": "Flaggor"}
COMMANDS = "Kommandon"
ABORTED = "Avbrutet!"
# The notes in brackets after a parameter's help, e.g. "[default: 10; env var: ARKIV_HOME]".
NOTES = {"default: ": "standard: ", "env var: ": "miljövariabel: ", "required": "krävs"}


def notes_in_swedish(help_text: str) -> str:
    """Translate the trailing "[...; ...]" notes of one help text; the rest is ours already."""
    if not help_text.endswith("]") or "[" not in help_text:
        return help_text
    start = help_text.rindex("[")
    notes = []
    for note in help_text[start + 1 : -1].split("; "):
        for english, swedish in NOTES.items():
            if note.startswith(english):
                note = swedish + note[len(english) :]
                break
        notes.append(note)
    return f"{help_text[:start]}[{'; '.join(notes)}]"


class _Swedish:
    """Overrides shared by commands and the group (Click `Command` methods)."""

    def format_usage(self, ctx, formatter) -> None:
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), prefix=USAGE)

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_OPTION
        return option

    def format_options(self, ctx, formatter) -> None:
        rows = {kind: [] for kind in SECTIONS}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is not None and param.param_type_name in rows:
                rows[param.param_type_name].append((record[0], notes_in_swedish(record[1])))
        for kind, title in SECTIONS.items():
            if rows[kind]:
                with formatter.section(title):
                    formatter.write_dl(rows[kind])

    def parse_args(self, ctx, args):
        # Help for a bare `arkiv`: printed here, as the framework's own error type is not public.
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            typer.echo(ctx.get_help(), err=True, color=ctx.color)
            ctx.exit(2)
        return super().parse_args(ctx, args)


class Command(_Swedish, typer.core.TyperCommand):
    pass


class Group(_Swedish, typer.core.TyperGroup):
    def format_options(self, ctx, formatter) -> None:
        super().format_options(ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx, formatter) -> None:
        commands = [(name, self.get_command(ctx, name)) for name in self.list_commands(ctx)]
        commands = [(name, command) for name, command in commands if command and not command.hidden]
        if commands:
            limit = formatter.width - 6 - max(len(name) for name, _ in commands)
            with formatter.section(COMMANDS):
                formatter.write_dl([(name, command.get_short_help_str(limit)) for name, command in commands])

    def invoke(self, ctx):
        # main() below reads an int result as an exit code (typer.Exit); a command's own return
        # value is not one.
        super().invoke(ctx)
        return None

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            # Non-standalone: the framework raises its errors instead of printing them, returns
            # typer.Exit's code (Ctrl-C is Exit(130)), and exits 1 itself on a broken pipe.
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except typer.TyperException as error:  # Click's errors derive from it (Typer >= 0.27.2)
            show_error(error)
            sys.exit(error.exit_code)
        except typer.Abort:
            typer.echo(ABORTED, err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def show_error(error: typer.TyperException) -> None:
    """Click's UsageError.show in Swedish: usage line and help hint when a context is known, exit 2."""
    ctx = getattr(error, "ctx", None)
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = f"Se '{ctx.command_path} {ctx.help_option_names[0]}' för hjälp.\n"
        typer.echo(f"{ctx.get_usage()}\n{hint}", err=True, color=ctx.color)
    typer.echo(f"Fel: {error.format_message()}", err=True)


class Typer(typer.Typer):
    """`typer.Typer` whose group and commands (unless given another `cls`) speak Swedish."""

    def __init__(self, *, cls=None, **kwargs):
        super().__init__(cls=cls or Group, **kwargs)

    def command(self, name=None, *, cls=None, **kwargs):
        return super().command(name, cls=cls or Command, **kwargs)
