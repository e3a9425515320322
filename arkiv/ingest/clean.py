"""Cleaning stage of ingest: raw page texts become clean page texts, page for page.

What is repaired: Unicode form, control characters, the spacing diacritics pdfium reports for
LaTeX-made PDFs ("f¨or" -> "för"), words hyphenated across line breaks, stray Markdown emphasis.
What is removed: page furniture — running headers and footers, page numbers, and the signature-box
vocabulary of Swedish protocols ("Justerandes sign", "Utdragsbestyrkande", initials such as "GB AK").
Page 1 keeps its header lines: ingest.extract reads title, organ and date from them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from arkiv.swedish.vocabulary import ELECTED_PASSIVE, is_role_word

# ------------------------------------------------------------------------------- character repairs

_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000"), " ")
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}

# Spacing (non-combining) accents as pdfium extracts them from TeX fonts, and the combining mark
# each stands for. TeX places the accent glyph before its letter.
_SPACING_ACCENTS = {
    "\u00a8": "\u0308",  # ¨ diaeresis: ä ö ü
    "\u02da": "\u030a",  # ˚ ring: å
    "\u00b4": "\u0301",  # ´ acute: é
    "\u02c6": "\u0302",  # ˆ circumflex
    "\u02dc": "\u0303",  # ˜ tilde
}
_ACCENT_CLASS = "[" + "".join(_SPACING_ACCENTS) + "]"
_ACCENT_BEFORE_LETTER = re.compile(rf"({_ACCENT_CLASS})([A-Za-z])")
# On capitals pdfium emits the accent after the line ("Ovriga poster ¨" for "Övriga poster").
_ACCENT_TRAILING_LINE = re.compile(rf"^(.*\S)\s+({_ACCENT_CLASS})$", re.M)

_SOFT_HYPHENS = "\ufffe\u00ad"
# Words that follow a suspended compound ("Avesta- och Hedemora"), so the hyphen is not a break.
_SUSPENSION_WORDS = {"och", "eller", "samt", "respektive", "resp", "till", "som", "men", "liksom"}


def clean_pages(pages: list[str]) -> list[str]:
    """Clean every page; the result has exactly as many pages as the input."""
    repaired = restore_section_signs([repair_text(page) for page in pages])
    furniture = running_furniture(repaired)
    return [
        _collapse_blank_lines(_remove_furniture(page, furniture if number > 0 else set()))
        for number, page in enumerate(repaired)
    ]


def repair_text(text: str) -> str:
    """Character-level repairs of one page, before any line is judged."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_SPACES)
    for ligature, letters in _LIGATURES.items():
        text = text.replace(ligature, letters)
    text = join_soft_hyphens(text)
    text = combine_spacing_accents(text)
    text = unicodedata.normalize("NFC", text)
    text = _remove_control_characters(text)
    text = join_hyphenated_words(text)
    text = strip_emphasis(text)
    text = _GLUED_TILL.sub(_split_glued_till, text)
    text = repair_ocr_digits(text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


# OCR glues a short word to the next one: "Tilljusterare valdes Eva Ek", "Somsekreterare valdes …":
# split only before a role word that an election follows, so "Tillsammans valdes …" stays whole
_GLUED_TILL = re.compile(rf"\b([Tt]ill|[Ss]om)([a-zåäö]{{4,}})(?=\s+{ELECTED_PASSIVE}\b)")


def _split_glued_till(match: re.Match) -> str:
    return f"{match.group(1)} {match.group(2)}" if is_role_word(match.group(2)) else match.group(0)


# OCR reads the digit 1 as "l" or "I" and 0 as "O" inside an item's number ("§ l2 Budget", "§ 1O Taxa")
# and a Dnr ("Dnr SN 2026/l4", "Dnr KS-2O25-0031"): only a token of digits and those letters with at
# least one digit, right after the sign or in the number of a Dnr, never a word ("§ 12 I dag", "Dnr KS Ink").
_OCR_DIGITS = str.maketrans("lIO", "110")
_DIGIT_TOKEN = r"(?=[\dlIO]*\d)[\dlIO]+"
_SIGN_NUMBER = re.compile(rf"^([ \t]*§[ \t]*)({_DIGIT_TOKEN})(?=[ \t]|$)", re.MULTILINE)
_DNR_LABELLED = re.compile(r"\b((?i:dnr|diarienr|diarienummer)\.?:?[ \t]+)([^\n]{1,30})")
# a part of the Dnr's number, joined to another by "/", "-" or "." ("2026/l4"), not a count after it
_DNR_TOKEN = re.compile(rf"(?:(?<=[/.-])|(?<![^\W\d_])(?={_DIGIT_TOKEN}[/.-][\dlIO])){_DIGIT_TOKEN}(?![^\W\d_])")


# An item number of letters alone ("l. Mötets öppnande", "§ l Val av ordförande", "ll. Avslutning"):
# only lower-case "l" (a roman numeral is "I", "i"), and only where the number fits between the items
# written in digits before or after it in the same style
_LETTER_NUMBER = re.compile(r"^([ \t]*)(§[ \t]*)?(l{1,2}|(?=[\dlIO]*\d)[\dlIO]{2,3})([.)]?)(?=[ \t]+[A-ZÅÄÖ])", re.MULTILINE)
_DIGIT_NUMBER = re.compile(r"^[ \t]*(§[ \t]*)?(\d{1,3})([.)]?)(?=[ \t]+\S)", re.MULTILINE)


def _letter_item_numbers(text: str) -> str:
    numbered = {(bool(sign), mark, int(n)) for sign, n, mark in _DIGIT_NUMBER.findall(text)}

    def restore(match: re.Match) -> str:
        indent, sign, token, mark = match.groups()
        if token.isdigit() or not (sign or mark):
            return match.group(0)
        number = int(token.translate(_OCR_DIGITS))
        style = (bool(sign), mark)
        if (*style, number - 1) in numbered or (*style, number + 1) in numbered:
            numbered.add((*style, number))
            return f"{indent}{sign or ''}{number}{mark}"
        return match.group(0)

    for _ in range(2):  # "9." / "l0." / "ll.": a run of slips, each fitting the one restored before it
        text = _LETTER_NUMBER.sub(restore, text)
    return text


def repair_ocr_digits(text: str) -> str:
    """Letters OCR put for digits in item numbers and Dnr made digits again."""
    text = _letter_item_numbers(text)
    text = _SIGN_NUMBER.sub(lambda m: m.group(1) + m.group(2).translate(_OCR_DIGITS), text)
    return _DNR_LABELLED.sub(
        lambda m: m.group(1) + _DNR_TOKEN.sub(lambda t: t.group(0).translate(_OCR_DIGITS), m.group(2)), text)


# OCR reads the section sign '§' as '$' ("$ 48 Dnr KS 2024-12", "$48 Budget", "$$ 45-53") or loses it
# ("53 Dnr KS 2024-12 Title"). A line counts as a heading only in heading shape: a number and then
# a title or a Dnr, never an amount ("$ 500", "$ 500 per år").
_DOLLAR_HEADING = re.compile(r"^([ \t]*)\$[ \t]?(?=\d{1,3}[.:]?[ \t]+(?:Dnr\b|[A-ZÅÄÖ]))", re.MULTILINE)
_DOLLAR_TITLED = re.compile(r"^[ \t]*\$[ \t]?(\d{1,3})[.:]?[ \t]+(?:Dnr\b|[A-ZÅÄÖ][\wåäö-]+)", re.MULTILINE)
_DOLLAR_BARE = re.compile(r"^([ \t]*)\$[ \t]?(\d{1,3})[ \t]*$", re.MULTILINE)
_DOLLAR_RANGE = re.compile(r"(?<![\w$])\$\$[ \t]?(?=\d{1,3}\b)")
_SIGNLESS_HEADING = re.compile(r"^([ \t]*)(?=\d{1,3}[ \t]+Dnr\b)", re.MULTILINE | re.IGNORECASE)


# The sign alone on its line, the number and title on the next ("§" / "12 Budget"): a column split
_SIGN_ALONE = re.compile(r"^([ \t]*)§[ \t]*\n[ \t]*(?=\d{1,3}(?:[ \t]*$|[ \t]+(?:Dnr\b|[A-ZÅÄÖ])))", re.MULTILINE)


def restore_section_signs(pages: list[str]) -> list[str]:
    """'§' for what OCR made of it, when the document shows the pattern on at least two lines (one
    line alone is as likely an amount or a count): '$ N Title', '$$ N-M', 'N Dnr …'; a sign alone
    on its line is joined to the number below it."""
    text = _SIGN_ALONE.sub(r"\1§ ", "\f".join(pages))
    titled = [int(number) for number in _DOLLAR_TITLED.findall(text)]
    if len(titled) >= 2:
        text = _DOLLAR_RANGE.sub("§§ ", _DOLLAR_HEADING.sub(r"\1§ ", text))
        # a bare "$ 48" over its title is a heading when its number is among the headings' numbers
        low, high = min(titled) - 3, max(titled) + 3
        text = _DOLLAR_BARE.sub(lambda m: m.group(1) + ("§ " if low <= int(m.group(2)) <= high else "$ ") + m.group(2), text)
    if len(_SIGNLESS_HEADING.findall(text)) >= 2:
        text = _SIGNLESS_HEADING.sub(r"\1§ ", text)
    return _restore_lost_signs(text).split("\f")


# "§ 12 Budget" … "13 Riktlinjer för bistånd" … "§ 14 Taxor": a line in heading shape whose number is
# the one missing between the items before and after it (or before the first two, after the last two)
# lost its sign to the OCR
_SIGNED_NUMBER = re.compile(r"^[ \t]*§[ \t]*(\d{1,3})\b", re.MULTILINE)
# (a heading, not a sentence: "4 Röster mot 3." that a broken line starts is no item)
_SIGNLESS_TITLED = re.compile(r"^([ \t]*)(\d{1,3})[ \t]+(?=[A-ZÅÄÖ][a-zåäö]+\b[^\n]*(?<![.,;])$)", re.MULTILINE)


def _restore_lost_signs(text: str) -> str:
    signed = {int(n) for n in _SIGNED_NUMBER.findall(text)}

    def restore(match: re.Match) -> str:
        number = int(match.group(2))
        # between its neighbours, or the first or last item beside two that follow or precede it
        fits = ({number - 1, number + 1} <= signed or {number + 1, number + 2} <= signed
                or {number - 1, number - 2} <= signed)
        if number not in signed and fits:
            return f"{match.group(1)}§ {match.group(2)} "
        return match.group(0)

    return _SIGNLESS_TITLED.sub(restore, text) if len(signed) >= 2 else text


def combine_spacing_accents(text: str) -> str:
    """"f¨or" -> "för", "p˚a" -> "på", "Silv´en" -> "Silvén"; "Ovriga poster ¨" -> "Övriga poster"."""
    text = _ACCENT_TRAILING_LINE.sub(_attach_trailing_accent, text)
    return _ACCENT_BEFORE_LETTER.sub(_combined_letter, text)


def _combined_letter(match: re.Match) -> str:
    if match.group(2) not in _VOWELS:
        return match.group(0)  # "§ 4.´Styrelsen": a stray mark before a consonant, no "Ś"
    combined = unicodedata.normalize("NFC", match.group(2) + _SPACING_ACCENTS[match.group(1)])
    return combined if len(combined) == 1 else match.group(0)


# The letters TeX accents in Swedish text and the names it prints: "é", "ä", "å", "ü", "ô", "ñ" is
# the one consonant ("Muñoz")
_VOWELS = frozenset("aeiouyAEIOUYnN")


def _attach_trailing_accent(match: re.Match) -> str:
    """Give a line-final accent to the one capital that can carry it, if exactly one can."""
    line, mark = match.group(1), _SPACING_ACCENTS[match.group(2)]
    candidates = [
        index
        for index, ch in enumerate(line)
        if ch.isupper() and len(unicodedata.normalize("NFC", ch + mark)) == 1
    ]
    if len(candidates) != 1:
        return match.group(0)
    index = candidates[0]
    return line[:index] + unicodedata.normalize("NFC", line[index] + mark) + line[index + 1 :]


def join_soft_hyphens(text: str) -> str:
    """pdfium marks a hyphenation point with U+FFFE (or U+00AD): "uppfölj\\ufffe\\nning"."""
    return re.sub(rf"(\w*)[{_SOFT_HYPHENS}]\n?(?=(\w?))", _soft_hyphen_join, text)


def _soft_hyphen_join(match: re.Match) -> str:
    before, after = match.group(1), match.group(2)
    at_line_end = match.group(0).endswith("\n")
    # An abbreviation keeps its hyphen ("VA-kollektivets", "D-sektionen"); some PDFs also use
    # U+00AD for every visible hyphen ("2013­10­09", "­ mötesordförande").
    if before.isupper() or before.isdigit() or not before or not after:
        return before + "-" + ("\n" if at_line_end and not after else "")
    if "\u00ad" in match.group(0) and not at_line_end:
        return before + "-"
    return before


def join_hyphenated_words(text: str) -> str:
    """"arbets-\\nmarknaden" -> "arbetsmarknaden"; "Avesta-\\noch" keeps its hyphen."""
    return re.sub(r"(\w*[^\W\d_])-\n([ \t]*)([a-zåäöéü]\w*)", _hyphen_join, text)


def _hyphen_join(match: re.Match) -> str:
    before, indent, word = match.groups()
    if word.lower() in _SUSPENSION_WORDS:
        return f"{before}- {word}"
    if before.isupper():  # an abbreviation's own hyphen: "VA-\ntaxan" is "VA-taxan"
        return f"{before}-{word}"
    return before + word


def _remove_control_characters(text: str) -> str:
    # Cc controls, Cf format characters (zero-width spaces, BOMs) and Cn non-characters such as
    # a U+FFFE left over from pdfium; tab and newline carry layout and stay.
    return "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cn", "Co")
    )


_DOUBLE_UNDERSCORE = re.compile(r"(?<![_\w])__(?=[^\W_])|(?<=[^\W_])__(?![_\w])")


def strip_emphasis(text: str) -> str:
    """Stray Markdown bold ("**Sammanträdesprotokoll ...**"); rules of underscores stay."""
    return _DOUBLE_UNDERSCORE.sub("", text.replace("**", ""))


# -------------------------------------------------------------------------------- page furniture

# Lines that are only page numbering: "3", "Sida 3 av 16", "Sida 3", "3 (16)", "- 3 -", "3/16".
_PAGE_NUMBER = re.compile(
    r"(sida|page|s\.)\s*\d{1,4}(\s*(av|of|/)\s*\d{1,4})?|\d{1,4}\s*\(\s*\d{1,4}\s*\)|[-–]\s*\d{1,4}\s*[-–]|\d{1,3}\s*/\s*\d{1,3}|\d{1,3}\s+av\s+\d{1,3}",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"\d{1,3}")
# The signature box repeated on every page of a Swedish protocol, also in text exports.
_SIGNATURE_PHRASES = (
    r"justerares?\s+sign(atur)?",
    r"justerandes?\s+sign(atur)?",
    r"justerandens?\s+sign(atur)?",
    r"ordförandes\s+sign(atur)?",
    r"utdrag\s+skickat\s+till",
    r"utdragsbestyrkande",
    r"protokollsutdrag\s+intygas:?",
    r"expedierat\s+till",
)
_SIGNATURE_BOX = re.compile(
    rf"(?:{'|'.join(_SIGNATURE_PHRASES)})(?:\s+(?:{'|'.join(_SIGNATURE_PHRASES)}))*", re.IGNORECASE
)
# Justerare initials in the page margin: "GB AK", "EMB AK", "lyb AK".
# An e-signing service's footer, printed on each page: "Det här dokumentet är digitalt signerat …",
# "Dokumentet har undertecknats elektroniskt", "Verifikat: 4F7A-2B91-…", "Transaktion 0922…",
# "Transaktionsidentitet: 9C1E…",
# "Signerat EE, PH". Never text of an item, however few pages repeat it.
_SIGNING_FOOTER = re.compile(
    r"(?:det\s+här|detta)\s+dokument(?:et)?\s+(?:är|har)\s+(?:\S+\s+)?(?:digitalt|elektroniskt)\s+(?:signerat|undertecknat|signerats|undertecknats)\b.*|"
    r"dokumentet\s+(?:är|har)\s+(?:signerat|undertecknat|signerats|undertecknats)\s+(?:digitalt|elektroniskt)\b.*|"
    r"(?:\w+\s+)?(?:verifikat|verifikation|verifierings?(?:-?id|kod|nummer)?|transaktion(?:s-?(?:id|identitet|nummer))?|dokument-?(?:id|identitet)|"
    r"dokumentnyckel|signerings?-?id|signature reference)\s*:?\s*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{7,}\s*|"
    r"signerat(?:\s+[A-ZÅÄÖ]{1,3},?)+|verifikat\s*:?|"
    r"(?:digitalt|elektroniskt)\s+(?:signerad|signerat|undertecknad|undertecknat)\s+av\b.*|"
    r"(?:(?:det\s+här|detta)\s+dokument(?:et)?|dokumentet)\s+(?:är|har)\s+(?:signerats?|undertecknats?)\s+med\s+bank-?id\b.*|"
    r"dokumentet\s+(?:är|har)\s+(?:signerats?|undertecknats?)\s+(?:med|via)\s+(?:bank-?id|e-legitimation)\b.*|"
    r"this\s+document\s+(?:is|has\s+been)\s+(?:digitally|electronically)\s+signed\b.*|"
    r"(?:verification|transaction|document)\s+id\s*:?\s*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{7,}\s*",
    re.IGNORECASE,
)


def is_signing_footer(line: str) -> bool:
    return bool(_SIGNING_FOOTER.fullmatch(" ".join(line.split())))


_INITIALS_TOKEN = re.compile(r"[^\W\d_]{1,4}")
# Lines that carry a protocol's structure are never furniture, however often they repeat.
_PROTECTED = re.compile(r"\s*(§|#|[-•*]\s|beslut\b|dnr\b|\d+[.)]\s)", re.IGNORECASE)
# How far from the top and bottom of a page a running header or footer may sit.
_TOP_LINES = 4
_BOTTOM_LINES = 3


def running_furniture(pages: list[str]) -> set[str]:
    """Keys of lines that repeat at the top or bottom of most pages (running headers/footers)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_furniture_key(line) for line in _edge_lines(page)})
    needed = max(2, len(pages) // 2 + 1)
    return {key for key, count in counts.items() if key and count >= needed}


def _edge_lines(page: str) -> list[str]:
    lines = page.split("\n")
    return [lines[index] for index in _edge_indexes(lines)]


def _furniture_key(line: str) -> str:
    """Compare lines with digits masked, so "Sida 3" and "Sida 4" are the same header."""
    if _PROTECTED.match(line):
        return ""
    return re.sub(r"\d+", "0", " ".join(line.split()).casefold())


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.fullmatch(line.strip()))


def is_signature_box(line: str) -> bool:
    """The signature box's labels, alone or with the page number beside them (OCR reads a footer
    "Justerandes sign | Utdragsbestyrkande | Sida 3 av 4" as one line)."""
    text = " ".join(line.split())
    match = _SIGNATURE_BOX.match(text)
    return bool(match) and (match.end() == len(text) or is_page_number(text[match.end():]))


def is_initials_line(line: str) -> bool:
    """2–4 short letter tokens, at least one all capitals, and nothing else: "GB AK"."""
    tokens = line.split()
    return (
        2 <= len(tokens) <= 4
        and all(_INITIALS_TOKEN.fullmatch(token) for token in tokens)
        and any(token.isupper() and len(token) >= 2 for token in tokens)
    )


def _remove_furniture(page: str, running: set[str]) -> str:
    lines = page.split("\n")
    edges = set(_edge_indexes(lines))
    # a header's cells in the right column run beside the first lines of text ("Eva Ek (S) ordförande
    # Sammanträdesdatum" / "Per Ny (S) vice ordförande      2026-04-09")
    near_top = set([index for index, line in enumerate(lines) if line.strip()][:_TOP_LINES + 2])
    kept = []
    for index, line in enumerate(lines):
        if not line.strip():
            kept.append("")
            continue
        if _is_furniture(line, index in edges, running):
            continue
        kept.append(_without_running_cell(line, running) if index in near_top or index in edges else line)
    return "\n".join(kept)


def _without_running_cell(line: str, running: set[str]) -> str:
    """A line of text beside a running header's cell in the right column ("Per Ny (F) ersätter Eva
    Ek (F)      Sammanträdesdatum"): the text alone."""
    cells = re.split(r"\s{2,}", line.rstrip())
    if len(cells) > 1 and cells[0].strip() and _furniture_key(cells[-1]) in running:
        return line[: line.rstrip().rfind(cells[-1])].rstrip()
    return line


def _edge_indexes(lines: list[str]) -> list[int]:
    filled = [index for index, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:_TOP_LINES] + filled[-_BOTTOM_LINES:]))


def _is_furniture(line: str, at_edge: bool, running: set[str]) -> bool:
    if is_page_number(line):
        return True
    if _PROTECTED.match(line):
        return False
    if is_signature_box(line) or is_initials_line(line) or is_signing_footer(line):
        return True
    # A bare number is a page number only in the margin; in the text it may be a count.
    if at_edge and _BARE_NUMBER.fullmatch(line.strip()):
        return True
    return at_edge and _furniture_key(line) in running


def _collapse_blank_lines(page: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", page).strip("\n")
