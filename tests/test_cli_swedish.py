"""The CLI framework's own texts (usage, errors, bare `arkiv`) in Swedish, with Click's exit codes."""

import sys

import pytest
from typer.testing import CliRunner

from arkiv import cli
from arkiv.cli_swedish import notes_in_swedish


def run_main(monkeypatch, capsys, *args):
    """The console script itself: `arkiv.cli.main()` with sys.argv, as `arkiv ...` runs it."""
    monkeypatch.setattr(sys, "argv", ["arkiv", *args])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    return exit_.value.code, capsys.readouterr()


@pytest.mark.parametrize("args, message", [
    (["show"], "Fel: Missing argument"),
    (["status", "--okänd"], "Fel: No such option: --okänd"),
    (["finns-inte"], "Fel: No such command 'finns-inte'"),
    (["search", "x", "-n", "två"], "Fel: Invalid value for '-n' / '--limit'"),
])
def test_usage_errors_are_swedish_with_exit_code_2(monkeypatch, capsys, args, message):
    code, out = run_main(monkeypatch, capsys, *args)
    assert code == 2
    assert out.out == ""
    assert out.err.startswith("Användning: ")  # the program name depends on how pytest runs
    assert "för hjälp." in out.err and message in out.err
    assert "Usage:" not in out.err and "Error:" not in out.err and "Try " not in out.err


def test_usage_errors_are_swedish_through_the_cli_runner_too():
    result = CliRunner().invoke(cli.app, ["show"])
    assert result.exit_code == 2
    assert "Användning: arkiv show" in result.stderr and "Fel: " in result.stderr


def test_bare_arkiv_prints_the_help_with_exit_code_2(monkeypatch, capsys):
    code, out = run_main(monkeypatch, capsys)
    assert code == 2
    assert out.err.startswith("Användning: ") and "Kommandon:" in out.err and "Fel:" not in out.err


def test_help_exits_0_and_a_commands_exit_code_is_kept(monkeypatch, capsys, tmp_path):
    code, out = run_main(monkeypatch, capsys, "--help")
    assert code == 0 and out.out.startswith("Användning: ")
    code, out = run_main(monkeypatch, capsys, "show", "saknas.pdf", "--home", str(tmp_path))
    assert code == 1 and f"det finns inget arkiv i {tmp_path}" in out.err


def test_keyboard_interrupt_exits_130(monkeypatch, capsys, tmp_path):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    empty = tmp_path / "tom"
    empty.mkdir()
    assert run_main(monkeypatch, capsys, "ingest", str(empty), "--home", str(tmp_path))[0] == 0
    monkeypatch.setattr(cli, "_print_json", interrupted)
    code, _ = run_main(monkeypatch, capsys, "status", "--json", "--home", str(tmp_path))
    assert code == 130


def test_notes_after_a_help_text_are_translated():
    assert notes_in_swedish("Antal.  [default: 10; x>=1]") == "Antal.  [standard: 10; x>=1]"
    assert notes_in_swedish("Katalog.  [env var: ARKIV_HOME; required]") == (
        "Katalog.  [miljövariabel: ARKIV_HOME; krävs]")
    assert notes_in_swedish("Utan noter.") == "Utan noter."
