"""An "Övriga deltagare" list whose titles and units wrap over lines: a unit going on with "&"
("förvaltningschef Vård" / "& Omsorg § 12") and an ordinal before a title on the next line ("1:e" /
"socialsekreterare, Vård &" / "Omsorg § 12"). Neither the ordinal nor half the unit is an
organisation. Fixtures in the shape of a kommun's socialnämnd and a region's hälso- och
sjukvårdsnämnd; all names are invented."""

from tests.extraction import by_name


def test_socialnamnd_staff_list_keeps_units_and_ordinal_titles_whole():
    text = (
        "HÄRRYDA KOMMUN                  SAMMANTRÄDESPROTOKOLL\nSocialnämnden\nDatum\n2024-10-02\n\n"
        "Beslutande    Ledamöter\nOlle Varg (M), ordförande\nPetra Lodin (KD)\n\n"
        "Övriga deltagare\nIda Lönn, förvaltningschef Vård\n& Omsorg § 12\nEva Strand, 1:e\n"
        "socialsekreterare, Vård &\nOmsorg § 12\nTore Ask, enhetschef\n§ 12\n\n"
        "§ 12 Information\nNämnden tar del av informationen.\n"
    )
    assert by_name(text) == {
        "Olle Varg": ("ordförande", None, "M"), "Petra Lodin": ("ledamot", None, "KD"),
        "Ida Lönn": ("förvaltningschef", "Vård & Omsorg", None),
        "Eva Strand": ("1:e socialsekreterare", "Vård & Omsorg", None),
        "Tore Ask": ("enhetschef", None, None),
    }


def test_region_list_ordinal_before_a_lower_case_word_that_is_no_title_stays_apart():
    # negative: "2:e" over "halvåret" (no title) is no title going on; the next person is read alone
    text = (
        "REGION NORRLIDEN                  PROTOKOLL\nHälso- och sjukvårdsnämnden\nDatum\n2024-10-02\n\n"
        "Övriga deltagare\nLisa Holm, regiondirektör\nNils Rask, controller\n\n"
        "§ 3 Uppföljning\nNämnden tar del av rapporten för 2:e\nhalvåret.\n"
    )
    assert by_name(text) == {"Lisa Holm": ("regiondirektör", None, None), "Nils Rask": ("controller", None, None)}
