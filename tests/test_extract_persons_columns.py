"""Persons as other organisations write them, beyond the sample documents: attendance heads laid out
in columns (kommunfullmäktige, byggnadsnämnd, region), names and titles broken over a line, compound
titles, genitives, organisations in parentheses (facklig förening), elections in running text and
notes by first name (studentsektion, BRF). All names are invented."""

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from arkiv.ingest.clean import clean_pages
from arkiv.ingest.extract import parse_document
from arkiv.ingest.readers import read_document

from tests.extraction import by_name, persons


def test_kommunfullmaktige_columns_under_a_head_give_each_person_the_role_of_their_sub_label():
    text = (
        "Kommunfullmäktige\nSammanträdesprotokoll 2024-03-18\n"
        "Beslutande  Ledamöter  Tjänstgörande ersättare\n"
        "Anna Ek (S), ordförande  Per Ny (M)\n"
        "Erik Sten (M)  Lisa Holm (C)\n"
        "Karl Berg (SD)\n"
        "Övriga närvarande  Ersättare\n"
        "Maja Lind (S)\n"
        "Olle Ås (V)\n\n"
        "§ 1 Val av justerare\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Erik Sten": ("ledamot", None, "M"), "Karl Berg": ("ledamot", None, "SD"),
        "Per Ny": ("tjänstgörande ersättare", None, "M"), "Lisa Holm": ("tjänstgörande ersättare", None, "C"),
        "Maja Lind": ("ersättare", None, "S"), "Olle Ås": ("ersättare", None, "V"),
    }


def test_byggnadsnamnd_head_with_one_sub_label_and_tab_separated_columns():
    text = (
        "Byggnadsnämnden\nProtokoll 2024-05-02\n"
        "Närvarande\tLedamöter\n"
        "Sven Dahl (S), ordförande\nGun Berg (M)\n"
        "Tjänstgörande ersättare\nRolf Sand (C)\n"
        "Ersättare\nNils Vik (L)\nEva Rask (KD)\n\n"
        "§ 5 Bygglov\nNämnden beslutar att bevilja bygglov.\n"
    )
    assert persons(text) == [
        ("Sven Dahl", "ordförande", None, "S"), ("Gun Berg", "ledamot", None, "M"),
        ("Rolf Sand", "tjänstgörande ersättare", None, "C"), ("Nils Vik", "ersättare", None, "L"),
        ("Eva Rask", "ersättare", None, "KD"),
    ]


def test_a_head_of_labels_alone_over_nothing_gives_no_person():
    text = "Regionstyrelsen\nProtokoll 2024-05-02\nBeslutande  Ledamöter  Ersättare\n\n§ 1 Ärende\nText.\n"
    assert persons(text) == []


def test_the_member_served_for_broken_over_a_line_is_joined_not_a_lone_surname():
    text = (
        "Kommunstyrelsen\nProtokoll 2024-04-01\nBeslutande: Anna Ek (S), ordförande\n"
        "Tjänstgörande ersättare: Per Ny (M) för Maria\nLund (M)\n\n§ 1 Ärende\nText.\n"
    )
    assert persons(text) == [
        ("Anna Ek", "ordförande", None, "S"), ("Per Ny", "ersättare för Maria Lund", None, "M"),
        ("Maria Lund", "ledamot", None, "M"),
    ]


def test_regionfullmaktige_columns_interleaved_row_by_row_keep_the_broken_name_in_its_column():
    text = (
        "Regionfullmäktige\nProtokoll 2024-03-18\n"
        "Beslutande  Ledamöter  Tjänstgörande ersättare\n"
        "Anna Ek (S), ordförande  Per Ny (M) för Maria\n"
        "Erik Sten (M)  Lund (M)\n"
        "Karl Berg (SD)\n\n"
        "§ 1 Ärende\nText.\n"
    )
    found = by_name(text)
    assert found == {
        "Anna Ek": ("ordförande", None, "S"), "Erik Sten": ("ledamot", None, "M"), "Karl Berg": ("ledamot", None, "SD"),
        "Per Ny": ("ersättare för Maria Lund", None, "M"), "Maria Lund": ("ledamot", None, "M"),
    }
    assert "Lund" not in found


def test_staff_title_wrapped_in_a_two_column_head_is_joined():
    text = (
        "Miljönämnden\nProtokoll 2024-04-01\n"
        "Beslutande  Anna Ek (S), ordförande  Övriga närvarande  Oscar Ek, miljö- och\n"
        "Per Ny (M)  hälsoskyddsinspektör § 5\n\n"
        "§ 5 Tillsyn\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Per Ny": ("ledamot", None, "M"),
        "Oscar Ek": ("miljö- och hälsoskyddsinspektör", None, None),
    }


def test_words_of_the_neighbouring_column_are_no_organisation():
    text = (
        "Kommunstyrelsen\nProtokoll 2024-04-01\n"
        "Beslutande Anna Ek (S), ordförande Maria Vik ersätter Peter\n"
        "Erik Sten (M), ledamot\n\n§ 1 Ärende\nText.\n"
    )
    assert by_name(text) == {
        "Anna Ek": ("ordförande", None, "S"), "Erik Sten": ("ledamot", None, "M"),
        "Maria Vik": ("tjänstgörande ersättare", None, None),  # never Anna Ek's organisation nor her title
    }


def test_a_member_who_replaces_another_in_a_comma_list_keeps_for_whom():
    text = (
        "Tekniska nämnden\nProtokoll 2024-04-01\n"
        "Beslutande: Anna Ek (S), ordförande, Maria Vik (M) ersätter Per Berg (M), Erik Sten (M)\n\n§ 1 Ärende\nText.\n"
    )
    assert persons(text) == [
        ("Anna Ek", "ordförande", None, "S"), ("Maria Vik", "ersättare för Per Berg", None, "M"),
        ("Per Berg", "ledamot", None, "M"), ("Erik Sten", "ledamot", None, "M"),
    ]


def test_a_signature_row_of_labels_is_no_head_of_columns():
    text = (
        "Byggnadsnämnden protokoll 2024-04-04\n\n§ 1 Bygglov\nNämnden beslutar att bevilja bygglov.\n\n"
        "Vid protokollet\n\nCarl Andersson        Karin Holm\nOrdförande            Justerare\n"
    )
    assert persons(text) == [("Carl Andersson", "ordförande", None, None), ("Karin Holm", "justerare", None, None)]


def test_compound_titles_are_kept_whole_in_lists_and_running_text():
    text = (
        "Kommunstyrelsen\nProtokoll 2024-04-01\n"
        "Övriga närvarande: Säkerhets- och beredskapschef Jonas Wik, ekonomichef Per Ny och plan- och bygglovschef Eva Ås\n"
        "Tjänstepersoner\nErik Dal, ekonomi- och personalchef\n\n"
        "§ 1 Krisberedskap\nSäkerhets- och beredskapschef Lena Holm informerar.\n"
        "Stina Berg, miljö- och hälsoskyddschef, redogör för tillsynen.\n"
        "Karl Åkesson (ekonomi- och personalchef) föredrar budgeten.\n"
    )
    assert by_name(text) == {
        "Jonas Wik": ("säkerhets- och beredskapschef", None, None), "Per Ny": ("ekonomichef", None, None),
        "Eva Ås": ("plan- och bygglovschef", None, None), "Erik Dal": ("ekonomi- och personalchef", None, None),
        "Lena Holm": ("säkerhets- och beredskapschef", None, None), "Stina Berg": ("miljö- och hälsoskyddschef", None, None),
        "Karl Åkesson": ("ekonomi- och personalchef", None, None),
    }


def test_a_compound_title_as_a_label_in_a_byggnadsnamnd():
    text = ("Byggnadsnämnden\nProtokoll 2024-04-01\nBeslutande: Anna Ek (S), ordförande\n"
            "Plan- och bygglovschef: Lisa Berg\nSekreterare: Per Ny\n\n§ 1 Bygglov\nText.\n")
    assert persons(text) == [("Anna Ek", "ordförande", None, "S"), ("Lisa Berg", "plan- och bygglovschef", None, None),
                             ("Per Ny", "sekreterare", None, None)]


def test_a_name_in_the_genitive_is_the_same_person_as_the_nominative():
    text = (
        "Kommunfullmäktige\nProtokoll 2024-04-01\nBeslutande: Anders Petersson (S), Karin Holm (M)\n\n"
        "§ 1 Budget\nAnders Peterssons (S) yrkande bifalls. Karin Holms förslag avslås.\n"
    )
    assert persons(text) == [("Anders Petersson", "ledamot", None, "S"), ("Karin Holm", "ledamot", None, "M")]


def test_a_brf_stamma_names_a_person_only_in_the_genitive():
    text = (
        "Brf Lärkan\nProtokoll fört vid ordinarie föreningsstämma 2024-05-20\n\n"
        "§ 9 Motioner\nStämman biföll Karin Holms motion om cykelställ. Per Nys (M) ändringsyrkande avslogs.\n"
        "Hans Andersson redogör för ekonomin.\n"
    )
    assert by_name(text) == {"Karin Holm": (None, None, None), "Per Ny": (None, None, "M"),
                             "Hans Andersson": (None, None, None)}


def test_a_union_in_parentheses_is_the_organisation_and_a_party_written_out_is_the_party():
    text = (
        "Samverkansgruppen\nProtokoll 2024-04-01\n"
        "Närvarande: Eva Ek (Polisförbundet), Per Ny (Vision), Lisa Ås (LR), Olle Berg (Kommunal), "
        "Stina Dahl (S), Bo Lund (Socialdemokraterna), Ida Sand (SPI)\n\n"
        "§ 1 Val\nTill ombud valdes Sara Lind (Kommunal), Jon Ås (Vision) och Mikael Ek (Vision).\n"
    )
    assert by_name(text) == {
        "Eva Ek": (None, "Polisförbundet", None), "Per Ny": (None, "Vision", None), "Lisa Ås": (None, "LR", None),
        "Olle Berg": (None, "Kommunal", None), "Stina Dahl": (None, None, "S"), "Bo Lund": (None, None, "S"),
        "Ida Sand": (None, None, "SPI"),  # capitals among politicians: a local party
        "Sara Lind": ("ombud", "Kommunal", None), "Jon Ås": ("ombud", "Vision", None), "Mikael Ek": ("ombud", "Vision", None),
    }


def test_a_facklig_forening_elects_in_running_text_with_the_last_name_broken_over_a_line():
    text = (
        "Lokalavdelningen årsmöte 2024-03-02\n\n§ 6 Val av ersättare\n"
        "Till ersättare valdes Sara Lind (Kommunal) och\nMikael Ek (Vision).\n"
        "§ 7 Val av revisorer\nSom revisorer valdes Karl Berg och Eva Holm (Vision).\n"
    )
    assert by_name(text) == {
        "Sara Lind": ("ersättare", "Kommunal", None), "Mikael Ek": ("ersättare", "Vision", None),
        "Karl Berg": ("revisor", None, None), "Eva Holm": ("revisor", "Vision", None),
    }


def test_words_in_parentheses_that_are_no_organisation():
    text = "Styrelsen\nProtokoll 2024-04-01\n\n§ 1 Ärende\nAnna Ek (Bilaga 2) och Per Ny (omval) deltog inte.\n"
    assert all(org is None for _, org, _ in by_name(text).values())


def test_a_studentsektion_elects_candidates_and_notes_who_speaks_by_first_name():
    text = (
        "Sektionsmöte Datasektionen 2024-03-01\n"
        "§ 1 Mötets öppnande\nfredrik anmäler att mötet öppnas 18.03.\n"
        "§ 2 Val av mötesordförande\nJohanna Berg kandiderade och valdes som mötesordförande.\n"
        "§ 3 Val av sekreterare\nOlle Nilsson nominerades och valdes till sekreterare.\n"
        "§ 4 Val av kassör\nSara Dahl kandiderar och väljs till kassör.\n"
        "§ 5 Övrigt\nkarin föreslår en städdag.\n"
    )
    assert by_name(text) == {
        "Fredrik": (None, None, None), "Johanna Berg": ("mötesordförande", None, None),
        "Olle Nilsson": ("sekreterare", None, None), "Sara Dahl": ("kassör", None, None), "Karin": (None, None, None),
    }


def test_an_association_note_opened_by_a_pronoun_an_organ_a_title_or_an_adverb_names_nobody():
    text = (
        "Föreningsmöte 2024-03-01\n§ 1 Information\nStyrelsen informerar om läget.\ngruppen diskuterar lokalen.\n"
        "kassören redogör för ekonomin.\nalla tackar.\nVi informerar om festen.\nDärför föreslår styrelsen en höjning.\n"
        "Framöver informerar vi oftare.\n"
    )
    assert persons(text) == []


def test_a_first_name_elected_after_a_nomination_in_a_forening():
    text = "Årsmöte Kajakklubben 2024-02-10\n§ 4 Val av ordförande\nMia Holm valdes till kassör.\nPer nominerades och valdes till ordförande.\n"
    assert by_name(text) == {"Mia Holm": ("kassör", None, None), "Per": ("ordförande", None, None)}


def test_an_organisation_in_the_genitive_is_no_person():
    text = (
        "Brf Lärkan\nProtokoll föreningsstämma 2024-05-20\n\n§ 9 Motioner\n"
        "Stämman biföll Brf Lärkans förslag. Region Skånes yrkande avslogs. Göteborgs Stads förslag bifölls.\n"
    )
    assert persons(text) == []


def _attendance_columns_pdf(path):
    """A kommunfullmäktige first page whose attendance stands in three columns, as protocol
    templates set it: labels at the left, sub-labels over the names, a name and a title broken."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 10)
    y = 800
    for line in ("Kommunfullmäktige", "Sammanträdesprotokoll 2024-03-18", ""):
        pdf.drawString(72, y, line)
        y -= 14
    rows = [("Beslutande", "Ledamöter", "Tjänstgörande ersättare"),
            ("", "Anna Ek (S), ordförande", "Per Ny (M) för Maria"),
            ("", "Erik Sten (M)", "Lund (M)"),
            ("", "Karl Berg (SD)", "Lisa Holm (C)"),
            ("", "Olle Ås (V)", ""),
            ("Övriga närvarande", "Ersättare", "Tjänstepersoner"),
            ("", "Maja Lind (S)", "Oscar Ek, miljö- och"),
            ("", "Nils Vik (L)", "hälsoskyddsinspektör § 5")]
    for cells in rows:
        for x, text in zip((72, 190, 370), cells):
            if text:
                pdf.drawString(x, y, text)
        y -= 14
    pdf.drawString(72, y - 20, "§ 5 Tillsyn")
    pdf.drawString(72, y - 34, "Kommunfullmäktige beslutar att godkänna rapporten.")
    pdf.save()
    return path


def test_attendance_columns_of_a_real_pdf_are_read_with_each_sub_labels_role(tmp_path):
    pages = clean_pages(read_document(_attendance_columns_pdf(tmp_path / "kf.pdf")).pages)
    found = {p.name: (p.role, p.organisation, p.party) for p in parse_document(pages).persons}
    assert found == {
        "Anna Ek": ("ordförande", None, "S"), "Erik Sten": ("ledamot", None, "M"), "Karl Berg": ("ledamot", None, "SD"),
        "Olle Ås": ("ledamot", None, "V"), "Per Ny": ("ersättare för Maria Lund", None, "M"),
        "Maria Lund": ("ledamot", None, "M"), "Lisa Holm": ("tjänstgörande ersättare", None, "C"),
        "Maja Lind": ("ersättare", None, "S"), "Nils Vik": ("ersättare", None, "L"),
        "Oscar Ek": ("miljö- och hälsoskyddsinspektör", None, None),
    }


def test_columns_joined_by_single_spaces_give_no_fragment_of_a_name():
    """A text layer that joined the columns with one space cannot be split into them; what it still
    must not do is make "Erik Sten Lund" or "Lund" a person, or call a label a name."""
    text = (
        "Kommunfullmäktige\nProtokoll 2024-03-18\nBeslutande Ledamöter Tjänstgörande ersättare\n"
        "Anna Ek (S), ordförande Per Ny (M) för Maria\nErik Sten (M) Lund (M)\nKarl Berg (SD)\n\n§ 1 Ärende\nText.\n"
    )
    found = by_name(text)
    assert {"Anna Ek", "Erik Sten", "Karl Berg", "Per Ny"} <= set(found)
    assert not {"Lund", "Erik Sten Lund", "Tjänstgörande", "Maria Erik Sten"} & set(found)
    assert found["Anna Ek"] == ("ordförande", None, "S") and found["Erik Sten"] == ("ledamot", None, "M")
