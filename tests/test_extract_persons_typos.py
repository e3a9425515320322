"""Election sentences with a slip of the pen or of the scanner: the verb written twice ("Som
justerare valdes valdes X och Y") and a space lost after "Till" ("Tilljusterare valdes X"), which cleaning restores.
Fixtures in the shape of a tennisklubb's and a byalag's årsmöte; all names are invented."""

from arkiv.ingest.clean import repair_text
from tests.extraction import by_name


def test_tennisklubb_verb_written_twice_still_elects_both():
    text = (
        "Tennisklubben Returen\nProtokoll årsmöte 2024-02-25\n1. Mötet öppnades.\n"
        "2. Som justeringsmän valdes valdes Olle Kvarn och Rut Sjöberg.\n"
    )
    assert by_name(text) == {"Olle Kvarn": ("justerare", None, None), "Rut Sjöberg": ("justerare", None, None)}


def test_byalag_function_glued_to_till_and_a_word_that_is_no_function_stays_glued():
    text = (
        "Byalaget Kärret\nProtokoll årsmöte 2024-03-03\n1. Mötet öppnades.\n"
        "2. Tilljusterare valdes Nils Ekdahl.\n3. Tillsammans valdes inga nya ledamöter.\n"
    )
    assert by_name(repair_text(text)) == {"Nils Ekdahl": ("justerare", None, None)}
