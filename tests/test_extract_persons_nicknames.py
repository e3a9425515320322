"""A nickname in quotes between first name and surname ('Ingrid "Sassa" Holmqvist') makes the
nickname with the surname, and all three names, one person with the first name and surname.
Fixtures in the shape of a koloniförening's and a supporterklubb's årsmöte; all names are invented."""

from tests.extraction import by_name


def test_koloniforening_nickname_in_the_attendance_is_the_same_person_in_the_elections():
    text = (
        "Koloniföreningen Solgläntan\nÅrsmöte 2024-04-07\nNärvarande:\nIngrid ”Sassa” Holmqvist\nPer Lindahl\n\n"
        "1. Till justeringsmän valdes Sassa Holmqvist och Per Lindahl.\n"
        "2. Till övriga styrelseledamöter valdes Ingrid Sassa Holmqvist som kassör.\n"
    )
    assert by_name(text) == {"Ingrid Holmqvist": ("kassör", None, None), "Per Lindahl": ("justerare", None, None)}


def test_supporterklubb_same_nickname_with_another_surname_stays_another_person():
    text = (
        'Supporterklubben Blåvitt\nÅrsmöte 2024-02-11\nNärvarande:\nJonas "Jocke" Berglund\nEmma Rask\n\n'
        "1. Till justerare valdes Jocke Sandin och Emma Rask.\n"
    )
    found = by_name(text)
    assert "Jonas Berglund" in found and "Jocke Sandin" in found and "Jocke Berglund" not in found
