"""Swedish for the texts the CLI framework writes itself: "Usage:", "Options", "--help", errors.

Typer vendors Click with these texts in English; section names go through `typer.core._` (gettext),
the rest are literals, so the few methods that print them are wrapped here. Installed once by cli.py.
"""

import typer.core
from typer._click import core, exceptions, formatting
from typer._click.utils import echo

SECTIONS = {"Options": "Flaggor", "Arguments": "Argument", "Commands": "Kommandon",
            "required": "krävs", "default: {default}": "standard: {default}",
            "env var: {var}": "miljövariabel: {var}", "Aborted!": "Avbrutet!"}
HELP_OPTION = "Visa den här hjälpen och avsluta."


def _usage_in_swedish(write_usage):
    def wrapper(self, prog, args="", prefix=None):
        return write_usage(self, prog, args, "Användning: " if prefix is None else prefix)

    return wrapper


def _help_option_in_swedish(get_help_option):
    def wrapper(self, ctx):
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = HELP_OPTION
        return option

    return wrapper


def _show_usage_error(self, file=None):
    if self.ctx is not None:
        hint = ""
        if self.ctx.command.get_help_option(self.ctx) is not None:
            hint = f"Se '{self.ctx.command_path} {self.ctx.help_option_names[0]}' för hjälp.\n"
        echo(f"{self.ctx.get_usage()}\n{hint}", file=file, err=file is None, color=self.ctx.color)
    echo(f"Fel: {self.format_message()}", file=file, err=file is None)


def _show_error(self, file=None):
    echo(f"Fel: {self.format_message()}", file=file, err=file is None)


def install() -> None:
    typer.core._ = lambda message: SECTIONS.get(message, message)
    formatting.HelpFormatter.write_usage = _usage_in_swedish(formatting.HelpFormatter.write_usage)
    core.Command.get_help_option = _help_option_in_swedish(core.Command.get_help_option)
    exceptions.ClickException.show = _show_error
    exceptions.UsageError.show = _show_usage_error
