"""README.md and `--help` cannot drift from the commands: every command and option is documented."""

import re

import pytest
import typer
from typer.testing import CliRunner

from arkiv.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = typer.main.get_command(app).commands
# English the CLI framework would write itself if arkiv's Swedish versions stopped being used.
FRAMEWORK_ENGLISH = ("Usage:", "Options:", "Arguments:", "Commands:", "[default:", "env var:",
                     "[required]", "Show this message")


def _section(heading: str) -> str:
    """The README text under a heading, up to the next heading of any level."""
    start = README.index(heading)
    end = re.search(r"^#{1,3} ", README[start + len(heading):], re.M)
    return README[start:start + len(heading) + end.start()] if end else README[start:]


def _command_section(name: str) -> str:
    match = re.search(rf"^### `arkiv {name}\b.*$", README, re.M)
    assert match, f"{name} saknas i README.md (### `arkiv {name} ...`)"
    return _section(match.group(0))


# Options several commands share, described once between "## Commands" and the first command.
COMMON = _section("## Commands")


def _mentions(text: str, option: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


def test_the_commands_are_all_here():
    assert {"ingest", "search", "show", "export", "status", "reindex"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_swedish_help_and_is_in_the_readme(name):
    section = _command_section(name)
    assert re.search(rf"^arkiv {name}\b", section, re.M), f"inget exempel för {name} i README.md"
    help_text = CliRunner().invoke(app, [name, "--help"]).output
    assert "Exempel:" in help_text
    assert re.search(r"[åäö]", help_text), f"hjälptexten för {name} verkar inte vara på svenska"
    assert "Användning: " in help_text
    assert not [text for text in FRAMEWORK_ENGLISH if text in help_text], help_text


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_option_is_in_the_readme(name):
    section = _command_section(name)
    options = [opt for param in COMMANDS[name].params if param.param_type_name == "option"
               for opt in [*param.opts, *param.secondary_opts] if opt != "--help"]
    missing = [opt for opt in options if not (_mentions(section, opt) or _mentions(COMMON, opt))]
    assert not missing, f"README.md beskriver inte {', '.join(missing)} för arkiv {name}"


def test_top_level_help_is_swedish():
    help_text = CliRunner().invoke(app, ["--help"]).output
    assert "Användning: arkiv" in help_text and "Kommandon:" in help_text
    assert not [text for text in FRAMEWORK_ENGLISH if text in help_text], help_text
