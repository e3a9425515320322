"""The `arkiv` command: a thin Typer layer over `arkiv.Archive`.

Keep module-level imports light: `arkiv --help` must not load torch, spaCy or Chroma.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import signal
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from arkiv import cli_swedish
from arkiv.archive import Archive, ArchiveError, IngestSummary
from arkiv.schema import DecisionStatus, Document, IngestResult, IngestStatus, Section
from arkiv.search.chunks import ChunkKind

# Swedish for the framework's own texts too (usage, section names, errors); new commands get it.
app = cli_swedish.Typer(
    name="arkiv",
    help=(
        "Arkivera och sök i sammanträdesprotokoll, minnesanteckningar och kallelser.\n\n"
        "Läs in dokument med 'arkiv ingest', granska dem med 'arkiv show' och exportera "
        "allt med 'arkiv export'. Arkivet ligger i --home eller ARKIV_HOME."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

HomeOption = Annotated[
    Optional[Path],
    typer.Option(
        "--home",
        envvar="ARKIV_HOME",
        help="Arkivets katalog (standard: användarens datakatalog).",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Skriv resultatet som JSON.")]
ModelOption = Annotated[
    Optional[str],
    typer.Option(
        "--model",
        envvar="ARKIV_MODEL",
        help="Inbäddningsmodell: e5-small (standard, följer med arkiv) eller sökväg/namn till en "
        "lokal sentence-transformers-modell.",
        show_default=False,
    ),
]
NoWaitOption = Annotated[bool, typer.Option(
    "--no-wait", help="Avbryt direkt i stället för att vänta om en annan inläsning pågår.")]
ShowPnrOption = Annotated[bool, typer.Option(
    "--visa-personnummer", help="Visa personnummer och samordningsnummer som de står (annars "
    "ÅÅMMDD-XXXX).")]
ChromaOption = Annotated[
    Optional[str],
    typer.Option(
        "--chroma-url",
        envvar="ARKIV_CHROMA_URL",
        help="Lägg vektorerna på en Chroma-server (http://värd:port, startad med 'chroma run') "
        "i stället för i arkivkatalogen.",
        show_default=False,
    ),
]


def _console(stderr: bool = False):
    from rich.console import Console

    # soft_wrap: a message is one line even when stdout is not a terminal (scripts, grep).
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def _fail(message: str) -> None:
    _console(stderr=True).print(f"[red]fel:[/red] {_escape(message)}", markup=True)
    raise typer.Exit(1)


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command()
def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Filer och kataloger (läses rekursivt).", show_default=False),
    ],
    prune: Annotated[bool, typer.Option(
        "--prune", help="Glöm filer i arkivet som inte längre finns i de angivna katalogerna.")] = False,
    ocr: Annotated[str, typer.Option(
        "--ocr", help="OCR av PDF-sidor: auto (sidor utan läsbart textlager), always (alla sidor) "
        "eller never.")] = "auto",
    no_wait: NoWaitOption = False,
    home: HomeOption = None,
    model: ModelOption = None,
    chroma_url: ChromaOption = None,
    as_json: JsonOption = False,
) -> None:
    """Läs in dokument i arkivet: PDF (även inskannade, med OCR), Word (.docx), OpenDocument (.odt),
    webbsidor (.html, .htm), .rtf, .txt, .md, .tex, .org, .typ och .rst.

    Varje fil delas upp i paragrafer (§), beslut med status, Dnr, personer och datum.
    Oförändrade filer hoppas över; en ändrad fil ersätter sin tidigare version. Filer som inte
    går att läsa rapporteras på en rad var och övriga filer läses in ändå; då blir
    slutkoden 1. Bara en inläsning åt gången skriver i arkivet; en andra väntar på sin tur.

    Exempel: arkiv ingest protokoll/ kallelse-2024-11-20.pdf
    """
    from arkiv.ingest.readers import OcrMode

    _choice(ocr, OcrMode.ALL, "--ocr")
    with _archive(home, model, chroma_url, wait=not no_wait) as archive, _interruptible(
        "Avbrutet. Färdiga filer är sparade; kör samma kommando igen för att fortsätta."
    ):
        summary = _ingest_with_progress(archive, paths, prune=prune, ocr=ocr, quiet=as_json)
    if as_json:
        _print_json([_result_record(r) for r in summary.results])
    else:
        _print_summary(summary)
    if summary.failed:
        raise typer.Exit(1)


def _ingest_with_progress(archive: Archive, paths: list[Path], prune: bool, ocr: str,
                          quiet: bool) -> IngestSummary:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = _console(stderr=True)
    progress = Progress(
        TextColumn("Läser in"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("filer · {task.fields[pages]} sidor · {task.fields[current]}"),
        TimeElapsedColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    )
    task = progress.add_task("ingest", total=None, pages=0, current="")
    pages = 0
    index_task = None

    def on_start(total: int) -> None:
        progress.update(task, total=total)

    def on_file(result: IngestResult) -> None:
        nonlocal pages
        pages += result.pages
        progress.update(task, advance=1, pages=pages, current=Path(result.path).name)

    def on_ocr_page(name: str, done: int, total: int) -> None:
        progress.update(task, current=f"{name} · OCR sida {done} av {total}")

    def on_index(done: int, total: int) -> None:
        nonlocal index_task
        if index_task is None:
            progress.update(task, visible=False)
            index_task = progress.add_task("index", total=total, pages="", current="")
            progress.columns = (TextColumn("Indexerar"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("textavsnitt"), TimeElapsedColumn())
        progress.update(index_task, completed=done)

    with progress:
        return archive.ingest(paths, prune=prune, ocr=ocr, on_start=on_start, on_file=on_file,
                              on_ocr_page=on_ocr_page, on_index=on_index)


def _result_record(result: IngestResult) -> dict:
    return {
        "path": result.path,
        "status": str(result.status),
        "sha256": result.sha256,
        "reason": result.reason,
        "pages": result.pages,
        "sections": result.sections,
        "decisions": result.decisions,
        "dnr": result.dnr,
        "persons": result.persons,
    }


def _print_summary(summary: IngestSummary) -> None:
    err = _console(stderr=True)
    for result in summary.results:
        if result.status == IngestStatus.FAILED:
            err.print(f"fel: {result.path}: {result.reason}", markup=False)
    skipped = [r for r in summary.results if r.status == IngestStatus.SKIPPED]
    for result in skipped:
        err.print(f"hoppar över: {result.path}: {result.reason}", markup=False)
    for result in summary.results:
        if result.status == IngestStatus.FORGOTTEN:
            err.print(f"glömd: {result.path}: {result.reason}", markup=False)
    if summary.missing:
        err.print(f"{len(summary.missing)} filer i arkivet finns inte längre på disken (t.ex. "
                  f"{summary.missing[0]}); kör med --prune för att glömma dem.", markup=False)
    out = _console()
    out.print(
        f"Filer: {summary.count(IngestStatus.OK)} inlästa, "
        f"{summary.count(IngestStatus.UNCHANGED)} oförändrade, "
        f"{summary.count(IngestStatus.FAILED)} misslyckade, {len(skipped)} överhoppade.",
        markup=False,
    )
    out.print(
        f"Nytt i arkivet: {summary.total('pages')} sidor, {summary.total('sections')} paragrafer (§), "
        f"{summary.total('decisions')} beslut, {summary.total('dnr')} Dnr, "
        f"{summary.total('persons')} personer; {summary.indexed} textavsnitt indexerade för sökning.",
        markup=False,
    )


@contextmanager
def _archive(home: Path | None, model: str | None = None, chroma_url: str | None = None,
             wait: bool = True):
    """The archive for one command; the errors a user can act on become one Swedish line and
    exit code 1."""
    err = _console(stderr=True)
    archive = Archive(home, model=model, chroma_url=chroma_url, wait=wait,
                      on_message=lambda text: err.print(text, markup=False))
    try:
        yield archive
    except ArchiveError as exc:
        _fail(str(exc))
    finally:
        archive.close()


@contextmanager
def _interruptible(note: str):
    """Ctrl-C (exit 130) and SIGTERM (exit 143, e.g. `kill` or a shutdown) end a write the same
    way: the file being read is rolled back, `note` says what is kept."""

    def terminate(signum, frame):
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    except KeyboardInterrupt as exc:
        _console(stderr=True).print(note, markup=False)
        raise typer.Exit(143 if isinstance(exc, _Terminated) else 130) from None
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the process is, so that it unwinds like Ctrl-C."""


_SECTION_ARG = re.compile(r"^\s*§?\s*(\d+(?:\.\d+)*)\s*$")


@app.command()
def show(
    source: Annotated[str, typer.Argument(help="Dokumentets sökväg eller filnamn.", show_default=False)],
    paragraph: Annotated[
        Optional[str],
        typer.Argument(metavar="[§N]", help="Visa bara en paragraf, t.ex. '§31' eller 31.", show_default=False),
    ] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Visa vilken regel som hittade varje beslut och person.")
    ] = False,
    show_pnr: ShowPnrOption = False,
) -> None:
    """Visa ett inläst dokument som det tolkades: metadata, paragrafer, beslut, Dnr och personer.

    Personnummer visas som ÅÅMMDD-XXXX om inte --visa-personnummer anges.

    Exempel: arkiv show protokoll/2024-09-18.pdf §31
    """
    with _archive(home) as archive:
        doc = archive.document(source)
        ocr_pages = [{"page": page, "confidence": confidence}
                     for _, page, confidence in archive.catalogue.ocr_pages(doc.sha256)]
    if not show_pnr:
        doc = _masked(doc)
    record = doc.export_record() | {"ocr_pages": ocr_pages}
    if explain:
        for s_record, section in zip(record["sections"], doc.sections):
            for d_record, decision in zip(s_record["decisions"], section.decisions):
                d_record["rule"] = decision.rule
        for p_record, person in zip(record["persons"], doc.persons):
            p_record["rule"] = person.rule
    if paragraph is not None:
        section = _find_section(doc, paragraph)
        if as_json:
            _print_json(next(s for s in record["sections"] if s["number"] == section.number))
        else:
            _render_section(section, explain=explain)
        return
    if as_json:
        _print_json(record)
    else:
        _render_document(doc, ocr_pages, explain)


def _find_section(doc: Document, wanted: str) -> Section:
    match = _SECTION_ARG.match(wanted)
    if not match:
        _fail(f"'{wanted}' är inte en paragraf; skriv t.ex. §31")
    number = f"§ {match.group(1)}"
    for section in doc.sections:
        if section.number == number:
            return section
    _fail(f"{number} finns inte i {doc.source}")


def _rule_note(rule: str | None) -> str:
    """ " [regel: beslutsblock]" for `arkiv show --explain`; rows from before the rules were kept
    say so."""
    return f"  [regel: {rule or 'okänd, läs in filen igen'}]"


def _render_document(doc: Document, ocr_pages: list[dict], explain: bool = False) -> None:
    console = _console()
    console.print(f"[bold]{doc.title}[/bold]")
    facts = [
        ("Fil", doc.source),
        ("Typ", str(doc.doc_type)),
        ("Organ", doc.body or "–"),
        ("Datum", doc.date or "–"),
        ("Plats", doc.place or "–"),
        ("Tid", doc.time or "–"),
        ("Sidor", str(doc.pages)),
    ]
    for label, value in facts:
        console.print(f"{label + ':':7} {value}", markup=False, highlight=False)
    if ocr_pages:
        from arkiv.ingest.ocr import LOW_CONFIDENCE

        pages = ", ".join(f"{p['page']} ({p['confidence']:.0f} %)" for p in ocr_pages)
        console.print(f"OCR:    sidorna {pages}", markup=False)
        for page in ocr_pages:
            if page["confidence"] < LOW_CONFIDENCE:
                console.print(f"        sida {page['page']} är osäker; kontrollera mot originalet",
                              markup=False)
    if doc.persons:
        console.print("\n[bold]Personer[/bold]")
        for person in doc.persons:
            details = ", ".join(
                x for x in (person.role, person.organisation, person.party and f"({person.party})") if x
            )
            console.print(f"  {person.name}" + (f" – {details}" if details else "")
                          + (_rule_note(person.rule) if explain else ""), markup=False)
    console.print(f"\n[bold]Paragrafer ({len(doc.sections)})[/bold]")
    for section in doc.sections:
        _render_section(section, brief=True, explain=explain)


def _render_section(section: Section, brief: bool = False, explain: bool = False) -> None:
    console = _console()
    heading = f"{section.number or '–'} {section.title}  (s. {section.page})"
    console.print(f"\n[bold cyan]{_escape(heading)}[/bold cyan]" if not brief else f"  [cyan]{_escape(heading)}[/cyan]")
    indent = "    " if brief else ""
    if section.dnr:
        console.print(indent + "Dnr: " + ", ".join(ref.text for ref in section.dnr), markup=False)
    for decision in section.decisions:
        note = _escape(_rule_note(decision.rule)) if explain else ""
        console.print(f"{indent}[green]Beslut ({decision.status}):[/green] {_escape(decision.text)}{note}")
        if decision.vote:
            console.print(f"{indent}  Omröstning: {decision.vote}", markup=False)
        if decision.reservations:
            console.print(f"{indent}  Reservation: " + ", ".join(decision.reservations), markup=False)
    if not brief:
        console.print("\n" + section.text, markup=False)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


@app.command()
def export(
    home: HomeOption = None,
    masked: Annotated[bool, typer.Option(
        "--maskera", help="Dölj personnummer och samordningsnummer (ÅÅMMDD-XXXX).")] = False,
) -> None:
    """Skriv hela arkivet som JSON Lines: ett JSON-objekt per dokument och rad.

    Fälten: source, sha256, title, doc_type, body, date, pages, sections (number, title, page,
    dnr, text, decisions med text och status) och persons (name, role, organisation, party).
    Texten skrivs som den är lagrad, med personnummer; --maskera döljer dem.

    Exempel: arkiv export --maskera > arkiv.jsonl
    """
    with _archive(home) as archive:
        for record in archive.export():
            if masked:
                record = _masked(record)
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def _masked(value):
    """Personnummer shown as YYMMDD-XXXX in every string of `value` (records, documents, hits)."""
    from arkiv.swedish.personnummer import mask_value

    return mask_value(value)


@app.command()
def status(home: HomeOption = None, as_json: JsonOption = False) -> None:
    """Visa vad arkivet innehåller och vilka filer som inte kunde läsas in.

    Exempel: arkiv status
    """
    with _archive(home) as archive:
        info = archive.status()
    if as_json:
        _print_json(info)
        return
    console = _console()
    console.print(f"Arkiv: {info['home']}", markup=False)
    console.print(
        f"{info['documents']} dokument ({info['files']} filer), {info['sections']} paragrafer (§), "
        f"{info['decisions']} beslut, {info['dnr']} Dnr, {info['persons']} personer, "
        f"{info['paragraphs']} textstycken.",
        markup=False,
    )
    if info["personnummer_documents"]:
        console.print(f"{info['personnummer_documents']} dokument innehåller personnummer eller "
                      "samordningsnummer (dolda i sökning, visning och webben).", markup=False)
    if info["pending_index"]:
        running = "; en inläsning pågår" if info["writer_running"] else ""
        console.print(f"{info['pending_index']} textavsnitt väntar på indexering{running}.", markup=False)
    if info["ocr_pages"]:
        uncertain = info["uncertain_ocr_pages"]
        console.print(f"{info['ocr_pages']} sidor lästa med OCR, {len(uncertain)} av dem osäkra.",
                      markup=False)
        for page in uncertain:
            console.print(f"osäker OCR: {page['source']}:{page['page']} (säkerhet "
                          f"{page['confidence']:.0f} %); kontrollera mot originalet", markup=False)
    for path in info["missing_originals"]:
        console.print(f"saknas: {path}: originalfilen finns inte längre (glöm den med "
                      "'arkiv ingest KATALOG --prune')", markup=False)
    for failure in info["failed"]:
        console.print(f"fel: {failure['path']}: {failure['reason']}", markup=False)
    console.print(info["health"], markup=False)


@app.command()
def check(
    repair: Annotated[bool, typer.Option(
        "--repair", help="Bygg om det som inte stämmer (sökindexen); en skadad katalog sparas undan.")] = False,
    no_wait: NoWaitOption = False,
    home: HomeOption = None,
    model: ModelOption = None,
    chroma_url: ChromaOption = None,
    as_json: JsonOption = False,
) -> None:
    """Kontrollera att arkivets katalog och sökindex stämmer överens och att originalen finns.

    Jämför katalogen med ordindexet och vektorindexet (antal och id), rapporterar saknade
    originalfiler och en skadad katalog. Med --repair byggs sökindexen om där det behövs.
    Slutkoden är 1 om något är fel (efter --repair: om något fortfarande är fel).

    Exempel: arkiv check --repair
    """
    with _archive(home, model, chroma_url, wait=not no_wait) as archive:
        if repair:
            with _interruptible("Avbrutet. Kör 'arkiv check --repair' igen för att fortsätta."):
                health = archive.repair()
        else:
            health = archive.check()
    if as_json:
        _print_json(health.as_record())
    else:
        for line in health.lines():
            _console().print(line, markup=False)
    if not health.ok:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Frågan, t.ex. \"vilka beslut bordlades om äskanden\".", show_default=False)],
    limit: Annotated[int, typer.Option("-n", "--limit", help="Antal träffar (minst 1).")] = 10,
    date_from: Annotated[Optional[str], typer.Option("--from", help="Från och med datum (ÅÅÅÅ-MM-DD eller ÅÅÅÅ).", show_default=False)] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Till och med datum (ÅÅÅÅ-MM-DD eller ÅÅÅÅ).", show_default=False)] = None,
    dnr: Annotated[Optional[str], typer.Option("--dnr", help="Bara ärenden med detta Dnr (valfri stavning).", show_default=False)] = None,
    person: Annotated[Optional[str], typer.Option("--person", help="Bara dokument där personen finns med.", show_default=False)] = None,
    body: Annotated[Optional[str], typer.Option("--body", help="Bara detta organ, t.ex. \"Samhällsplaneringsnämnden\".", show_default=False)] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", help="beslut, paragraf, rubrik eller text.", show_default=False)] = None,
    status: Annotated[Optional[str], typer.Option("--status", help="beslutad, bordlagd, återremitterad, avslagen eller noterad.", show_default=False)] = None,
    show_pnr: ShowPnrOption = False,
    home: HomeOption = None,
    model: ModelOption = None,
    chroma_url: ChromaOption = None,
    as_json: JsonOption = False,
) -> None:
    """Sök i arkivet med både ord och betydelse; svaret anger beslut, §, Dnr, datum, sida och fil.

    Frågan tolkas: "bordlades" visar bordlagda beslut först och "i maj 2024" maj månads träffar
    först, utan att andra träffar försvinner (bara flaggorna filtrerar); "KS 2024/123" och "§ 31"
    ger exakta träffar. Personnummer visas som ÅÅMMDD-XXXX om inte --visa-personnummer anges.

    Exempel:

    \b
      arkiv search "vilka beslut bordlades om äskanden"
      arkiv search "eget kapital" --from 2024-01-01 --json
      arkiv search "NSF 2024/7"
    """
    from arkiv.search.engine import Filters

    if limit < 1:
        _fail(f"-n/--limit ska vara minst 1, inte {limit}")
    start, end = _date_bound(date_from, first=True), _date_bound(date_to, first=False)
    if start and end and start > end:
        _fail(f"--from ({date_from}) är senare än --to ({date_to})")
    filters = Filters(
        date_from=start, date_to=end,
        dnr=dnr, person=person, body=body,
        kind=_choice(kind, ChunkKind.ALL, "--kind"),
        status=_choice(status, tuple(DecisionStatus), "--status"),
    )
    with _archive(home, model, chroma_url) as archive:
        hits = archive.search(query, limit=limit, filters=filters)
    if not show_pnr:
        hits = _masked(hits)
    if as_json:
        _print_json([hit.as_record() for hit in hits])
    elif not hits:
        _console().print("Inga träffar.", markup=False)
    else:
        _render_hits(hits)


def _date_bound(value: str | None, first: bool) -> str | None:
    if value is None:
        return None
    from datetime import date

    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01-01" if first else f"{value}-12-31"
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value).isoformat()
    except ValueError:
        _fail(f"'{value}' är inget riktigt datum (månad 01–12, en dag som månaden har)")
    _fail(f"'{value}' är inget datum; skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅ")


def _choice(value: str | None, allowed: tuple[str, ...], option: str) -> str | None:
    if value is not None and value not in allowed:
        _fail(f"{option} ska vara en av: {', '.join(allowed)}")
    return value


_DNR_LABEL = re.compile(r"^(dnr|diarienr|diarienummer)[\s.:]*", re.I)


def _render_hits(hits) -> None:
    from rich.text import Text

    console = _console()
    for hit in hits:
        head = Text(f"{hit.rank}. ", style="bold")
        head.append(hit.kind, style="magenta")
        for part in (hit.date, hit.body):
            if part:
                head.append(f" · {part}")
        if hit.section or hit.section_title:
            head.append(" · ")
            head.append(" ".join(x for x in (hit.section, hit.section_title) if x), style="bold cyan")
        if hit.dnr:
            head.append(" · Dnr " + ", ".join(_DNR_LABEL.sub("", ref) for ref in hit.dnr))
            if hit.case_state:
                head.append(f" (ärendet: {hit.case_state})", style="yellow")
        if hit.status:
            head.append(f" · {hit.status}", style="green")
        console.print(head)
        snippet = Text("   " + hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start + 3, end + 3)
        console.print(snippet)
        console.print(Text(f"   {hit.source}:{hit.page}", style="dim"))


@app.command()
def dnr(
    key: Annotated[Optional[str], typer.Argument(
        metavar="[DNR]", help="Dnr i valfri stavning (\"NSF 2024/007\"), en unik del av det (\"2024/7\") eller ord ur "
        "ärendets rubrik. Utan: lista ärendena.", show_default=False)] = None,
    open_only: Annotated[bool, typer.Option(
        "--open", help="Bara ärenden som väntar: bordlagda, återremitterade och pågående.")] = False,
    body: Annotated[Optional[str], typer.Option("--body", help="Bara detta organ.", show_default=False)] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="Från och med datum (ÅÅÅÅ-MM-DD eller ÅÅÅÅ).", show_default=False)] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Till och med datum (ÅÅÅÅ-MM-DD eller ÅÅÅÅ).", show_default=False)] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Visa ett ärendes historik per Dnr: varje § där det behandlats, äldst först, och läget nu.

    Ärenden utan Dnr kopplas ihop över sammanträden när rubrikerna stämmer (märkt "länkat på
    rubrik"); liknande men osäkra rubriker visas som "möjligen samma ärende". Utan Dnr listas
    ärendena; med --open bara de som väntar på ett sammanträde. --from och --to gäller
    händelsernas datum (i listan: senaste händelsen).

    Exempel:

    \b
      arkiv dnr "NSF 2024/7"
      arkiv dnr --open
      arkiv dnr 2024/9 --json
    """
    start, end = _date_bound(date_from, first=True), _date_bound(date_to, first=False)
    if start and end and start > end:
        _fail(f"--from ({date_from}) är senare än --to ({date_to})")
    with _archive(home) as archive:
        if key is None:
            cases = archive.cases(open_only=open_only, body=body, date_from=start, date_to=end)
        else:
            case = archive.case(key, body=body)
            if open_only and not case.is_open:
                _console(stderr=True).print(f"{_case_name(case)} väntar inte på något beslut.", markup=False)
    if key is None:
        if as_json:
            _print_json([c.as_record(events=False) for c in cases])
        else:
            _render_case_list(cases, open_only)
        return
    events = tuple(e for e in case.events
                   if (not start or (e.date or "") >= start) and (not end or (e.date or "") <= end))
    case = dataclasses.replace(case, events=events) if events != case.events else case
    if as_json:
        _print_json(case.as_record())
    else:
        _render_case(case)


def _case_name(case) -> str:
    return case.dnr if case.dnr else f"\"{case.title}\" (utan Dnr)"


def _render_case_list(cases, open_only: bool) -> None:
    console = _console()
    if not cases:
        console.print("Inga öppna ärenden." if open_only else "Inga ärenden.", markup=False)
        return
    for case in cases:
        name = case.dnr or "utan Dnr"
        console.print(f"{case.last_date or '–':10}  {name:14} {case.state:14} {case.title}"
                      f"  ({case.organisation or 'okänt organ'})", markup=False)


def _render_case(case) -> None:
    from arkiv.cases import STATE_TEXT

    console = _console()
    head = case.dnr or "Ärende utan Dnr, länkat på rubrik"
    console.print(f"[bold]{_escape(head)}[/bold] · {_escape(case.organisation or 'okänt organ')}")
    console.print(case.title, markup=False)
    for event in case.events:
        heading = " ".join(x for x in (event.section, event.section_title) if x)
        console.print(f"\n[bold]{event.date or '–'}[/bold]  [cyan]{_escape(heading)}[/cyan]  "
                      f"[green]{_escape(event.phase)}[/green]")
        if event.linked_by != "dnr":
            how = ("första förekomsten" if event.linked_by == "rubrik"
                   else f"{event.linked_by}, {event.score:.2f}")
            console.print(f"   länkat på rubrik ({how})", markup=False)
        for decision in event.decisions:
            console.print(f"   Beslut ({decision.status}): {decision.text}", markup=False)
        if event.persons:
            console.print("   Personer: " + ", ".join(event.persons), markup=False)
        console.print(f"   [dim]{_escape(event.source)}:{event.page}[/dim]")
    for key, score in case.possibly_same:
        console.print(f"\nMöjligen samma ärende (inte sammanfört): {key.removeprefix('rubrik:')} "
                      f"(likhet {score:.2f})", markup=False)
    last = case.events[-1] if case.events else None
    where = f" ({last.date or 'odaterat'}, {last.section or last.section_title})" if last else ""
    console.print(f"\n[bold]Läge nu:[/bold] {_escape(STATE_TEXT.get(case.state, case.state))}{_escape(where)}.")


@app.command()
def stats(
    top: Annotated[int, typer.Option("--top", help="Antal personer i topplistan (minst 1).")] = 10,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Visa statistik: dokument och sammanträden per organ och år, beslut per status, ärenden
    per läge och de personer som nämns i flest dokument.

    Exempel: arkiv stats --top 5
    """
    with _archive(home) as archive:
        info = archive.stats(top_persons=top)
    if as_json:
        _print_json(info)
        return
    console = _console()
    console.print("[bold]Dokument och sammanträden per organ och år[/bold]")
    for row in info["bodies"]:
        console.print(f"  {row['body'] or 'okänt organ'} {row['year'] or 'odaterat'}: "
                      f"{row['documents']} dokument, {row['meetings']} sammanträden", markup=False)
    for title, counts in (("Beslut per status", info["decisions"]),
                          ("Ärenden (Dnr) per läge", info["cases"]),
                          ("Ärenden utan Dnr, länkade på rubrik, per läge", info["matters_without_dnr"])):
        console.print(f"[bold]{title}[/bold]")
        console.print("  " + (", ".join(f"{key} {n}" for key, n in counts.items()) or "inga"), markup=False)
    console.print("[bold]Personer som nämns i flest dokument[/bold]")
    for person in info["persons"]:
        console.print(f"  {person['name']}: {person['documents']} dokument", markup=False)


@app.command()
def brief(
    kallelse: Annotated[str, typer.Argument(
        help="Kallelsen eller föredragningslistan: sökväg eller filnamn (inläst eller inte).",
        show_default=False)],
    limit: Annotated[int, typer.Option("-n", "--limit", help="Högst så många tidigare paragrafer per ärende utan Dnr-historik (minst 1).")] = 5,
    out: Annotated[Optional[Path], typer.Option("--out", help="Skriv underlaget till denna fil: .html (utskriftsvänlig), .docx (Word) eller annars Markdown.", show_default=False)] = None,
    home: HomeOption = None,
    model: ModelOption = None,
    chroma_url: ChromaOption = None,
    as_json: JsonOption = False,
) -> None:
    """Förbered nästa sammanträde: varje ärende på föredragningslistan med sin historik.

    Ett ärende med Dnr får ärendets tidigare behandling (samma Dnr); är Dnr nytt, tidigare
    paragrafer hos samma organ med liknande rubrik; ett ärende utan Dnr dessutom de bästa
    sökträffarna på rubriken. Varje rad säger hur den hittades (samma Dnr, liknande rubrik,
    sökning); ett ärende utan tidigare behandling står som nytt.

    Exempel:

    \b
      arkiv brief kallelse-2024-12-12.pdf
      arkiv brief kallelse-2024-12-12.pdf --out underlag.md
      arkiv brief kallelse-2024-12-12.pdf --out underlag.html
      arkiv brief kallelse-2024-12-12.pdf --out underlag.docx
    """
    if limit < 1:
        _fail(f"-n/--limit ska vara minst 1, inte {limit}")
    with _archive(home, model, chroma_url) as archive:
        result = archive.brief(kallelse, per_item=limit)
    if out is not None:
        suffix = out.suffix.lower()
        try:
            if suffix == ".docx":
                result.write_docx(out)
            elif suffix in (".html", ".htm"):
                out.write_text(result.html(), encoding="utf-8")
            else:
                out.write_text(result.markdown() + "\n", encoding="utf-8")
        except OSError as exc:
            _fail(f"kan inte skriva {out} ({exc.strerror or exc})")
        _console(stderr=True).print(f"Underlaget är sparat i {out}.", markup=False)
    if as_json:
        _print_json(result.as_record())
    elif out is None:
        _console().print(result.markdown(), markup=False)


@app.command()
def persons(
    name: Annotated[Optional[str], typer.Argument(
        metavar="[NAMN]", help="Personens namn i valfri form: \"Jonas Wik\", \"jonas wik\", \"J. Wik\", "
        "\"förbundschef Jonas Wik\". Utan: lista alla personer.", show_default=False)] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Visa personerna i arkivet: senaste roll och organisation och antal sammanträden.

    Med ett namn: personens roller över tid, sammanträdena (protokoll och anteckningar) där hen
    finns med och paragraferna som nämner hen. Namnet får skrivas med små bokstäver, med roll
    framför eller med initial; två personer med samma efternamn hålls isär.

    Exempel:

    \b
      arkiv persons
      arkiv persons "J. Wik"
      arkiv persons "förbundschef Jonas Wik" --json
    """
    with _archive(home) as archive:
        record = archive.persons() if name is None else archive.person(name)
    if as_json:
        _print_json(record)
    elif name is None:
        _render_persons(record)
    else:
        _render_person(record)


def _render_persons(people: list[dict]) -> None:
    console = _console()
    if not people:
        console.print("Inga personer i arkivet.", markup=False)
        return
    for person in people:
        where = ", ".join(x for x in (person["role"], person["organisation"], person["party"]) if x)
        meetings = f"{person['meetings']} sammanträde" + ("" if person["meetings"] == 1 else "n")
        console.print(f"{person['name']:28} {where or 'okänd roll'} · {meetings}"
                      f" (senast {person['last_date'] or 'odaterat'})", markup=False)


def _render_person(person: dict) -> None:
    console = _console()
    console.print(f"[bold]{_escape(person['name'])}[/bold]")
    if person["variants"]:
        console.print("Även skrivet: " + ", ".join(person["variants"]), markup=False)
    console.print("\n[bold]Roller[/bold]")
    for role in person["roles"]:
        span = role["from"] if role["from"] == role["to"] else f"{role['from']} – {role['to']}"
        org = f", {role['organisation']}" if role["organisation"] else ""
        console.print(f"  {span or 'odaterat'}: {role['role']}{org} ({role['documents']} dokument)", markup=False)
    console.print(f"\n[bold]Sammanträden ({len(person['attended'])})[/bold]")
    for meeting in person["attended"]:
        console.print(f"  {meeting['date'] or 'odaterat'} {meeting['body'] or 'okänt organ'} "
                      f"({meeting['role'] or 'okänd roll'})  {meeting['source']}", markup=False)
    console.print(f"\n[bold]Nämns i ({len(person['named_in'])})[/bold]")
    for section in person["named_in"]:
        heading = " ".join(x for x in (section["section"], section["section_title"]) if x)
        console.print(f"  {section['date'] or 'odaterat'} {heading}  {section['source']}:{section['page']}",
                      markup=False)
    if not person["named_in"]:
        console.print("  ingen paragraf", markup=False)


@app.command()
def reindex(
    no_wait: NoWaitOption = False,
    home: HomeOption = None,
    model: ModelOption = None,
    chroma_url: Annotated[Optional[str], typer.Option(
        "--chroma-url", envvar="ARKIV_CHROMA_URL", show_default=False,
        help="Flytta vektorerna till denna Chroma-server (http://värd:port); arkivet minns den.",
    )] = None,
) -> None:
    """Bygg om sökindexen (ord och vektorer) från arkivet, t.ex. med en annan modell.

    Med --chroma-url flyttas vektorerna till den servern. Avbryts ombyggnaden byggs resten
    vid nästa 'arkiv ingest' eller 'arkiv check --repair'.

    Exempel: arkiv reindex --model /modeller/min-sbert-modell
    """
    with _archive(home, model, chroma_url, wait=not no_wait) as archive, _interruptible(
        "Avbrutet. Arkivet är oförändrat; det som inte hann indexeras byggs vid nästa "
        "'arkiv ingest' eller 'arkiv check --repair'."
    ):
        count = archive.reindex()
    _console().print(f"{count} textavsnitt indexerade.", markup=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option(
        "--host", help="Adressen servern lyssnar på; 0.0.0.0 gör arkivet nåbart från andra datorer.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Porten servern lyssnar på.")] = 8000,
    token: Annotated[Optional[str], typer.Option(
        "--token", envvar="ARKIV_TOKEN", show_default=False,
        help="Nyckel som varje besökare måste ange (inloggning, eller 'Authorization: Bearer NYCKEL' "
        "för /api/); minst 16 tecken. 'auto' skapar en och skriver ut den. Krävs om --host inte "
        "är 127.0.0.1/localhost.")] = None,
    home: HomeOption = None,
    model: ModelOption = None,
    chroma_url: ChromaOption = None,
) -> None:
    """Öppna arkivet i webbläsaren: sök, läs paragrafer och dokument, öppna originalen.

    Sidorna är på svenska och fungerar utan terminal; samma sökningar finns som JSON under
    /api/ (search, documents, status), beskrivet på /api/docs. Servern läser bara, så sökningar
    fungerar medan en inläsning pågår. Personnummer visas som ÅÅMMDD-XXXX. Nås servern från
    andra datorer (--host 0.0.0.0) krävs en nyckel (--token). Avsluta med Ctrl-C.

    Exempel:

    \b
      arkiv serve --port 8080
      arkiv serve --host 0.0.0.0 --token auto
    """
    import secrets
    import socket

    from arkiv.web.security import is_loopback, token_problem

    generated = token == "auto"
    if generated:
        token = secrets.token_urlsafe(24)
    elif token is not None and token_problem(token):
        _fail(f"--token: {token_problem(token)}")
    if not token and not is_loopback(host):
        _fail(f"servern skulle nås från andra datorer ({host}) utan inloggning; ange en nyckel med "
              "--token NYCKEL (eller ARKIV_TOKEN), eller --token auto så skapas en")

    # Checked here for a Swedish message: uvicorn would only log "address already in use".
    try:
        with socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET):
            pass
    except OSError as exc:
        _fail(f"kan inte lyssna på {host}:{port} ({exc.strerror or exc}); välj en annan port med --port")

    import uvicorn

    from arkiv.web import create_app

    web = create_app(home, chroma_url=chroma_url, model=model, token=token)
    shown = f"[{host}]" if ":" in host else host
    console = _console()
    console.print(f"Arkivet {Archive(home).home} finns på http://{shown}:{port}/ – öppna adressen "
                  "i en webbläsare. "
                  "Avsluta med Ctrl-C.", markup=False)
    if generated:  # a token the user chose is not echoed into logs
        console.print(f"Nyckel för inloggning: {token}", markup=False)
    elif token:
        console.print("Inloggning krävs med den angivna nyckeln.", markup=False)
    uvicorn.run(web, host=host, port=port, log_level="warning")


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        app()
    except BrokenPipeError:  # `arkiv export | head`: the reader has seen enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except SystemExit as exc:
        if _is_the_program():
            _leave(exc.code)
        raise


def _is_the_program() -> bool:
    """main() runs as the process itself (the `arkiv` script, `python -m arkiv`), not inside a caller."""
    program = sys.modules.get("__main__")
    spec = getattr(program, "__spec__", None)
    if spec is not None:
        return spec.name == "arkiv.__main__"
    return Path(getattr(program, "__file__", None) or "").stem in ("arkiv", "arkiv-script")


def _leave(code) -> None:
    """Exit without tearing the interpreter down: freeing spaCy's, the model's and Chroma's objects
    one by one took an ingest ~0.5 s of CPU after its work was done. Exit handlers still run (temporary
    folders, logging); the archive is closed by then. Only when no other thread is left to finish."""
    import atexit
    import threading

    if any(not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        return
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"), as Python itself would print it
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said
            pass
    os._exit(status)
