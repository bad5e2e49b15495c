"""Actor detection rules and alias merging, with the user's registry first."""

from tui.extract.actors import detect_candidates, speaker_of
from tui.extract.registry import ActorRegistry
from tui.model.timeline import Actor, ActorKind


def surfaces(text: str) -> list[str]:
    return [candidate.surface for candidate in detect_candidates(text)]


def test_titles_introduce_names() -> None:
    found = surfaces(
        "Russian President Vladimir Putin met spokesman John F. Kirby. Later Mr. Kim left."
    )
    assert "Vladimir Putin" in found
    assert "John F. Kirby" in found
    assert "Mr. Kim" in found


def test_speakers_before_and_after_the_verb() -> None:
    assert speaker_of("\u201cIt is bad,\u201d Koffler said.") == ("Koffler", 13)
    name, _ = speaker_of(
        "\u201cWe urge restraint,\u201d said White House spokesperson Adrienne Watson, using it."
    ) or ("", 0)
    assert name == "Adrienne Watson"
    name, _ = speaker_of("According to Kirby, it is a sign of weakness.") or ("", 0)
    assert name == "Kirby"
    assert speaker_of("The train left, the report said.") is None


def test_told_names_the_listener_not_the_speaker() -> None:
    name, _ = speaker_of("\u201cIt is big,\u201d Leif-Eric Easley, a professor, told CNN.") or (
        "",
        0,
    )
    assert name == "Leif-Eric Easley"


def test_organisations_by_their_last_word() -> None:
    found = surfaces("the Korean Central News Agency said, and Ewha Womans University agreed.")
    assert "Korean Central News Agency" in found
    assert "Ewha Womans University" in found


def test_no_false_actors_from_weekdays_slogans_or_sentence_starts() -> None:
    found = surfaces("God Bless America.Top News\nThe talks said Monday nothing. The plan said.")
    assert found == []


def test_alias_merging_of_gazetteer_leaders_and_countries() -> None:
    registry = ActorRegistry()
    kim = registry.resolve("Kim Jong Un")
    assert kim is not None
    for variant in ("Kim Jong-Un", "Mr. Kim", "Our Dearest Comrade Kim Jong Un", "Kim"):
        assert registry.resolve(variant) == kim, variant
    putin = registry.resolve("Vladimir Putin")
    assert putin is not None and putin != kim
    assert registry.resolve("Mr. Putin") == putin == registry.resolve("Putin")
    korea = registry.resolve("North Korea")
    assert korea is not None
    assert registry.resolve("DPRK") == korea
    assert registry.resolve("Democratic People's Republic of Korea") == korea


def test_new_people_get_slug_ids_and_surnames_join_them() -> None:
    registry = ActorRegistry(gazetteer=())
    watson = registry.add("Adrienne Watson", ActorKind.PERSON)
    assert watson == "adrienne-watson"
    assert registry.add("Watson", ActorKind.PERSON) == watson
    assert "Watson" in registry.get(watson).aliases


def test_the_user_registry_wins_and_only_gains_aliases() -> None:
    mine = Actor("kim", "Kim Jong-un", ActorKind.GROUP, aliases=("Rocket Man",), description="mine")
    registry = ActorRegistry([mine])
    # The gazetteer's Kim folds into the user's actor instead of making a second one.
    assert registry.resolve("Kim Jong Un") == "kim"
    assert registry.resolve("Mr. Kim") == "kim"
    assert registry.add("Comrade Kim Jong Un", ActorKind.PERSON) == "kim"
    registry.learn_alias("kim", "Dear Leader Kim")
    actor = registry.get("kim")
    assert (actor.name, actor.kind, actor.aliases) == (
        "Kim Jong-un",
        ActorKind.GROUP,
        ["Rocket Man"],
    )
    assert all(a.id != "kim-jong-un" for a in registry)


def test_an_alias_claimed_by_one_actor_is_not_given_to_another() -> None:
    registry = ActorRegistry([Actor("a", "Alpha Group", ActorKind.ORGANIZATION, ("AG",))], ())
    other = registry.add("Beta Group", ActorKind.ORGANIZATION)
    registry.learn_alias(other, "AG")
    assert registry.resolve("AG") == "a"


def test_speaker_with_an_apposition_between_dashes_or_brackets() -> None:
    sentence = (
        "As the meeting is planned, Shoigu \u2014 the Russian Defense Minister \u2014 says that"
        " Russia is \u201cconsidering joint exercises.\u201d"
    )
    assert speaker_of(sentence) == ("Shoigu", sentence.index("Shoigu"))
    assert speaker_of("Smith (a Democrat) said the bill failed.") == ("Smith", 0)


def test_a_registry_rebuilt_from_what_a_run_writes_resolves_names_as_the_run_did() -> None:
    # The next `newsline extract` reads this run's actors back as the user's: any name that
    # resolves differently then would be "found" again as a new alias.
    first = ActorRegistry(gazetteer=())
    for surface in ("Ethiopian Prime Minister Meles Zenawi", "Mr. Kim", "Kim Jong Un"):
        first.add(surface, ActorKind.PERSON)
    written = [actor.to_actor() for actor in first]
    second = ActorRegistry(written, gazetteer=())
    for surface in ("Ethiopian Prime Meles Zenawi", "Meles", "Kim", "Comrade Kim Jong Un"):
        assert second.resolve(surface) == first.resolve(surface), surface


def test_a_demonym_is_dropped_from_a_person_not_from_an_organization() -> None:
    registry = ActorRegistry(
        [
            Actor("putin", "Vladimir Putin", ActorKind.PERSON),
            Actor("democracy-party", "Democracy Party", ActorKind.ORGANIZATION),
        ],
        gazetteer=(),
    )
    assert registry.resolve("Russian Vladimir Putin") == "putin"
    assert registry.resolve("Indonesian Democracy Party") is None


def test_a_speaker_after_a_timebank_closing_quote_mark() -> None:
    sentence = "``It is dangerous,'' said Patricia Hurt, the county prosecutor."
    assert speaker_of(sentence)[0] == "Patricia Hurt"


def test_a_name_followed_by_its_role_in_apposition_is_a_person() -> None:
    text = "But Denise O'Donnell, the U.S. attorney for the district, has scheduled a conference."
    found = [(c.surface, c.kind) for c in detect_candidates(text)]
    assert ("Denise O'Donnell", ActorKind.PERSON) in found
