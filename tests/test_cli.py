"""The `arkiv` command through Typer's CliRunner on a temporary home, plus a real process for start-up."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arkiv.cli import app

from .conftest import CORPUS
from .pdfs import write_encrypted_pdf, write_protocol_pdf, write_truncated_pdf

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def folder(tmp_path):
    docs = tmp_path / "protokoll"
    docs.mkdir()
    shutil.copy(CORPUS / "2024-05-16_protokoll.txt", docs / "styrelsen-2024-05-16.txt")
    write_protocol_pdf(docs / "nämnden-2024-03-14.pdf", pages=3)
    return docs


def test_ingest_prints_summary_and_show_prints_the_parsed_document(folder):
    result = run("ingest", folder)
    assert result.exit_code == 0, result.output
    assert "Filer: 2 inlästa, 0 oförändrade, 0 misslyckade" in result.output

    shown = run("show", "styrelsen-2024-05-16.txt")
    assert shown.exit_code == 0, shown.output
    assert "Norrälvens Samordningsförbund" in shown.output
    assert "2024-05-16" in shown.output
    assert "§ 25" in shown.output and "återremitterad" in shown.output

    one = run("show", folder / "styrelsen-2024-05-16.txt", "§25", "--json")
    record = json.loads(one.stdout)
    assert record["number"] == "§ 25"
    assert [d["status"] for d in record["decisions"]] == ["återremitterad"]
    assert record["dnr"] == ["Diarienr: NSF 2024/9"]

    again = run("ingest", folder)
    assert "Filer: 0 inlästa, 2 oförändrade" in again.output


def test_export_is_json_lines_with_the_contract_fields(folder):
    run("ingest", folder)
    result = run("export")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    for record in records:
        assert {"source", "sha256", "title", "doc_type", "body", "date", "pages", "sections",
                "persons"} <= record.keys()
        assert record["source"].startswith("/")
        for section in record["sections"]:
            assert {"number", "title", "page", "dnr", "text", "decisions"} <= section.keys()
        for person in record["persons"]:
            assert set(person) == {"name", "role", "organisation", "party"}
    pdf = next(r for r in records if r["source"].endswith(".pdf"))
    assert pdf["pages"] == 3


def test_bad_files_give_one_line_each_and_exit_code_1(folder):
    write_encrypted_pdf(folder / "krypterad.pdf")
    write_truncated_pdf(folder / "trasig.pdf")
    result = run("ingest", folder, folder / "saknas.txt")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("fel: ")]
    assert len(errors) == 3
    assert any("krypterad.pdf" in line for line in errors)
    assert any("trasig.pdf" in line for line in errors)
    assert any("saknas.txt: sökvägen finns inte" in line for line in errors)
    assert "Filer: 2 inlästa" in result.output

    status = json.loads(run("status", "--json").stdout)
    assert status["documents"] == 2
    assert {f["path"].rsplit("/", 1)[-1] for f in status["failed"]} == {"krypterad.pdf", "trasig.pdf"}


def test_ingest_json_lists_every_file(folder):
    (folder / "anteckning.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    result = run("ingest", folder, "--json")
    records = json.loads(result.stdout)
    by_name = {r["path"].rsplit("/", 1)[-1]: r for r in records}
    assert by_name["anteckning.doc"]["status"] == "överhoppad"
    assert by_name["styrelsen-2024-05-16.txt"]["status"] == "ok"
    assert by_name["styrelsen-2024-05-16.txt"]["sections"] == 9


def test_show_unknown_document_or_section_is_a_clear_error(folder):
    run("ingest", folder)
    missing = run("show", "finns-inte.pdf")
    assert missing.exit_code == 1
    assert "finns inte i arkivet" in missing.output
    no_section = run("show", "styrelsen-2024-05-16.txt", "§99")
    assert no_section.exit_code == 1 and "§ 99 finns inte" in no_section.output


def test_home_option_overrides_environment(folder, tmp_path):
    other = tmp_path / "annat-arkiv"
    run("ingest", folder, "--home", other)
    assert (other / "catalogue.sqlite").exists()
    assert json.loads(run("status", "--json", "--home", other).stdout)["documents"] == 2
    # Reading commands never create an archive: a home without one is named in the error.
    for command in (["status"], ["search", "budget"], ["export"], ["show", "x.pdf"]):
        result = run(*command)
        assert result.exit_code == 1
        assert "det finns inget arkiv i" in result.output
    assert not os.environ["ARKIV_HOME"] or not Path(os.environ["ARKIV_HOME"]).exists()


def test_help_starts_without_heavy_imports():
    """`arkiv --help` must stay fast: no torch, spaCy, Chroma or sentence-transformers."""
    code = (
        "import sys; from typer.testing import CliRunner; from arkiv.cli import app;"
        "CliRunner().invoke(app, ['--help']);"
        "print(sorted(m for m in ('torch','spacy','chromadb','sentence_transformers','transformers')"
        " if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"


def test_a_real_process_exits_with_its_code_and_all_its_output(folder):
    """`python -m arkiv` leaves without tearing the interpreter down (cli._leave): its output is
    complete, its exit code kept, and what it wrote is whole."""
    def arkiv(*args):
        return subprocess.run([sys.executable, "-m", "arkiv", *map(str, args)], capture_output=True,
                              text=True, timeout=300)

    ingested = arkiv("ingest", folder, "--json")
    assert ingested.returncode == 0, ingested.stderr
    assert [r["status"] for r in json.loads(ingested.stdout)] == ["ok", "ok"]
    checked = arkiv("check", "--json")
    assert checked.returncode == 0 and json.loads(checked.stdout)["ok"], checked.stdout
    found = arkiv("search", "samverkansteam", "--json")
    assert found.returncode == 0 and json.loads(found.stdout), found.stderr
    missing = arkiv("show", "finns-inte.txt")
    assert missing.returncode == 1 and missing.stderr.strip() and not missing.stdout
    usage = arkiv("show")
    assert usage.returncode == 2 and usage.stderr.startswith("Användning: ")


def test_show_explain_names_the_rules_and_an_older_archive_is_brought_up_to_date(folder, tmp_path):
    """`arkiv show --explain` prints the rule behind each decision and person (and `rule` in JSON).
    An archive from before the rules were kept (no rule columns, pipeline version 3) is refused
    by show until `arkiv ingest` migrates it and parses its files again."""
    import sqlite3

    assert run("ingest", folder).exit_code == 0
    shown = run("show", "styrelsen-2024-05-16.txt", "--explain")
    assert shown.exit_code == 0, shown.output
    assert "[regel: beslutsblock]" in shown.output and "[regel: närvaroblock]" in shown.output
    one = json.loads(run("show", "styrelsen-2024-05-16.txt", "§25", "--json", "--explain").stdout)
    assert [d["rule"] for d in one["decisions"]] == ["beslutsblock"]
    plain = json.loads(run("show", "styrelsen-2024-05-16.txt", "§25", "--json").stdout)
    assert "rule" not in plain["decisions"][0]

    db = sqlite3.connect(Path(os.environ["ARKIV_HOME"]) / "catalogue.sqlite")
    with db:
        db.execute("ALTER TABLE decisions DROP COLUMN rule")
        db.execute("ALTER TABLE persons DROP COLUMN rule")
        db.execute("DELETE FROM migrations WHERE name = '_m004_rules'")
        db.execute("UPDATE documents SET pipeline_version = 3")
    db.close()
    refused = run("show", "styrelsen-2024-05-16.txt", "--explain")
    assert refused.exit_code == 1 and "äldre format" in refused.output
    assert run("ingest", folder).exit_code == 0
    again = run("show", "styrelsen-2024-05-16.txt", "--explain")
    assert "[regel: beslutsblock]" in again.output and "okänd" not in again.output
