"""Scanned PDFs with real OCR (Tesseract, Swedish model): pages of corpus/ PDFs rendered to images
and wrapped as image-only PDFs must give what the text version gives, page for page."""

import json
import random
import shutil
import subprocess

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageFilter
from typer.testing import CliRunner

from arkiv.cli import app
from arkiv.ingest import ocr
from arkiv.ingest.pipeline import parse_file
from arkiv.ingest.readers import OcrMode, PageOrigin, ReadError, read_document, usable_text_layer

from .conftest import CORPUS

PROTOCOL = CORPUS / "2024-03-14_protokoll.pdf"


def _has_swedish_tesseract() -> bool:
    if not shutil.which("tesseract"):
        return False
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
    return "swe" in langs.split()


needs_tesseract = pytest.mark.skipif(
    not _has_swedish_tesseract(),
    reason="Tesseract med svensk modell saknas ('make install' installerar den som root)")


def page_images(pdf_path, dpi=300):
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return [pdf[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def image_pdf(path, images, dpi=300):
    images[0].save(path, save_all=True, append_images=images[1:], resolution=dpi)
    return path


def outline(document):
    """What a person cites: each § with its page, decisions' statuses and Dnr keys."""
    return {s.number: (s.page, [str(d.status) for d in s.decisions], [r.key for r in s.dnr])
            for s in document.sections}


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    return image_pdf(tmp_path_factory.mktemp("skannat") / "skannat.pdf", page_images(PROTOCOL))


@needs_tesseract
def test_scanned_protocol_gives_the_sections_decisions_dnr_and_pages_of_its_text_version(scanned):
    text = parse_file(PROTOCOL, "text")
    ocred = parse_file(scanned, "ocr")
    assert {s.origin for s in ocred.page_sources} == {PageOrigin.OCR}
    assert all(s.confidence > 80 for s in ocred.page_sources)
    expected, found = outline(text.document), outline(ocred.document)
    for number, cited in expected.items():
        assert found.get(number) == cited, number
    assert ocred.document.date == text.document.date
    assert ocred.document.body == text.document.body


@needs_tesseract
def test_a_page_is_never_recognised_twice(scanned):
    parse_file(scanned, "ocr")  # cached by the test above, or now
    calls = ocr.engine_calls
    again = read_document(scanned)
    assert ocr.engine_calls == calls
    assert "Dnr NSF 2024/004" in "\n".join(again.pages)


@needs_tesseract
def test_mixed_pdf_recognises_only_its_scanned_page(tmp_path, scanned):
    """GIVEN a protocol whose last page is a scan (a signed page) WHEN read in auto mode THEN only
    that page is recognised, the others keep their text layer."""
    mixed = pdfium.PdfDocument.new()
    text_pdf, scan_pdf = pdfium.PdfDocument(str(PROTOCOL)), pdfium.PdfDocument(str(scanned))
    last = len(text_pdf) - 1
    mixed.import_pages(text_pdf, list(range(last)))
    mixed.import_pages(scan_pdf, [last])
    mixed.save(tmp_path / "blandad.pdf")
    for pdf in (mixed, text_pdf, scan_pdf):
        pdf.close()
    calls = ocr.engine_calls
    source = read_document(tmp_path / "blandad.pdf")
    origins = [s.origin for s in source.page_sources]
    assert origins == [PageOrigin.TEXT_LAYER] * last + [PageOrigin.OCR]
    assert ocr.engine_calls - calls == 1
    assert "§ 16" in source.pages[last] or "§16" in source.pages[last]


@needs_tesseract
def test_a_page_scanned_sideways_is_turned_before_it_is_read(tmp_path):
    page = page_images(PROTOCOL)[2].rotate(90, expand=True)
    source = read_document(image_pdf(tmp_path / "vriden.pdf", [page]))
    assert "Dnr NSF 2024/007" in source.pages[0]
    assert source.page_sources[0].confidence > 80


@needs_tesseract
def test_a_degraded_scan_keeps_its_sections_and_dnr(tmp_path):
    """200 dpi, 1.5° skew and speckle noise: the § numbers, pages, Dnr and decision text survive."""
    random.seed(7)
    page = page_images(PROTOCOL, dpi=200)[2].rotate(1.5, expand=True, fillcolor=255)
    noisy = page.point(lambda v: v)
    pixels = noisy.load()
    for _ in range(noisy.width * noisy.height // 200):
        pixels[random.randrange(noisy.width), random.randrange(noisy.height)] = random.choice((0, 255))
    noisy = noisy.filter(ImageFilter.GaussianBlur(0.4))
    document = parse_file(image_pdf(tmp_path / "sliten.pdf", [noisy], dpi=200), "sliten").document
    single = pdfium.PdfDocument.new()
    original = pdfium.PdfDocument(str(PROTOCOL))
    single.import_pages(original, [2])
    single.save(tmp_path / "sida-3.pdf")
    single.close()
    original.close()
    expected = outline(parse_file(tmp_path / "sida-3.pdf", "text").document)
    assert expected["§ 15"][1:] == (["bordlagd"], ["NSF-2024-7"])  # what the page says
    found = outline(document)
    for number in ("§ 14", "§ 15"):
        page, _, dnr = found[number]
        assert (page, dnr) == (expected[number][0], expected[number][2])
    # The decision's words survive; whether its marker heading does ("Styrelsens: beslut") is
    # up to the scan's noise, so its status is not asserted here.
    text = next(s.text for s in document.sections if s.number == "§ 15")
    assert "Ärendet bordläggs till nästa sammanträde" in text


@needs_tesseract
def test_ocr_never_refuses_a_scan(scanned):
    with pytest.raises(ReadError, match="saknar textlager"):
        read_document(scanned, OcrMode.NEVER)


def test_missing_engine_gives_one_line_and_the_other_files_are_stored(tmp_path, monkeypatch):
    folder = tmp_path / "pärm"
    folder.mkdir()
    image_pdf(folder / "skannad.pdf", [Image.new("L", (200, 200), 255)], dpi=72)
    shutil.copy(CORPUS / "2024-05-16_protokoll.txt", folder / "protokoll.txt")
    monkeypatch.setenv(ocr.ENGINE_ENV, str(tmp_path / "finns-inte" / "tesseract"))
    ocr.engine_version.cache_clear()
    try:
        result = CliRunner().invoke(app, ["ingest", str(folder)])
    finally:
        ocr.engine_version.cache_clear()
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("fel: ")]
    assert errors == [f"fel: {folder / 'skannad.pdf'}: sidor utan textlager kräver OCR-programmet "
                      "Tesseract med svensk modell; kör 'apt-get install tesseract-ocr tesseract-ocr-swe'"]
    status = json.loads(CliRunner().invoke(app, ["status", "--json"]).stdout)
    assert status["documents"] == 1


@pytest.mark.parametrize(
    ("layer", "usable"),
    [
        ("§ 12 Budget 2025\nStyrelsen beslutar att anta budgeten.", True),
        ("", False),
        ("   \n 12 \n", False),
        ("\n".join("Styrelsen beslutar att anta budgeten för nästa år och alla ska vara med"), False),
        (" ".join("Styrelsen beslutar att anta budgeten för nästa år"), False),
        ("\ufffd" * 40 + " Styrelsen", False),
    ],
)
def test_a_text_layer_is_usable_only_when_it_reads_as_words(layer, usable):
    assert usable_text_layer(layer) is usable


@needs_tesseract
def test_ingest_reports_each_recognised_page(tmp_path):
    """The progress bar hears of every page OCR'd, file by file (a long scan is not a frozen bar);
    cached pages are not recognised again, so a second ingest reports none."""
    from arkiv import Archive

    folder = tmp_path / "skannat"
    folder.mkdir()
    image_pdf(folder / "två-sidor.pdf", page_images(PROTOCOL, dpi=200)[:2], dpi=200)
    heard = []
    with Archive(tmp_path / "arkiv") as archive:
        archive.ingest([folder], on_ocr_page=lambda name, done, total: heard.append((name, done, total)))
    assert heard == [("två-sidor.pdf", 0, 2), ("två-sidor.pdf", 1, 2), ("två-sidor.pdf", 2, 2)]
    heard.clear()
    with Archive(tmp_path / "arkiv2") as archive:
        archive.ingest([folder], on_ocr_page=lambda name, done, total: heard.append((name, done, total)))
    assert heard == []


def test_a_misread_section_sign_before_a_range_of_paragraphs_is_restored():
    pages = ["Eva Ås, ledamot (Region Norr) 8 1-6\nParagrafer & 5–9\nDatum 2024-08-15\nBudget 8 6-2 tkr\n"]
    assert ocr.repair_section_signs(pages) == [
        "Eva Ås, ledamot (Region Norr) § 1-6\nParagrafer § 5–9\nDatum 2024-08-15\nBudget 8 6-2 tkr\n"]


def test_the_noise_of_a_dotted_signature_line_is_dropped_and_long_words_are_kept():
    page = "Sekreterare mossssssssssrrsrrrrrerrrrrrrrrrrrrnn\nSamhällsbyggnadsförvaltningen föreslår … ..............\n"
    assert ocr.tidy_pages([page]) == ["Sekreterare \nSamhällsbyggnadsförvaltningen föreslår … \n"]
