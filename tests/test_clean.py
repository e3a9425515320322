"""Cleaning stage: character repairs, hyphenation, and page furniture — and what must survive."""

from __future__ import annotations

import unicodedata

from arkiv.ingest.clean import clean_pages
from arkiv.ingest.readers import read_document
from tests.conftest import CORPUS, SEEDS, needs_shared
from tests.pdfs import PROTOCOL_HEADER, write_protocol_pdf


def clean(text: str) -> str:
    return clean_pages([text])[0]


# ---------------------------------------------------------------------------------- characters


def test_text_is_composed_nfc_and_never_decomposed():
    cleaned = clean("Ma\u030angsbo a\u0308r sto\u0308rre\n")
    assert cleaned == "Mångsbo är större"
    assert unicodedata.is_normalized("NFC", cleaned)
    assert len(clean("på")) == 2


def test_control_characters_go_but_tabs_and_newlines_stay():
    assert clean("Plats\tAvesta\x07\x0c\u200b\nTid 08:30\ufeff") == "Plats\tAvesta\nTid 08:30"


def test_non_breaking_spaces_and_trailing_spaces_are_normalised():
    assert clean("1\u00a0200\u202ftkr   \nSumma\u00a0 \n") == "1 200 tkr\nSumma"


def test_ligatures_become_letters():
    assert clean("Kristoﬀer ﬁck ﬂera") == "Kristoffer fick flera"


def test_latex_pdf_spacing_diacritics_are_combined():
    """Issue pinned: pdfium extracts TeX accents as separate spacing characters."""
    assert clean("M¨otet f¨orklaras ¨oppnat p˚a plats av Mikael Silv´en") == (
        "Mötet förklaras öppnat på plats av Mikael Silvén"
    )


def test_a_stray_acute_before_a_consonant_is_left_alone():
    """A mark typed by mistake ("§ 4.´Styrelsen avslutade") makes no "Ś"; before a vowel it accents it."""
    assert clean("§ 4.´Styrelsen avslutade mötet") == "§ 4.´Styrelsen avslutade mötet"
    assert clean("Andr´e Muˆnoz och Jos´e Mu˜noz") == "André Muˆnoz och José Muñoz"


def test_accent_trailing_a_line_goes_to_its_capital():
    """GIVEN "§9 Ovriga poster ¨" (the accent of Ö emitted at the end of the line)
    WHEN cleaned
    THEN the capital gets it: "§9 Övriga poster"."""
    assert clean("§9 Ovriga poster ¨\n§10 Ovrigt ¨") == "§9 Övriga poster\n§10 Övrigt"


# --------------------------------------------------------------------------------- hyphenation


def test_pdfium_soft_hyphen_marker_joins_the_word():
    assert clean("Genomlysning - uppfölj\ufffe\nning/åtgärder") == "Genomlysning - uppföljning/åtgärder"
    assert clean("befintliga sy\ufffestem av teknisk") == "befintliga system av teknisk"
    assert clean("uppfölj\u00ad\nning") == "uppföljning"


def test_soft_hyphen_after_an_abbreviation_keeps_a_hyphen():
    assert clean("förslag på policy för VA\ufffetaxereglering") == "förslag på policy för VA-taxereglering"


def test_soft_hyphen_used_as_a_visible_hyphen_stays_a_hyphen():
    """Issue pinned: styrelsemote_131009.pdf writes every hyphen as U+00AD."""
    assert clean("LiTHe Kod 2013\u00ad10\u00ad09\n\u00ad mötesordförande: Markus") == (
        "LiTHe Kod 2013-10-09\n- mötesordförande: Markus"
    )


def test_hyphen_at_line_end_joins_a_split_word():
    assert clean("närma sig arbets-\nmarknaden igen") == "närma sig arbetsmarknaden igen"


def test_hyphen_before_och_is_a_suspended_compound():
    assert clean("revisor (Avesta-\noch Hedemora kommun)") == "revisor (Avesta- och Hedemora kommun)"


def test_hyphen_before_a_capital_is_kept_as_line_break():
    assert clean("Samverkansteam-\nKraften Hedemora") == "Samverkansteam-\nKraften Hedemora"


# ---------------------------------------------------------------------------------- emphasis


def test_stray_markdown_bold_is_stripped_but_signature_rules_stay():
    assert clean("**Sammanträdesprotokoll\nSödra Dalarnas Samordningsförbund**\n_____") == (
        "Sammanträdesprotokoll\nSödra Dalarnas Samordningsförbund\n_____"
    )
    assert clean("__Beslut__ och DV_Ops") == "Beslut och DV_Ops"


# ------------------------------------------------------------------------------ page furniture


NAMES = ["Anna", "Bertil", "Cecilia", "David", "Eva"]


def body(page: int) -> str:
    """Eight body lines that differ from page to page in words, not only in digits."""
    return "\n".join(f"{NAMES[page % 5]} talar om punkt {letter}." for letter in "ABCDEFGH")


def header_pages(count: int) -> list[str]:
    return [
        f"Protokoll för LiTHe Kods konstituerande möte\nSida {n} av {count}\n"
        f"§{n} Punkt nummer {n}\nMötet beslutar att välja {NAMES[n]}.\n{body(n)}\nSlut på sidan om {NAMES[n]}.\n"
        f"Linköping 30 september 2013 {n} www.lithekod.se"
        for n in range(1, count + 1)
    ]


def test_running_header_and_footer_removed_except_on_page_one():
    pages = clean_pages(header_pages(4))
    assert len(pages) == 4
    assert pages[0].startswith("Protokoll för LiTHe Kods konstituerande möte\n§1 Punkt nummer 1")
    assert "Linköping 30 september 2013 1 www.lithekod.se" in pages[0]
    for n, page in enumerate(pages[1:], start=2):
        assert page == f"§{n} Punkt nummer {n}\nMötet beslutar att välja {NAMES[n]}.\n{body(n)}\nSlut på sidan om {NAMES[n]}."


def test_page_number_lines_are_removed_in_every_form():
    for number_line in ("Sida 3 av 16", "3 (16)", "- 3 -", "Sida 3", "3"):
        assert clean(f"{number_line}\n§ 31 Äskande\nBeslut:\n- Styrelsen bordlägger.") == (
            "§ 31 Äskande\nBeslut:\n- Styrelsen bordlägger."
        )


def test_a_number_inside_the_text_is_not_a_page_number():
    text = "\n".join(["Rubrik", "a", "b", "c", "d", "e", "Antal röster:", "12", "f", "g", "h", "i", "j", "k"])
    assert "\n12\n" in clean(text)


def test_generated_protocol_pdf_loses_header_and_page_numbers(tmp_path):
    source = read_document(write_protocol_pdf(tmp_path / "protokoll.pdf", pages=3))
    pages = clean_pages(source.pages)
    assert pages[0].startswith(PROTOCOL_HEADER + "\n2024-04-25\n§ 30")
    for page in pages[1:]:
        assert PROTOCOL_HEADER not in page and "2024-04-25" not in page
    assert not any("Sida" in page or "Justerandes sign" in page for page in pages)
    assert all(page.count("Beslut:") == 1 for page in pages)


def test_signature_box_and_initials_go_from_a_text_file():
    text = (
        "§ 27 Protokolljustering\n\nBeslut\n\n- Styrelsen godkänner dagordningen\n\n"
        "JUSTERARES SIGN\n\nUTDRAG SKICKAT TILL\n\nUTDRAGSBESTYRKANDE\n\nGB AK\n\n"
        "§ 28 Delårsbokslut\n\nBeslut:\n\n- Styrelsen godkänner rapporten.\n\nlyb AK\n\nEMB AK\n\n"
        "Justerandes sign\nUtdragsbestyrkande\n\n§ 29 Lokal\n\nBeslut:\n\n- Styrelsen godkänner."
    )
    assert clean(text) == (
        "§ 27 Protokolljustering\n\nBeslut\n\n- Styrelsen godkänner dagordningen\n\n"
        "§ 28 Delårsbokslut\n\nBeslut:\n\n- Styrelsen godkänner rapporten.\n\n"
        "§ 29 Lokal\n\nBeslut:\n\n- Styrelsen godkänner."
    )


def test_names_and_short_words_are_not_initials():
    text = "Ja Nej\nAnna Berg\nGB AK\nKS 2024 ärende\nStyrelsen SDSF beslutar"
    assert clean(text) == "Ja Nej\nAnna Berg\nKS 2024 ärende\nStyrelsen SDSF beslutar"


def test_decision_lines_repeated_at_every_page_top_stay():
    """GIVEN every page starting with "§ N Dnr ..." and "Beslut:" (same after digit masking)
    WHEN cleaned
    THEN they stay, because a protocol's structure is never furniture."""
    pages = [f"§ {n} Dnr 2024/{n}\nBeslut:\n- Punkt {n}\n{body(n)}\nSlut på sidan om {NAMES[n]}." for n in range(1, 5)]
    assert clean_pages(pages) == pages


def test_line_repeated_on_two_of_five_pages_is_not_furniture():
    pages = [f"Innehåll {n}\nText." for n in range(1, 6)]
    pages[1] = "Ordföranden tackar\n" + pages[1]
    pages[3] = "Ordföranden tackar\n" + pages[3]
    cleaned = clean_pages(pages)
    assert cleaned[1].startswith("Ordföranden tackar") and cleaned[3].startswith("Ordföranden tackar")


def test_blank_lines_keep_paragraphs_but_collapse_runs():
    assert clean("Stycke ett.\n\n\n\n\nStycke två.\n\nStycke tre.") == (
        "Stycke ett.\n\nStycke två.\n\nStycke tre."
    )


def test_page_count_is_kept_even_for_empty_pages():
    assert clean_pages(["Sida 1 av 3\nText", "", "Sida 3 av 3"]) == ["Text", "", ""]


def test_corpus_protocol_keeps_decisions_and_loses_furniture():
    """GIVEN the Word-export protocol corpus/2024-05-16 (signature boxes and the initials "IH LS"
    after § 23 and at the end) THEN the furniture goes and all nine "Beslut:" blocks stay."""
    text = clean_pages(read_document(CORPUS / "2024-05-16_protokoll.txt").pages)[0]
    assert "JUSTERARES SIGN" not in text and "UTDRAGSBESTYRKANDE" not in text
    assert "IH LS" not in text
    assert text.count("Beslut:") == 9
    assert "§ 25 Förbundets kontorslokal – nytt hyresavtal" in text
    assert text.endswith("Ordföranden förklarar sammanträdet avslutat.")


@needs_shared
def test_seed_protocol_keeps_decisions_and_loses_furniture():
    source = read_document(next(SEEDS.glob("004_*.txt")))
    text = clean_pages(source.pages)[0]
    assert "JUSTERARES SIGN" not in text and "UTDRAGSBESTYRKANDE" not in text
    assert "\nGB AK\n" not in text and "\nlyb AK\n" not in text
    assert "**" not in text
    assert text.count("Beslut:") == 7
    assert "§ 31 Äskande för 2025 från Samverkansteam" in text
    assert "Avesta-, Hedemora- och Säters kommun" in text


def test_signature_box_with_the_page_number_on_the_same_line_is_furniture():
    """OCR joins a footer's cells into one line: "Justerares sign Utdragsbestyrkande Sida 3 av 4"."""
    from arkiv.ingest.clean import is_signature_box

    assert is_signature_box("Justerandes sign Utdragsbestyrkande Sida 3 av 4")
    assert is_signature_box("Justerares signatur  2 (5)")
    assert not is_signature_box("Justerandes sign ska lämnas senast på fredag")


def test_an_e_signing_footer_is_furniture_but_a_sentence_about_signing_is_not():
    """GIVEN the e-signing footer lines of a signing service and a minute that tells of signing
    THEN the footer is removed on every page, the minute stays."""
    page = ("§ 3 Avtal\nStyrelsen beslutar att avtalet ska signeras digitalt.\n"
            "Det här dokumentet är digitalt signerat av samtliga parter.\nVerifikat: 4F7A-2B91-CC03-88D1\n"
            "Transaktion 09222115557498371230\nSignerat EE, PH\nDokumentet har signerats med BankID.\n"
            "This document has been electronically signed.\nDocument ID: 7C1E9A22-55B0\nVerifikat\n"
            "Digitalt signerad av Eva Ek 2025-03-01\nDetta dokument är signerat med BankID.\n"
            "Avtalet är digitalt signerat av ordföranden.\n")
    assert clean(page) == ("§ 3 Avtal\nStyrelsen beslutar att avtalet ska signeras digitalt.\n"
                           "Avtalet är digitalt signerat av ordföranden.")


def test_a_short_word_glued_to_a_role_before_an_election_is_split():
    """GIVEN OCR text "Tilljusterare valdes Eva Ek" and "Tillordförande omvaldes Per Holm" THEN "Till"
    stands apart; "Tillsammans valdes de" and "Tillstånd utses" stay whole."""
    from arkiv.ingest.clean import repair_text

    assert repair_text("3. Tilljusterare valdes Eva Ek\nTillordförande omvaldes Per Holm.") == \
        "3. Till justerare valdes Eva Ek\nTill ordförande omvaldes Per Holm."
    assert repair_text("Tillsammans valdes de.\nTillstånd utses") == "Tillsammans valdes de.\nTillstånd utses"


def test_a_pdf_text_export_keeps_its_pages_and_loses_their_running_header(tmp_path):
    """GIVEN a .txt that pdftotext wrote (a form feed between pages, the same header on each page,
    once beside a line of text in the right column) THEN pages are kept and the header is gone
    after the first page."""
    header = "KOMMUNFULLMÄKTIGE                SAMMANTRÄDESPROTOKOLL\n                                 Sida {n} av 3\n"
    pages = [
        header.format(n=1) + "                                 Sammanträdesdatum\nBeslutande ledamöter:\nEva Ek (M) ordförande\n",
        header.format(n=2) + "Per Ny (S) ersätter Åke Ås (S)    Sammanträdesdatum\nText om budgeten.\n",
        header.format(n=3) + "                                 Sammanträdesdatum\n§ 3 Budget\nText.\n",
    ]
    path = tmp_path / "protokoll.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    source = read_document(path)
    assert len(source.pages) == 3
    cleaned = clean_pages(source.pages)
    assert cleaned[1].split("\n") == ["Per Ny (S) ersätter Åke Ås (S)", "Text om budgeten."]
    assert "SAMMANTRÄDESPROTOKOLL" not in "\n".join(cleaned[1:])  # the first page keeps it as the title
